/** Login sessions, stored by the SHA-256 of their token (migration 0011). */
import type { Insertable, Selectable } from 'kysely';
import type { AccountSessionTable } from '../db/schema-accounts.ts';
import type { Queryable } from './queryable.ts';

export type SessionRow = Selectable<AccountSessionTable>;

export async function insertSession(db: Queryable, row: Insertable<AccountSessionTable>): Promise<void> {
  await db.insertInto('account_session').values(row).execute();
}

export async function findOpenSession(db: Queryable, tokenHash: string): Promise<SessionRow | undefined> {
  return db
    .selectFrom('account_session')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
}

export async function touchSession(db: Queryable, tokenHash: string, at: Date): Promise<void> {
  await db.updateTable('account_session').set({ last_seen_at: at }).where('token_hash', '=', tokenHash).execute();
}

export async function endSession(db: Queryable, tokenHash: string, at: Date, reason: string): Promise<void> {
  await db
    .updateTable('account_session')
    .set({ ended_at: at, end_reason: reason })
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .execute();
}

/** Ends every open session of an account; returns how many. */
export async function endAccountSessions(db: Queryable, accountId: number, at: Date, reason: string): Promise<number> {
  const rows = await db
    .updateTable('account_session')
    .set({ ended_at: at, end_reason: reason })
    .where('account_id', '=', accountId)
    .where('ended_at', 'is', null)
    .returning('token_hash')
    .execute();
  return rows.length;
}

/** When each account last signed in (its newest session's start), by account id. */
export async function listLastSignIns(db: Queryable): Promise<Map<number, Date>> {
  const rows = await db
    .selectFrom('account_session')
    .select((eb) => ['account_id', eb.fn.max<Date>('created_at').as('last')])
    .groupBy('account_id')
    .execute();
  return new Map(rows.map((row) => [row.account_id, new Date(row.last)]));
}
