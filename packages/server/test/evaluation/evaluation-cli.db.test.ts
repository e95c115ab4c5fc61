/**
 * `observatory evaluation` as a person runs it, in three spawns against an empty database of the test engine:
 * `schemes` (migrates, loads the shipped schemes), `run --scheme` on the scenario's data (loaded in between
 * through the services), and `publish --approver` refused by the two-person rule for the CLI user who submitted.
 */
import { userInfo } from 'node:os';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { loadEvaluationSchemes } from '../../src/services/evaluation/load-evaluation-schemes.ts';
import { submitEvaluationRun } from '../../src/services/evaluation/submit-evaluation-run.ts';
import { getEvaluationRun } from '../../src/services/evaluation/get-evaluation-run.ts';
import { loadEvaluationScenario, schemeId, writeSchemeDir } from './evaluation-scenario.ts';
import { createEmptyDatabase, waitForDisconnect, type EmptyDatabase } from '../harness/cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { runObservatory, type CliResult } from '../intake/cli-runner.ts';

let database: EmptyDatabase;
let schemeDir: string;
beforeAll(async () => {
  database = await createEmptyDatabase();
  schemeDir = writeSchemeDir();
}, 120_000);
afterAll(async () => {
  rmSync(schemeDir, { recursive: true, force: true });
  await database.destroy();
}, 120_000);

const observatory = (...args: string[]) => runObservatory(database.env, args, 180_000);
const succeeded = (result: CliResult) => {
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
};

/** Works on the database in this process while no CLI has it open. */
async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const opened = await openDatabase(
    database.databaseUrl === null
      ? { engine: 'pglite', dataDir: database.pgliteDir }
      : { engine: 'postgresql', url: database.databaseUrl },
  );
  try {
    return await work(opened);
  } finally {
    await opened.close();
    if (database.databaseUrl !== null) await waitForDisconnect(database.databaseUrl);
  }
}

describe(`observatory evaluation on ${testEngine}`, { timeout: 300_000 }, () => {
  it('lists the shipped schemes, runs one on stored data and refuses a one-person publication', async () => {
    const schemes = JSON.parse(succeeded(await observatory('evaluation', 'schemes', '--format', 'json'))) as {
      id: string;
    }[];
    expect(schemes.map((s) => s.id)).toEqual(expect.arrayContaining(['huangyan-2022', 'kaihua-capped']));

    await withDatabase(async (opened) => {
      await loadEvaluationScenario(opened);
      await loadEvaluationSchemes(opened.db, { directory: schemeDir, loadedBy: 'test' });
    });
    const started = JSON.parse(
      succeeded(await observatory('evaluation', 'run', '--scheme', schemeId, '--format', 'json')),
    ) as { runId: number; digest: string; enterprises: number };
    expect(started.enterprises).toBe(10);

    const cliUser = `cli:${userInfo().username}`;
    await withDatabase(async (opened) => {
      const shown = await getEvaluationRun(opened.db, started.runId, { kind: 'all' });
      expect(shown).toMatchObject({ createdBy: cliUser, digest: started.digest, status: 'draft' });
      await submitEvaluationRun(opened.db, { runId: started.runId, submittedBy: cliUser });
    });
    const refused = await observatory('evaluation', 'publish', String(started.runId), '--approver', cliUser);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/two-person/);
  });
});
