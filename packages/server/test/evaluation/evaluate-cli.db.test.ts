/**
 * `observatory evaluate --year` on stored data, as a person runs it against an empty database of the test engine:
 * the schema, the shipped schemes (淮安's evaluates 2023 too), the hand-checked scenario of evaluation-scenario.ts
 * and its test scheme loaded through the services, then `evaluate --year 2023` for one
 * scheme (JSON) and for every scheme of the year (CSV led by the scheme) stores no run, and its rows agree with
 * what `evaluation run` stores for the same scheme.
 */
import { rmSync } from 'node:fs';
import type { EvaluationRow } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { parseCsvText } from '../../src/readers/index.ts';
import { getEvaluationRun } from '../../src/services/evaluation/get-evaluation-run.ts';
import { listEvaluationRuns } from '../../src/services/evaluation/list-evaluation-runs.ts';
import { prepareDatabase } from '../../src/services/prepare-database.ts';
import { loadEvaluationSchemes } from '../../src/services/evaluation/load-evaluation-schemes.ts';
import { createEmptyDatabase, waitForDisconnect, type EmptyDatabase } from '../harness/cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { runObservatory, type CliResult } from '../intake/cli-runner.ts';
import { firms, loadEvaluationScenario, schemeId, writeSchemeDir } from './evaluation-scenario.ts';

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

describe(`observatory evaluate --year on ${testEngine}`, { timeout: 900_000 }, () => {
  it('evaluates the stored year without storing a run, and agrees with evaluation run', async () => {
    await withDatabase(async (opened) => {
      await prepareDatabase(opened.db);
      await loadEvaluationScenario(opened);
      await loadEvaluationSchemes(opened.db, { loadedBy: 'test' });
      await loadEvaluationSchemes(opened.db, { directory: schemeDir, loadedBy: 'test' });
    });

    // one CLI at a time: PGlite is a folder only one process may open
    const one = await observatory('evaluate', '--year', '2023', '--scheme-id', schemeId, '--format', 'json');
    const every = await observatory('evaluate', '--year', '2023', '--format', 'csv', '--group', 'above-scale');
    const rows = JSON.parse(succeeded(one)) as EvaluationRow[];
    expect(rows).toHaveLength(Object.keys(firms).length);
    expect(Object.keys(rows[0]!)).toEqual([
      'uscc',
      'group',
      'indicators',
      'scores',
      'bonus',
      'total',
      'rank',
      'percentile',
      'class',
      'unratedReason',
    ]);
    const byUscc = new Map(rows.map((row) => [row.uscc, row]));
    // the scenario's hand-checked figures: P 300 (A), U and V merged at 60 (B), W not producing, Y in no group
    expect(byUscc.get(firms.P.uscc)).toMatchObject({ scores: { tax_per_mu: 300 }, total: 300, class: 'A', rank: 1 });
    expect(byUscc.get(firms.U.uscc)).toMatchObject({ total: 60, class: 'B' });
    expect(byUscc.get(firms.V.uscc)).toMatchObject({ total: 60, class: 'B' });
    expect(byUscc.get(firms.W.uscc)!.unratedReason).toEqual({ code: 'not-in-production', zh: '尚未投产' });
    expect(byUscc.get(firms.Y.uscc)).toMatchObject({ group: null, unratedReason: { code: 'no_group' } });

    const [header, ...records] = parseCsvText(succeeded(every), ',').filter((r) => r.length > 1);
    expect(header!.slice(0, 3)).toEqual(['scheme', 'uscc', 'group']);
    const schemes = new Set(records.map((r) => r[0]));
    expect(schemes).toEqual(new Set([`${schemeId}@1`, 'huaian-2024@1']));
    expect(records.every((r) => r[2] === 'above-scale')).toBe(true);
    const total = header!.indexOf('total');
    const ours = records.filter((r) => r[0] === `${schemeId}@1`);
    expect(ours.map((r) => [r[1], r[total]])).toEqual(
      rows.filter((r) => r.group === 'above-scale').map((r) => [r.uscc, r.total === null ? '' : String(r.total)]),
    );

    expect(await withDatabase((opened) => listEvaluationRuns(opened.db, { scope: { kind: 'all' } }))).toEqual([]);

    const started = JSON.parse(
      succeeded(await observatory('evaluation', 'run', '--scheme', schemeId, '--format', 'json')),
    ) as { runId: number };
    const stored = await withDatabase((opened) => getEvaluationRun(opened.db, started.runId, { kind: 'all' }));
    expect(stored.results).toHaveLength(rows.length);
    for (const result of stored.results)
      expect(byUscc.get(result.uscc), result.uscc).toMatchObject({
        group: result.groupId,
        total: result.total,
        rank: result.rank,
        percentile: result.percentile,
        class: result.initialClass,
        unratedReason: result.reason && { code: result.reason.code, zh: result.reason.zh },
      });
  });

  it('says when no scheme of the year is loaded, or the named one evaluates another year', async () => {
    const none = await observatory('evaluate', '--year', '2019');
    const other = await observatory('evaluate', '--year', '2024', '--scheme-id', schemeId);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no scheme of 2019 is loaded/);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/evaluates 2023, not 2024/);
  });
});
