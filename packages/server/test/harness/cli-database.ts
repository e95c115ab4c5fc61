/**
 * An empty database (no schema, no data) on the engine the test project runs, for a process that opens
 * its own database: the observatory CLI (through env) or startServer (through a Config). PGlite gets a
 * fresh directory nobody else has open; PostgreSQL a fresh database on the test cluster.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseEngine } from '../../src/db/database.ts';
import './provided-context.ts';
import { testEngine } from './test-database.ts';

export interface EmptyDatabase {
  engine: DatabaseEngine;
  /** Config.databaseUrl: the PostgreSQL URL, or null for PGlite. */
  databaseUrl: string | null;
  /** Config.pgliteDir: the PGlite directory (also set, unused, for PostgreSQL). */
  pgliteDir: string;
  /** Environment for a child process: this process's, pointed at this database and nothing else. */
  env: NodeJS.ProcessEnv;
  /** Drops or deletes it. */
  destroy(): Promise<void>;
}

/** Settings the CLI reads that must not leak from the developer's shell into a test. */
const isolatedVariables = [
  'DATABASE_URL',
  'OBSERVATORY_PGLITE_DIR',
  'OBSERVATORY_REGISTRY_DIR',
  'OBSERVATORY_ADMIN_TOKEN',
  'PORT',
  'HOST',
];

let counter = 0;

async function withAdminClient<T>(action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('postgresAdminUrl') });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/**
 * Waits until no session is connected to the database of `url`. A closed pg pool has sent its goodbyes
 * but its backends may still be running; dropping the database "with (force)" then kills them and the
 * dying clients raise an uncaught "terminating connection due to administrator command".
 */
export async function waitForDisconnect(url: string, timeoutMs = 10_000): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const deadline = Date.now() + timeoutMs;
  await withAdminClient(async (client) => {
    for (;;) {
      const { rows } = await client.query<{ count: string }>(
        'select count(*) as count from pg_stat_activity where datname = $1',
        [name],
      );
      if (Number(rows[0]?.count ?? 0) === 0 || Date.now() > deadline) return;
      await sleep(20);
    }
  });
}

/**
 * Waits until every session on the database of `url` has ended, and fails saying which are left (state, wait
 * and query) after `timeoutMs`. A client killed with SIGKILL leaves its backend running until PostgreSQL
 * notices the closed socket; until then its transaction holds its locks and a second import waits on them.
 */
export async function waitForSessionsToEnd(url: string, timeoutMs: number): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const deadline = Date.now() + timeoutMs;
  await withAdminClient(async (client) => {
    for (;;) {
      const { rows } = await client.query<{ pid: number; state: string | null; wait: string | null; query: string }>(
        `select pid, state, wait_event_type || ':' || wait_event as wait, left(query, 200) as query
           from pg_stat_activity where datname = $1`,
        [name],
      );
      if (rows.length === 0) return;
      if (Date.now() > deadline) {
        throw new Error(`sessions still on ${name} after ${timeoutMs} ms: ${JSON.stringify(rows)}`);
      }
      await sleep(100);
    }
  });
}

/**
 * Samples, every `intervalMs`, the sessions on the database of `url` (state, wait, the sessions blocking them
 * anywhere on the cluster, transaction age, query), for a test to say what a command that did not finish was
 * waiting on. `report()` stops the sampling and gives the last samples as text.
 */
export function watchSessions(url: string, intervalMs = 10_000): { report(): Promise<string> } {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const samples: string[] = [];
  let stopped = false;
  const sampling = withAdminClient(async (client) => {
    while (!stopped) {
      const { rows } = await client.query(
        `select pid, state, wait_event_type || ':' || wait_event as wait, pg_blocking_pids(pid) as blocked_by,
                extract(epoch from now() - xact_start)::int as xact_seconds, left(query, 160) as query
           from pg_stat_activity where datname = $1`,
        [name],
      );
      const blockers = await client.query(
        `select b.pid, b.datname, b.state, left(b.query, 160) as query
           from pg_stat_activity a cross join lateral unnest(pg_blocking_pids(a.pid)) as blocker(pid)
           join pg_stat_activity b on b.pid = blocker.pid
          where a.datname = $1`,
        [name],
      );
      samples.push(`${new Date().toISOString()} ${JSON.stringify(rows)} blockers ${JSON.stringify(blockers.rows)}`);
      if (samples.length > 6) samples.shift();
      await sleep(intervalMs);
    }
  }).catch((error: unknown) => samples.push(`sampling failed: ${String(error)}`));
  return {
    async report() {
      stopped = true;
      await sampling;
      return samples.join('\n');
    },
  };
}

export async function createEmptyDatabase(): Promise<EmptyDatabase> {
  const root = mkdtempSync(join(tmpdir(), 'observatory-empty-'));
  const pgliteDir = join(root, 'pglite');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of isolatedVariables) delete env[name];
  env.OBSERVATORY_PGLITE_DIR = pgliteDir;

  if (testEngine === 'pglite') {
    return {
      engine: 'pglite',
      databaseUrl: null,
      pgliteDir,
      env,
      async destroy() {
        rmSync(root, { recursive: true, force: true });
      },
    };
  }

  const name = `observatory_empty_${process.pid}_${Date.now()}_${counter++}`;
  await withAdminClient((client) => client.query(`create database ${name}`));
  const url = new URL(inject('postgresAdminUrl'));
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  env.DATABASE_URL = databaseUrl;
  return {
    engine: 'postgresql',
    databaseUrl,
    pgliteDir,
    env,
    async destroy() {
      await waitForDisconnect(databaseUrl);
      await withAdminClient((client) => client.query(`drop database if exists ${name} with (force)`));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
