/** Accounts and their password history (migration 0011). */
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AccountTable } from '../db/schema-accounts.ts';
import type { Queryable } from './queryable.ts';

export type AccountRow = Selectable<AccountTable>;

export async function insertAccount(db: Queryable, row: Insertable<AccountTable>): Promise<AccountRow> {
  return db.insertInto('account').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findAccountByLogin(db: Queryable, login: string): Promise<AccountRow | undefined> {
  return db.selectFrom('account').selectAll().where('login', '=', login).executeTakeFirst();
}

export async function findAccountById(db: Queryable, id: number): Promise<AccountRow | undefined> {
  return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listAccounts(db: Queryable): Promise<AccountRow[]> {
  return db.selectFrom('account').selectAll().orderBy('login').execute();
}

export async function updateAccount(db: Queryable, id: number, changes: Updateable<AccountTable>): Promise<void> {
  await db.updateTable('account').set(changes).where('id', '=', id).execute();
}

export async function recordPasswordHistory(db: Queryable, accountId: number, passwordHash: string): Promise<void> {
  await db
    .insertInto('account_password_history')
    .values({ account_id: accountId, password_hash: passwordHash })
    .execute();
}

export async function recentPasswordHashes(db: Queryable, accountId: number, depth: number): Promise<string[]> {
  if (depth <= 0) return [];
  const rows = await db
    .selectFrom('account_password_history')
    .select('password_hash')
    .where('account_id', '=', accountId)
    .orderBy('set_at', 'desc')
    .limit(depth)
    .execute();
  return rows.map((row) => row.password_hash);
}
