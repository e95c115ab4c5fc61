/**
 * An import killed with SIGKILL in the middle of storing leaves nothing behind: the real `observatory
 * import` of a 100,000-row report is started on its own database (PGlite directory or PostgreSQL database)
 * and killed as soon as it reports that it is storing; the database, opened afterwards, has no batch, no
 * observation, no enterprise and no source_period_state. The same import then runs to completion.
 *
 * The command prints its progress as lines (OBSERVATORY_PROGRESS=lines: "progress storing N/M" on stderr
 * after each COPY chunk inside the import transaction); the first such line is the signal to kill it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.ts';
import {
  createEmptyDatabase,
  waitForDisconnect,
  waitForSessionsToEnd,
  watchSessions,
  type EmptyDatabase,
} from '../harness/cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { observatoryBin, repoRoot, runObservatory } from './cli-runner.ts';
import { danglingObservations, setupTimeoutMs } from './intake-test-kit.ts';
import { largeStatsCsv } from './large-stats-csv.ts';

const firms = 100_000;
const killTimeoutMs = 180_000;
/**
 * A correctness test, not a benchmark: the completing import takes about 30 s here and a minute on a busy CI
 * machine. On CI it did not finish on PostgreSQL three times: autovacuum had analysed the tables while the
 * killed import's rows (or the completing import's) were uncommitted and recorded them as empty, so the warning
 * run after the import was planned for empty tables and nested loops over 100,000 rows (found from the session
 * samples below; the import now renews the statistics of the tables it wrote, db/table-statistics.ts). The
 * limit and the samples stay, so that any other hang says what it waited on.
 */
const completionTimeoutMs = 240_000;
const storingSignal = /^progress storing \d+\/\d+$/m;

let database: EmptyDatabase;
let workDir: string;
let csvPath: string;
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'observatory-kill-'));
  csvPath = join(workDir, 'stats-2024-10-large.csv');
  writeFileSync(csvPath, largeStatsCsv(firms, 2024, 10));
}, setupTimeoutMs);
let destroyed = true;
/** A fresh database for each try (a retry must not find the first try's import). */
async function freshDatabase() {
  if (!destroyed) await database.destroy();
  database = await createEmptyDatabase();
  destroyed = false;
}
afterEach(async () => {
  if (!destroyed) await database.destroy();
  destroyed = true;
}, setupTimeoutMs);
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** The completing import; when it does not finish, the error says what its database sessions were waiting on. */
async function importToCompletion() {
  const watcher = database.databaseUrl === null ? null : watchSessions(database.databaseUrl);
  try {
    const completed = await runObservatory(
      { ...database.env, OBSERVATORY_PROGRESS: 'lines' },
      ['import', csvPath, '--format', 'json', '--create-enterprises'],
      completionTimeoutMs,
    );
    await watcher?.report();
    return completed;
  } catch (error) {
    const sessions = (await watcher?.report()) ?? '';
    throw new Error(`${(error as Error).message}\nsessions on its database, last samples:\n${sessions}`);
  }
}

/** Opens the database the CLI used, runs `read` and closes it again (PGlite allows one process at a time). */
async function inspect<T>(read: (opened: Database) => Promise<T>): Promise<T> {
  const opened = await openDatabase(
    database.databaseUrl === null
      ? { engine: 'pglite', dataDir: database.pgliteDir }
      : { engine: 'postgresql', url: database.databaseUrl },
  );
  try {
    return await read(opened);
  } finally {
    await opened.close();
    if (database.databaseUrl !== null) await waitForDisconnect(database.databaseUrl);
  }
}

async function counts(opened: Database) {
  const count = async (table: 'import_batch' | 'observation' | 'enterprise' | 'source_period_state' | 'raw_file') =>
    Number(
      (
        await opened.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const committed = await opened.db.selectFrom('import_batch').select('id').where('status', '=', 'committed').execute();
  return {
    committedBatches: committed.length,
    batches: await count('import_batch'),
    observations: await count('observation'),
    enterprises: await count('enterprise'),
    sourcePeriodStates: await count('source_period_state'),
    rawFiles: await count('raw_file'),
  };
}

/** Starts the import and SIGKILLs it when it says it is storing; resolves with what it printed. */
function importAndKillWhileStoring(): Promise<{ signal: NodeJS.Signals | null; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [observatoryBin, 'import', csvPath, '--format', 'json', '--create-enterprises'],
      { cwd: repoRoot, env: { ...database.env, OBSERVATORY_PROGRESS: 'lines' } },
    );
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), killTimeoutMs - 20_000);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (!killed && storingSignal.test(stderr)) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

describe(`killing an import while it stores, on ${testEngine}`, () => {
  it(
    'leaves no batch, observation, enterprise or state behind, and the import then runs to completion',
    { retry: 1, timeout: 2 * (killTimeoutMs + completionTimeoutMs) + setupTimeoutMs },
    async () => {
      await freshDatabase();
      const killed = await importAndKillWhileStoring();
      expect(killed.stderr).toMatch(storingSignal);
      expect(killed.signal).toBe('SIGKILL');
      if (database.databaseUrl !== null) await waitForSessionsToEnd(database.databaseUrl, completionTimeoutMs);

      expect(await inspect(counts)).toEqual({
        committedBatches: 0,
        batches: 0,
        observations: 0,
        enterprises: 0,
        sourcePeriodStates: 0,
        rawFiles: 0,
      });

      const completed = await importToCompletion();
      expect(completed.code, completed.stderr).toBe(0);
      const result = JSON.parse(completed.stdout) as { status: string; revision: number; rows: { accepted: number } };
      expect(result).toMatchObject({ status: 'committed', revision: 1, rows: { accepted: firms, rejected: 0 } });
      expect(await inspect(counts)).toEqual({
        committedBatches: 1,
        batches: 1,
        observations: firms,
        enterprises: firms,
        sourcePeriodStates: 1,
        rawFiles: 1,
      });
      expect(await inspect((opened) => danglingObservations(opened.db))).toEqual([]);
    },
  );
});
