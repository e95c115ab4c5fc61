/**
 * A fresh database for one test file, on the engine the test project runs (OBSERVATORY_TEST_ENGINE):
 * PGlite copied from the prepared template directory, or a PostgreSQL database cloned from the template.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database, type DatabaseEngine } from '../../src/db/database.ts';
import './provided-context.ts';

export const testEngine: DatabaseEngine =
  process.env.OBSERVATORY_TEST_ENGINE === 'postgresql' ? 'postgresql' : 'pglite';

export interface TestDatabase extends Database {
  /** Where it lives: the PGlite directory or the PostgreSQL URL (for a CLI or server under test). */
  location: { engine: 'pglite'; dataDir: string } | { engine: 'postgresql'; url: string };
  /** Closes and deletes it. */
  destroy(): Promise<void>;
}

let counter = 0;

async function adminQuery<T extends object = object>(sqlText: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: inject('postgresAdminUrl') });
  await client.connect();
  try {
    return (await client.query<T>(sqlText, values)).rows;
  } finally {
    await client.end();
  }
}

/** Waits (up to 5 s) until no backend is connected to the database, so dropping it kills nothing in flight. */
async function waitUntilUnused(name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const [row] = await adminQuery<{ n: number }>(
      'select count(*)::int as n from pg_stat_activity where datname = $1',
      [name],
    );
    if (!row || row.n === 0) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testEngine === 'pglite') {
    const root = mkdtempSync(join(tmpdir(), 'observatory-test-'));
    const dataDir = join(root, 'db');
    cpSync(inject('pgliteTemplateDir'), dataDir, { recursive: true });
    const database = await openDatabase({ engine: 'pglite', dataDir });
    return {
      ...database,
      location: { engine: 'pglite', dataDir },
      async destroy() {
        await database.close();
        rmSync(root, { recursive: true, force: true });
      },
    };
  }
  const name = `observatory_test_${process.pid}_${Date.now()}_${counter++}`;
  await adminQuery(`create database ${name} template ${inject('postgresTemplateDatabase')}`);
  const url = new URL(inject('postgresAdminUrl'));
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgresql', url: url.toString() });
  return {
    ...database,
    location: { engine: 'postgresql', url: url.toString() },
    async destroy() {
      await database.close();
      await waitUntilUnused(name);
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}
