/**
 * The demo's accounts, one per role, so a visitor can see what each role sees: a city administrator, an
 * analyst, 南湖区 staff, the 五大 textile cluster's promotion organisation, one enterprise of 南湖区, a leader and
 * the three separated administrators (三员). Passwords are generated and shown once (they must be changed at
 * the first sign-in); roles that need a second factor get their TOTP secret. Accounts that exist are left alone.
 */
import type { PasswordPolicy, Role } from '@observatory/core';
import { findAccountByLogin } from '../../repositories/account.repository.ts';
import { listEnterprises } from '../../repositories/enterprise.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { createAccount } from '../access/create-account.ts';

export interface DemoAccount {
  login: string;
  role: Role;
  scope: string | null;
  /** null when the account already existed (its password is not known). */
  password: string | null;
  totpUri: string | null;
}

const DEMO_UNIT = '330402';
const DEMO_CLUSTER = 'wuda/wuda-textile';

const plan: { login: string; name: string; role: Role }[] = [
  { login: 'demo.admin', name: '演示·市级管理员', role: 'city_admin' },
  { login: 'demo.analyst', name: '演示·市级分析', role: 'city_analyst' },
  { login: 'demo.nanhu', name: '演示·南湖区经信局', role: 'county_staff' },
  { login: 'demo.cluster', name: '演示·纺织集群促进机构', role: 'cluster_org' },
  { login: 'demo.firm', name: '演示·企业用户', role: 'enterprise_user' },
  { login: 'demo.leader', name: '演示·领导', role: 'leader' },
  { login: 'demo.sysadmin', name: '演示·系统管理员', role: 'system_admin' },
  { login: 'demo.secadmin', name: '演示·安全管理员', role: 'security_admin' },
  { login: 'demo.auditor', name: '演示·安全审计员', role: 'auditor' },
];

export async function createDemoAccounts(db: Queryable, policy: PasswordPolicy): Promise<DemoAccount[]> {
  const [firm] = await listEnterprises(db, {
    scope: { kind: 'unit', reportingUnitId: DEMO_UNIT },
    limit: 1,
    offset: 0,
  });
  const accounts: DemoAccount[] = [];
  for (const { login, name, role } of plan) {
    const scope =
      role === 'county_staff'
        ? DEMO_UNIT
        : role === 'cluster_org'
          ? DEMO_CLUSTER
          : role === 'enterprise_user'
            ? (firm?.uscc ?? null)
            : null;
    if (role === 'enterprise_user' && scope === null) continue;
    if (await findAccountByLogin(db, login)) {
      accounts.push({ login, role, scope, password: null, totpUri: null });
      continue;
    }
    const created = await createAccount(
      db,
      {
        login,
        displayName: name,
        role,
        reportingUnitId: role === 'county_staff' ? scope : null,
        cluster: role === 'cluster_org' ? scope : null,
        uscc: role === 'enterprise_user' ? scope : null,
      },
      { policy, createdBy: 'demo' },
    );
    accounts.push({ login, role, scope, password: created.initialPassword, totpUri: created.totpUri });
  }
  return accounts;
}

/** The lines that show the demo accounts once (CLI output and the server log of the first run). */
export function demoAccountLines(accounts: readonly DemoAccount[]): string[] {
  return [
    '演示账号（密码仅显示一次，首次登录须修改）(demo accounts; passwords are shown once and must be changed):',
    ...accounts.map(
      (account) =>
        `  ${account.login}\t${account.role}${account.scope ? `\t${account.scope}` : ''}\t${
          account.password ?? '（已存在，密码不变 already exists）'
        }${account.totpUri ? `\t${account.totpUri}` : ''}`,
    ),
  ];
}
