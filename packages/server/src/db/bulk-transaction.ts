/**
 * One transaction on one connection with bulk COPY available inside it: Kysely for ordinary statements
 * and `copyRows` for large appends (PostgreSQL: COPY FROM STDIN; PGlite: COPY FROM '/dev/blob'). Both
 * commit or roll back together, so a crash leaves nothing behind. After the commit, the tables it changed in
 * bulk are analysed (table-statistics.ts), so the queries that follow are planned on their true sizes.
 */
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { copyLine, type CopyValue } from './copy-text.ts';
import type { DatabaseSchema } from './schema.ts';
import { listBulkChangedTables, markTableChanges, renewStatistics } from './table-statistics.ts';

export type CopyRows = (
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
) => Promise<void>;

export interface BulkTransaction {
  db: Kysely<DatabaseSchema>;
  copyRows: CopyRows;
}

/** A pool that always lends the one connection the transaction holds. */
function singleConnectionPool(client: PostgresPoolClient): PostgresPool {
  return {
    connect: async () => ({ query: client.query.bind(client), release: () => undefined }) as PostgresPoolClient,
    end: async () => undefined,
  };
}

const identifier = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid identifier ${name}`);
  return name;
};

function copyStatement(table: string, columns: readonly string[], source: string): string {
  return `copy ${identifier(table)} (${columns.map(identifier).join(', ')}) from ${source}`;
}

function* lines(rows: Iterable<readonly CopyValue[]>): Generator<string> {
  let buffer = '';
  for (const row of rows) {
    buffer += copyLine(row);
    if (buffer.length > 1 << 20) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

export async function runBulkTransaction<T>(
  client: PostgresPoolClient,
  copy: CopyRows,
  work: (transaction: BulkTransaction) => Promise<T>,
): Promise<T> {
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool: singleConnectionPool(client) }) });
  await client.query('begin', []);
  let result: T;
  let changed: string[];
  try {
    const mark = await markTableChanges(db);
    result = await work({ db, copyRows: copy });
    changed = await listBulkChangedTables(db, mark);
    await client.query('commit', []);
  } catch (error) {
    await client.query('rollback', []);
    throw error;
  }
  await renewStatistics(db, changed);
  return result;
}

export function postgresCopy(client: pg.PoolClient): CopyRows {
  return async (table, columns, rows) => {
    await pipeline(Readable.from(lines(rows)), client.query(copyFrom(copyStatement(table, columns, 'stdin'))));
  };
}

export function pgliteCopy(pglite: PGlite): CopyRows {
  return async (table, columns, rows) => {
    const blob = new Blob([...lines(rows)]);
    await pglite.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob });
  };
}
