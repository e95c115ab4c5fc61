/**
 * Keeps the planner's table statistics true after bulk writes. PostgreSQL plans every query from the row
 * counts its last ANALYZE recorded. When autovacuum analyses a table while a large import is still
 * uncommitted (or just after one was rolled back), it records pages without live rows; the planner then
 * expects about one row where there are 100,000, nests loops over whole tables, and a query of under a
 * second runs for hours (the warning run after a 100,000-row import on CI). PGlite has no autovacuum at all.
 *
 * So a transaction that may change many rows marks PostgreSQL's per-transaction counters at its start
 * (`markTableChanges`), lists the tables it changed in bulk before it commits (`listBulkChangedTables`) and
 * ANALYZEs them right after (`renewStatistics`); or, for queries later in the same transaction, ANALYZEs them
 * inside it (`analyzeBulkChangedTables`), where its own uncommitted rows count as live.
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

type Db = Kysely<DatabaseSchema>;

/** Rows inserted, updated or deleted in one transaction from which a table's statistics are renewed. */
export const bulkChangeRows = 1_000;

/**
 * Rows changed per table (schema-qualified, quoted) as PostgreSQL's per-transaction counters give them. They
 * hold the current transaction's changes plus earlier transactions' not yet reported (PostgreSQL reports them
 * when the connection is idle, at most once a second; PGlite keeps them), so a transaction takes this mark at
 * its start and counts its own changes from it.
 */
export type TableChangeMark = ReadonlyMap<string, number>;

export async function markTableChanges(db: Db): Promise<TableChangeMark> {
  const result = await sql<{ name: string; changed: string | number }>`
    select format('%I.%I', schemaname, relname) as name, n_tup_ins + n_tup_upd + n_tup_del as changed
    from pg_stat_xact_user_tables`.execute(db);
  return new Map(result.rows.map((row) => [row.name, Number(row.changed)]));
}

/**
 * The tables with at least `minRows` rows inserted, updated or deleted since `mark` (taken in the same
 * transaction), in name order (so concurrent writers lock them in the same order).
 */
export async function listBulkChangedTables(
  db: Db,
  mark: TableChangeMark,
  minRows = bulkChangeRows,
): Promise<string[]> {
  const now = await markTableChanges(db);
  return [...now]
    .filter(([name, changed]) => changed - (mark.get(name) ?? 0) >= minRows)
    .map(([name]) => name)
    .sort();
}

/** ANALYZEs the given tables (names as `listBulkChangedTables` gives them) in one statement. */
export async function analyzeTables(db: Db, tables: readonly string[]): Promise<void> {
  if (tables.length === 0) return;
  for (const table of tables) {
    if (!/^("[^"]+"|[a-z_][a-z0-9_$]*)\.("[^"]+"|[a-z_][a-z0-9_$]*)$/.test(table)) {
      throw new Error(`not a qualified table name: ${table}`);
    }
  }
  await sql.raw(`analyze ${tables.join(', ')}`).execute(db);
}

/**
 * After a commit: ANALYZEs the tables the transaction changed in bulk. The writes stand whatever happens here,
 * so a failure is reported on the log and not thrown (autovacuum renews the statistics later).
 */
export async function renewStatistics(
  db: Db,
  tables: readonly string[],
  log: (line: string) => void = (line) => console.warn(line),
): Promise<void> {
  try {
    await analyzeTables(db, tables);
  } catch (error) {
    log(`表统计未能更新 (table statistics not renewed) ${tables.join(', ')}: ${(error as Error).message}`);
  }
}

/** Runs `work` in a transaction and, once it has committed, ANALYZEs the tables it changed in bulk. */
export async function transactionRenewingStatistics<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  let changed: string[] = [];
  const result = await db.transaction().execute(async (trx) => {
    const mark = await markTableChanges(trx);
    const value = await work(trx);
    changed = await listBulkChangedTables(trx, mark);
    return value;
  });
  await renewStatistics(db, changed);
  return result;
}

/** Within a transaction: ANALYZEs the tables it has changed in bulk since `mark`, for its own later queries. */
export async function analyzeBulkChangedTables(
  db: Db,
  mark: TableChangeMark,
  minRows = bulkChangeRows,
): Promise<string[]> {
  const tables = await listBulkChangedTables(db, mark, minRows);
  await analyzeTables(db, tables);
  return tables;
}
