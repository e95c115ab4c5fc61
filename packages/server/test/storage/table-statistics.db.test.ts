/**
 * Table statistics after bulk writes: the tables a transaction changed in bulk are found from PostgreSQL's
 * per-transaction counters and analysed, so an import followed by the statistics refresh and the warning run is
 * planned on the true table sizes even when the statistics said the tables were empty (what autovacuum records
 * when it analyses a table during an uncommitted import: pages without live rows; on CI the warning run after
 * a 100,000-row import then nested loops over whole tables and did not finish in 240 s).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analyzeBulkChangedTables,
  analyzeTables,
  bulkChangeRows,
  listBulkChangedTables,
  markTableChanges,
  renewStatistics,
} from '../../src/db/table-statistics.ts';
import { importFile } from '../../src/services/intake/import-file.ts';
import { refreshAfterImport } from '../../src/services/statistics/refresh-after-import.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { largeStatsCsv } from '../intake/large-stats-csv.ts';
import { setupTimeoutMs } from '../intake/intake-test-kit.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await sql`create table probe_many (n integer)`.execute(database.db);
  await sql`create table probe_few (n integer)`.execute(database.db);
}, setupTimeoutMs);
afterAll(() => database.destroy());

/** What the planner believes of a table: rows and pages at its last ANALYZE (-1 rows: never analysed). */
async function plannerFigures(table: string) {
  const result = await sql<{ reltuples: number; relpages: number }>`
    select reltuples::float8 as reltuples, relpages from pg_class where oid = ${`public.${table}`}::regclass`.execute(
    database.db,
  );
  return result.rows[0]!;
}

/** The statistics autovacuum leaves when it analyses a table during an uncommitted import: pages, no rows. */
async function poisonStatistics(tables: readonly string[]) {
  for (const table of tables) {
    await sql`update pg_class set reltuples = 0, relpages = 1 where oid = ${`public.${table}`}::regclass`.execute(
      database.db,
    );
  }
}

describe(`table statistics after bulk writes, on ${testEngine}`, () => {
  it('lists the tables a transaction changed by at least the threshold, qualified and in name order', async () => {
    const listed = await database.db.transaction().execute(async (trx) => {
      const mark = await markTableChanges(trx);
      await sql`insert into probe_many select generate_series(1, ${bulkChangeRows})`.execute(trx);
      await sql`insert into probe_few select generate_series(1, 5)`.execute(trx);
      await sql`delete from probe_few where n <= 2`.execute(trx);
      return {
        bulk: await listBulkChangedTables(trx, mark),
        any: await listBulkChangedTables(trx, mark, 1),
        none: await listBulkChangedTables(trx, mark, bulkChangeRows + 1),
      };
    });
    expect(listed).toEqual({
      bulk: ['public.probe_many'],
      any: ['public.probe_few', 'public.probe_many'],
      none: [],
    });
  });

  it('counts only the changes made since the mark, not those of earlier transactions', async () => {
    const listed = await database.db.transaction().execute(async (trx) => {
      const mark = await markTableChanges(trx);
      await sql`insert into probe_few values (0)`.execute(trx);
      return listBulkChangedTables(trx, mark, 1);
    });
    expect(listed).toEqual(['public.probe_few']);
  });

  it('analyses inside a transaction with its own uncommitted rows counted', async () => {
    await poisonStatistics(['probe_many']);
    const analysed = await database.db.transaction().execute(async (trx) => {
      const mark = await markTableChanges(trx);
      await sql`insert into probe_many select generate_series(1, 2 * ${bulkChangeRows})`.execute(trx);
      return analyzeBulkChangedTables(trx, mark);
    });
    expect(analysed).toEqual(['public.probe_many']);
    expect((await plannerFigures('probe_many')).reltuples).toBe(3 * bulkChangeRows);
  });

  it('refuses a table name that is not schema-qualified, and a failed renewal is logged, not thrown', async () => {
    await expect(analyzeTables(database.db, ['probe_many; drop table probe_few'])).rejects.toThrow(
      /not a qualified table name/,
    );
    const lines: string[] = [];
    await renewStatistics(database.db, ['public.no_such_table'], (line) => lines.push(line));
    expect(lines).toEqual([
      expect.stringMatching(/^表统计未能更新 \(table statistics not renewed\) public\.no_such_table: /),
    ]);
    expect(await sql`select count(*)::int as n from probe_few`.execute(database.db)).toMatchObject({
      rows: [{ n: 4 }],
    });
  });

  it(
    'renews the statistics of what an import wrote, so the refresh and the warning run see the true sizes',
    { timeout: setupTimeoutMs },
    async () => {
      const firms = 3 * bulkChangeRows;
      const written = ['observation', 'enterprise', 'enterprise_name', 'enterprise_year'];
      await poisonStatistics(written);
      const bytes = new TextEncoder().encode(largeStatsCsv(firms, 2024, 10));
      const result = await importFile(database, {
        bytes,
        fileName: 'stats-2024-10-large.csv',
        createEnterprises: true,
        actor: 'test:statistics',
      });
      expect(result).toMatchObject({ status: 'committed', rows: { accepted: firms, rejected: 0 } });
      for (const table of written) {
        expect({ table, rows: (await plannerFigures(table)).reltuples }).toEqual({ table, rows: firms });
      }
      await refreshAfterImport(database.db, result);
      const warningRun = await database.db
        .selectFrom('warning_event')
        .select('action')
        .where('warning_id', 'is', null)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(warningRun.action).toBe('run');
    },
  );
});
