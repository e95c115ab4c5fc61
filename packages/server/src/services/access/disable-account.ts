/** Disabling an account (never deleting it: the audit log names it) ends all its sessions at once. */
import { AppError, notFound } from '../../app-error.ts';
import { findAccountByLogin, updateAccount } from '../../repositories/account.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { endAccountSessions } from '../../repositories/session.repository.ts';
import { recordAudit } from './record-audit.ts';

export async function disableAccount(
  db: Queryable,
  login: string,
  options: { disabledBy: string; reason: string; origin?: string | null },
): Promise<{ sessionsEnded: number }> {
  if (options.reason.trim() === '') throw new AppError('validation_failed', '请填写停用原因 (a reason is required)');
  const account = await findAccountByLogin(db, login.trim().toLowerCase());
  if (account === undefined) throw notFound('账号', login);
  if (account.disabled_at !== null) throw new AppError('conflict', `账号 ${account.login} 已停用 (already disabled)`);
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    await updateAccount(trx, account.id, { disabled_at: now, disabled_by: options.disabledBy });
    const sessionsEnded = await endAccountSessions(trx, account.id, now, 'account_disabled');
    await recordAudit(trx, {
      actor: options.disabledBy,
      action: 'account.disable',
      target: `account:${account.id}`,
      origin: options.origin ?? null,
      details: { reason: options.reason, sessionsEnded },
    });
    return { sessionsEnded };
  });
}
