// The account list an administrator sees: who, which role and scope, and whether the account can sign in.
// Never returns password hashes or second-factor secrets; says when each account last signed in.
import type { Role } from '@observatory/core';
import type { Queryable } from '../../repositories/queryable.ts';
import { listAccounts } from '../../repositories/account.repository.ts';
import { listLastSignIns } from '../../repositories/session.repository.ts';

export interface AccountSummary {
  login: string;
  name: string;
  role: Role;
  /** The data scope as one text: reporting unit, USCC or system/cluster; null for city-wide roles. */
  scope: string | null;
  secondFactor: boolean;
  disabled: boolean;
  locked: boolean;
  /** A generated or reset password not yet changed. */
  mustChangePassword: boolean;
  /** The start of the newest session, or null when the account never signed in. */
  lastLoginAt: Date | null;
}

export async function listAccountSummaries(db: Queryable, now: Date = new Date()): Promise<AccountSummary[]> {
  const [accounts, lastSignIns] = await Promise.all([listAccounts(db), listLastSignIns(db)]);
  return accounts.map((a) => ({
    login: a.login,
    name: a.display_name,
    role: a.role as Role,
    scope:
      a.scope_reporting_unit_id ??
      a.scope_uscc ??
      (a.scope_cluster_id ? `${a.scope_system_id}/${a.scope_cluster_id}` : null),
    secondFactor: a.totp_secret !== null,
    disabled: a.disabled_at !== null,
    locked: a.locked_until !== null && a.locked_until > now,
    mustChangePassword: a.must_change_password,
    lastLoginAt: lastSignIns.get(a.id) ?? null,
  }));
}
