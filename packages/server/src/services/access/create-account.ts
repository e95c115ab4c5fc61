/**
 * Creates an account with one role and the scope the role needs (`observatory user create`, the system
 * administrator's page). Without a given password a random one is generated and must be changed at first login;
 * roles that require a second factor get a TOTP secret at once (printed once, to be entered in an authenticator
 * app). The creation is audited; nothing of the password or secret goes into the audit log.
 */
import { randomBytes } from 'node:crypto';
import {
  accessSubject,
  checkPassword,
  isRole,
  ROLE_DEFINITIONS,
  ROLES,
  type AccessScope,
  type PasswordPolicy,
  type Role,
} from '@observatory/core';
import { AppError } from '../../app-error.ts';
import { findAccountByLogin, insertAccount, recordPasswordHistory } from '../../repositories/account.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { hashPassword } from './password-hashing.ts';
import { recordAudit } from './record-audit.ts';
import { generateTotpSecret, totpUri } from './totp.ts';

export interface NewAccount {
  login: string;
  displayName: string;
  role: string;
  reportingUnitId?: string | null;
  /** `system/cluster`, e.g. `wuda/textile`. */
  cluster?: string | null;
  uscc?: string | null;
  password?: string | null;
}

export interface CreatedAccount {
  id: number;
  login: string;
  role: Role;
  /** Only when generated: shown once. */
  initialPassword: string | null;
  totpSecret: string | null;
  totpUri: string | null;
}

/** 16 characters from an alphabet without look-alikes, with every class the 等保 rule asks for. */
export function generatePassword(): string {
  const sets = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '#%+=?@'];
  const all = sets.join('');
  const bytes = randomBytes(32);
  const chars = [...bytes.subarray(0, 16)].map((byte, index) => {
    const set = index < sets.length ? sets[index]! : all;
    return set[byte % set.length]!;
  });
  // Fisher–Yates with the other 16 random bytes, so the guaranteed classes are not always in front.
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = bytes[16 + i]! % (i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

function scopeOf(role: Role, input: NewAccount): AccessScope {
  switch (ROLE_DEFINITIONS[role].scope) {
    case 'unit':
      if (!input.reportingUnitId)
        throw new AppError('validation_failed', `角色 ${role} 需要指定所属单位 --unit (role ${role} needs --unit)`);
      return { kind: 'unit', reportingUnitId: input.reportingUnitId };
    case 'cluster': {
      const [systemId, clusterId, extra] = (input.cluster ?? '').split('/');
      if (!systemId || !clusterId || extra !== undefined)
        throw new AppError(
          'validation_failed',
          `角色 ${role} 需要指定集群 --cluster 体系/集群，如 wuda/textile (role ${role} needs --cluster SYSTEM/CLUSTER)`,
        );
      return { kind: 'cluster', systemId, clusterId };
    }
    case 'enterprise':
      if (!input.uscc)
        throw new AppError('validation_failed', `角色 ${role} 需要指定企业 --uscc (role ${role} needs --uscc)`);
      return { kind: 'enterprise', uscc: input.uscc };
    case 'city':
      return { kind: 'city' };
    case 'none':
      return { kind: 'none' };
  }
}

export async function createAccount(
  db: Queryable,
  input: NewAccount,
  options: { policy: PasswordPolicy; createdBy: string; origin?: string | null },
): Promise<CreatedAccount> {
  const login = input.login.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/u.test(login))
    throw new AppError(
      'validation_failed',
      `账号名 "${input.login}" 无效：3–64 位小写字母、数字、点、横线或下划线 (invalid login: 3–64 of a-z 0-9 . _ -)`,
    );
  if (!isRole(input.role))
    throw new AppError('validation_failed', `未知角色 "${input.role}"，可用：${ROLES.join(', ')} (unknown role)`);
  const role = input.role;
  const scope = scopeOf(role, input);
  accessSubject('new', role, scope);
  if (input.displayName.trim() === '')
    throw new AppError('validation_failed', '姓名不能为空 (the display name may not be empty)');
  const initialPassword = input.password ? null : generatePassword();
  const password = input.password ?? initialPassword!;
  const problems = checkPassword(options.policy, password, login);
  if (problems.length > 0)
    throw new AppError(
      'validation_failed',
      `密码不符合规则 (password does not meet the policy): ${problems.map((p) => `${p.message.zh} (${p.message.en})`).join('; ')}`,
    );
  const secondFactor = ROLE_DEFINITIONS[role].secondFactorRequired;
  const totpSecret = secondFactor ? generateTotpSecret() : null;
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    if ((await findAccountByLogin(trx, login)) !== undefined)
      throw new AppError('conflict', `账号 ${login} 已存在 (account ${login} already exists)`);
    if (scope.kind === 'unit') {
      const unit = await trx
        .selectFrom('reporting_unit')
        .select('id')
        .where('id', '=', scope.reportingUnitId)
        .executeTakeFirst();
      if (unit === undefined)
        throw new AppError('validation_failed', `未知单位 ${scope.reportingUnitId} (unknown reporting unit)`);
    }
    const row = await insertAccount(trx, {
      login,
      display_name: input.displayName.trim(),
      role,
      scope_reporting_unit_id: scope.kind === 'unit' ? scope.reportingUnitId : null,
      scope_system_id: scope.kind === 'cluster' ? scope.systemId : null,
      scope_cluster_id: scope.kind === 'cluster' ? scope.clusterId : null,
      scope_uscc: scope.kind === 'enterprise' ? scope.uscc : null,
      password_hash: passwordHash,
      must_change_password: initialPassword !== null,
      totp_secret: totpSecret,
      totp_enabled_at: totpSecret === null ? null : new Date(),
      created_by: options.createdBy,
    });
    await recordPasswordHistory(trx, row.id, passwordHash);
    await recordAudit(trx, {
      actor: options.createdBy,
      action: 'account.create',
      target: `account:${row.id}`,
      origin: options.origin ?? null,
      details: { login, role, scope },
    });
    return {
      id: row.id,
      login,
      role,
      initialPassword,
      totpSecret,
      totpUri: totpSecret === null ? null : totpUri(totpSecret, login),
    };
  });
}
