/**
 * Filling a CLI test's own database before the command runs: opened on its engine, the schema prepared, the
 * scenario loaded by `seed`, closed again (on PostgreSQL, once the connections are gone), so the spawned
 * `observatory` finds it as a person's database. Also `succeeded`: a command's output once it exited with 0.
 */
import { expect } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { prepareDatabase } from '../../src/services/prepare-database.ts';
import type { CliResult } from '../intake/cli-runner.ts';
import { waitForDisconnect, type EmptyDatabase } from './cli-database.ts';

export async function seedCliDatabase(database: EmptyDatabase, seed: (opened: Database) => Promise<void>) {
  const opened = await openDatabase(
    database.databaseUrl === null
      ? { engine: 'pglite', dataDir: database.pgliteDir }
      : { engine: 'postgresql', url: database.databaseUrl },
  );
  try {
    await prepareDatabase(opened.db);
    await seed(opened);
  } finally {
    await opened.close();
    if (database.databaseUrl !== null) await waitForDisconnect(database.databaseUrl);
  }
}

/** The command's standard output; fails the test with its standard error unless it exited with 0. */
export function succeeded(result: CliResult): string {
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}
