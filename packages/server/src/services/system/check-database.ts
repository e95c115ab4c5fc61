/** Confirms the database answers; returns which engine it is. */
import { sql } from 'kysely';
import type { Database, DatabaseEngine } from '../../db/database.ts';

export async function checkDatabase(database: Database): Promise<DatabaseEngine> {
  await sql`select 1`.execute(database.db);
  return database.engine;
}
