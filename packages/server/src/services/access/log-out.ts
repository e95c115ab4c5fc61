/** Logging out of this session, or everywhere (every session of the account, including ones opened elsewhere). */
import { updateAccount } from '../../repositories/account.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { endAccountSessions, endSession } from '../../repositories/session.repository.ts';
import { recordAudit } from './record-audit.ts';

export async function logOut(
  db: Queryable,
  session: { accountId: number; tokenHash: string },
  options: { everywhere: boolean; origin?: string | null },
): Promise<void> {
  const now = new Date();
  const target = `account:${session.accountId}`;
  await db.transaction().execute(async (trx) => {
    if (options.everywhere) {
      await updateAccount(trx, session.accountId, { sessions_valid_after: now });
      const ended = await endAccountSessions(trx, session.accountId, now, 'logged_out_everywhere');
      await recordAudit(trx, {
        actor: target,
        action: 'account.logout_everywhere',
        target,
        origin: options.origin ?? null,
        details: { sessionsEnded: ended },
      });
    } else {
      await endSession(trx, session.tokenHash, now, 'logged_out');
      await recordAudit(trx, {
        actor: target,
        action: 'account.logout',
        target,
        origin: options.origin ?? null,
        details: {},
      });
    }
  });
}
