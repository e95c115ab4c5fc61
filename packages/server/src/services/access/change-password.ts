/**
 * Changing a password: by its owner (the old password is checked) or reset by the system administrator (a
 * random temporary password that must be changed at the next login). The policy's rules and its history depth
 * apply; a change ends the account's other sessions, a reset ends all of them. Both are audited.
 */
import { checkPassword, type PasswordPolicy } from '@observatory/core';
import { AppError, notFound } from '../../app-error.ts';
import {
  findAccountByLogin,
  recentPasswordHashes,
  recordPasswordHistory,
  updateAccount,
  type AccountRow,
} from '../../repositories/account.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { endAccountSessions } from '../../repositories/session.repository.ts';
import { generatePassword } from './create-account.ts';
import { hashPassword, verifyPassword } from './password-hashing.ts';
import { recordAudit } from './record-audit.ts';

async function accountNamed(db: Queryable, login: string): Promise<AccountRow> {
  const account = await findAccountByLogin(db, login.trim().toLowerCase());
  if (account === undefined) throw notFound('账号', login);
  return account;
}

async function storePassword(
  db: Queryable,
  account: AccountRow,
  password: string,
  policy: PasswordPolicy,
  mustChange: boolean,
): Promise<string> {
  const problems = checkPassword(policy, password, account.login);
  if (problems.length > 0)
    throw new AppError(
      'validation_failed',
      `密码不符合规则 (password does not meet the policy): ${problems.map((p) => `${p.message.zh} (${p.message.en})`).join('; ')}`,
    );
  for (const earlier of await recentPasswordHashes(db, account.id, policy.historyDepth))
    if (await verifyPassword(earlier, password))
      throw new AppError(
        'validation_failed',
        `不能重复使用最近 ${policy.historyDepth} 次用过的密码 (the last ${policy.historyDepth} passwords may not be reused)`,
      );
  const passwordHash = await hashPassword(password);
  await updateAccount(db, account.id, {
    password_hash: passwordHash,
    password_changed_at: new Date(),
    must_change_password: mustChange,
    failed_logins: 0,
    locked_until: null,
  });
  await recordPasswordHistory(db, account.id, passwordHash);
  return passwordHash;
}

export async function changeOwnPassword(
  db: Queryable,
  input: { login: string; oldPassword: string; newPassword: string; keepSessionHash?: string; origin?: string | null },
  policy: PasswordPolicy,
): Promise<void> {
  const account = await accountNamed(db, input.login);
  if (!(await verifyPassword(account.password_hash, input.oldPassword)))
    throw new AppError('unauthenticated', '原密码错误 (the current password is wrong)');
  await db.transaction().execute(async (trx) => {
    await storePassword(trx, account, input.newPassword, policy, false);
    const now = new Date();
    const open = await trx
      .updateTable('account_session')
      .set({ ended_at: now, end_reason: 'password_changed' })
      .where('account_id', '=', account.id)
      .where('ended_at', 'is', null)
      .where('token_hash', '<>', input.keepSessionHash ?? '')
      .returning('token_hash')
      .execute();
    await recordAudit(trx, {
      actor: `account:${account.id}`,
      action: 'account.password_changed',
      target: `account:${account.id}`,
      origin: input.origin ?? null,
      details: { otherSessionsEnded: open.length },
    });
  });
}

/** Returns the temporary password (shown once). */
export async function resetPassword(
  db: Queryable,
  login: string,
  options: { policy: PasswordPolicy; resetBy: string; origin?: string | null },
): Promise<string> {
  const account = await accountNamed(db, login);
  const temporary = generatePassword();
  await db.transaction().execute(async (trx) => {
    await storePassword(trx, account, temporary, options.policy, true);
    const ended = await endAccountSessions(trx, account.id, new Date(), 'password_reset');
    await recordAudit(trx, {
      actor: options.resetBy,
      action: 'account.password_reset',
      target: `account:${account.id}`,
      origin: options.origin ?? null,
      details: { sessionsEnded: ended },
    });
  });
  return temporary;
}
