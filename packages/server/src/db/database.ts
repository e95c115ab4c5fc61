/**
 * Opens the database: PostgreSQL when a connection string is given, otherwise embedded PGlite on disk.
 * Both are reached through the same Kysely instance, and return the same JavaScript types:
 * int8 → number, numeric → string (exact), date → 'YYYY-MM-DD', timestamptz → Date.
 */
import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { pgliteCopy, postgresCopy, runBulkTransaction, type BulkTransaction } from './bulk-transaction.ts';
import { PGlitePool } from './pglite-pool.ts';
import type { DatabaseSchema } from './schema.ts';

export type DatabaseEngine = 'pglite' | 'postgresql';

export interface Database {
  db: Kysely<DatabaseSchema>;
  engine: DatabaseEngine;
  /** The embedded instance, for bulk loads that need it (COPY from a blob); null on PostgreSQL. */
  pglite: PGlite | null;
  /**
   * PostgreSQL only: connections of a separate login role, a member of observatory_scoped and nothing else, for
   * scoped reads (OBSERVATORY_SCOPED_DATABASE_URL); null when scoped reads SET ROLE on the main connections.
   */
  scopedDb: Kysely<DatabaseSchema> | null;
  /** One transaction on one connection with bulk COPY inside it (large imports). */
  bulkTransaction<T>(work: (transaction: BulkTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseLocation =
  { engine: 'postgresql'; url: string; scopedUrl?: string | null } | { engine: 'pglite'; dataDir: string };

function toSafeNumber(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 value ${text} exceeds JavaScript's safe integers`);
  return value;
}

const identity = (text: string) => text;

function postgresPool(url: string): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === pg.types.builtins.INT8) return toSafeNumber;
        if (oid === pg.types.builtins.DATE) return identity;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
}

export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  if (location.engine === 'postgresql') {
    const pool = postgresPool(location.url);
    const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
    const scopedDb = location.scopedUrl
      ? new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool: postgresPool(location.scopedUrl) }) })
      : null;
    return {
      db,
      engine: 'postgresql',
      pglite: null,
      scopedDb,
      async bulkTransaction(work) {
        const client = await pool.connect();
        try {
          return await runBulkTransaction(client as unknown as PostgresPoolClient, postgresCopy(client), work);
        } finally {
          client.release();
        }
      },
      async close() {
        await scopedDb?.destroy();
        await db.destroy();
      },
    };
  }
  mkdirSync(location.dataDir, { recursive: true });
  const pglite = await PGlite.create(location.dataDir, {
    parsers: { [pgliteTypes.INT8]: toSafeNumber, [pgliteTypes.DATE]: identity },
  });
  // PGlite starts with sequential scans disabled; plans then nest index look-ups over whole tables (a 20,000-firm
  // query took 54 s instead of 1 s). PostgreSQL's default, so both engines plan alike.
  await pglite.exec('set enable_seqscan = on');
  const pool = new PGlitePool(pglite);
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'pglite',
    pglite,
    scopedDb: null,
    async bulkTransaction(work) {
      const client = await pool.connect();
      try {
        return await runBulkTransaction(client, pgliteCopy(pglite), work);
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}
