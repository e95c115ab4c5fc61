/**
 * Evaluation runs on the store, on the hand-checked scenario of evaluation-scenario.ts: the run's classes and
 * unrated reasons, firms merged on a parcel, recomputation to the same digest (and a tampered run caught), the
 * workflow (submit, two-person publish, re-grade before publication, appeals inside and outside the window,
 * decisions), the policy ledger with its city totals, rectification candidates and the append-only event trail.
 */
import { rmSync } from 'node:fs';
import { runEvaluation, type EvaluationScheme } from '@observatory/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { assessEvaluationRobustness } from '../../src/services/evaluation/assess-evaluation-robustness.ts';
import { buildEvaluationInput } from '../../src/services/evaluation/build-evaluation-input.ts';
import { buildEvaluationLedger } from '../../src/services/evaluation/build-evaluation-ledger.ts';
import { decideEvaluationAppeal } from '../../src/services/evaluation/decide-evaluation-appeal.ts';
import { sha256Digest } from '../../src/services/evaluation/evaluation-digest.ts';
import { explainEvaluationResult } from '../../src/services/evaluation/explain-evaluation-result.ts';
import { fileEvaluationAppeal } from '../../src/services/evaluation/file-evaluation-appeal.ts';
import { findEvaluationCandidates } from '../../src/services/evaluation/find-evaluation-candidates.ts';
import { getEvaluationRun } from '../../src/services/evaluation/get-evaluation-run.ts';
import { listEvaluationEvents } from '../../src/services/evaluation/list-evaluation-events.ts';
import { loadEvaluationSchemes } from '../../src/services/evaluation/load-evaluation-schemes.ts';
import { publishEvaluationRun } from '../../src/services/evaluation/publish-evaluation-run.ts';
import { regradeEvaluationResult } from '../../src/services/evaluation/regrade-evaluation-result.ts';
import { startEvaluationRun } from '../../src/services/evaluation/start-evaluation-run.ts';
import { submitEvaluationRun } from '../../src/services/evaluation/submit-evaluation-run.ts';
import { verifyEvaluationRun } from '../../src/services/evaluation/verify-evaluation-run.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import {
  firms,
  loadEvaluationScenario,
  scenarioYear,
  schemeId,
  writeSchemeDir,
  type Letter,
} from './evaluation-scenario.ts';

let database: TestDatabase;
let schemeDir: string;
let runId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadEvaluationScenario(database);
  schemeDir = writeSchemeDir();
  await loadEvaluationSchemes(database.db, { directory: schemeDir, loadedBy: 'test:loader' });
  runId = (await startEvaluationRun(database.db, { schemeId, createdBy: 'alice' })).runId;
}, 120_000);
afterAll(async () => {
  rmSync(schemeDir, { recursive: true, force: true });
  await database.destroy();
});

const resultOf = async (letter: Letter, id = runId) =>
  (await getEvaluationRun(database.db, id, { kind: 'all' })).results.find((r) => r.uscc === firms[letter].uscc)!;

async function refused(promise: Promise<unknown>, code: string, message: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).message).toMatch(message);
}

describe(`evaluation runs on ${testEngine}`, () => {
  it('loads schemes idempotently by digest, and refuses a changed file that keeps its version', async () => {
    const again = await loadEvaluationSchemes(database.db, { directory: schemeDir, loadedBy: 'test:loader' });
    expect(again).toEqual([expect.objectContaining({ id: schemeId, version: 1, status: 'unchanged' })]);
    const shipped = await loadEvaluationSchemes(database.db, { loadedBy: 'test:loader' });
    expect(shipped.map((s) => s.id)).toEqual(expect.arrayContaining(['huangyan-2022', 'jingde-2022']));
    const changed = writeSchemeDir();
    const { readFileSync, writeFileSync } = await import('node:fs');
    const file = `${changed}/${schemeId}.yaml`;
    writeFileSync(file, readFileSync(file, 'utf8').replace('value: 10 }', 'value: 12 }'));
    await refused(
      loadEvaluationSchemes(database.db, { directory: changed, loadedBy: 'x' }),
      'conflict',
      /bump its version/,
    );
    rmSync(changed, { recursive: true, force: true });
  });

  it.each<[Letter, number | null, number | null, string | null]>([
    ['P', 300, 1, 'A'],
    ['Q', 200, 2, 'B'],
    ['R', 100, 3, 'B'],
    ['U', 60, 4, 'B'],
    ['V', 60, 4, 'B'],
    ['S', 50, 5, 'C'],
    ['T', 20, 6, 'D'],
  ])('scores %s at %s, rank %s, class %s (initial = final)', async (letter, total, rank, classId) => {
    const result = await resultOf(letter);
    expect(result).toMatchObject({ status: 'rated', total, rank, initialClass: classId, finalClass: classId });
    expect(result.reportingUnit).toBe('330402');
  });

  it('merges the firms on one parcel into one unit that shares the result', async () => {
    const [u, v] = [await resultOf('U'), await resultOf('V')];
    expect(u.unitId).toBe(v.unitId);
    expect(u.unitId).toContain('+');
    expect((await resultOf('P')).unitId).not.toContain('+');
  });

  it.each<[Letter, string, string]>([
    ['W', 'unrated', 'not-in-production'],
    ['X', 'unrated', 'no-land'],
    ['Y', 'excluded', 'no_group'],
  ])('keeps %s as %s with reason %s, without total or class', async (letter, status, code) => {
    const result = await resultOf(letter);
    expect(result).toMatchObject({ status, total: null, rank: null, initialClass: null, finalClass: null });
    expect(result.reason?.code).toBe(code);
  });

  it('recomputes to the same digest, equal to a fresh pure run on the store, and catches a tampered run', async () => {
    const check = await verifyEvaluationRun(database.db, runId);
    expect(check).toMatchObject({ intact: true, reproducible: true, inputChangedSince: false });
    expect(check.recomputedDigest).toBe(check.digest);
    const shown = await getEvaluationRun(database.db, runId, { kind: 'all' });
    const scheme = (
      await sql<{ document: EvaluationScheme }>`select document from evaluation_scheme where id = ${schemeId}`.execute(
        database.db,
      )
    ).rows[0]!.document;
    const fresh = runEvaluation(scheme, await buildEvaluationInput(database.db, scenarioYear), {
      digest: sha256Digest,
    });
    expect(fresh.digest).toBe(shown.digest);
    expect(fresh.inputDigest).toBe(shown.inputDigest);

    const copy = (await startEvaluationRun(database.db, { schemeId, createdBy: 'alice' })).runId;
    expect((await getEvaluationRun(database.db, copy, { kind: 'all' })).digest).toBe(shown.digest);
    await sql`update evaluation_run set run = jsonb_set(run, '{results,0,total}', '999') where id = ${copy}`.execute(
      database.db,
    );
    expect(await verifyEvaluationRun(database.db, copy)).toMatchObject({ intact: false, reproducible: true });
    await refused(submitEvaluationRun(database.db, { runId: copy, submittedBy: 'alice' }), 'conflict', /verification/);
  });

  it('explains one enterprise and assesses robustness with a seed (same seed, same report)', async () => {
    const explained = await explainEvaluationResult(database.db, runId, firms.S.uscc, { kind: 'all' });
    expect(explained.explanation.indicators[0]).toMatchObject({ indicatorId: 'tax_per_mu', value: 5, score: 50 });
    expect(explained.explanation.nextClass?.classId).toBe('B');
    const a = await assessEvaluationRobustness(database.db, runId, { seed: 'x', draws: 30 });
    const b = await assessEvaluationRobustness(database.db, runId, { seed: 'x', draws: 30 });
    expect(a).toEqual(b);
    expect(a.enterprises).toHaveLength(7);
  });

  it('re-grades before publication only with a reason and a second person, keeping 初评 and 调档后', async () => {
    const regrade = { runId, uscc: firms.S.uscc, toClass: 'D', reason: '重大环境违法', requestedBy: 'alice' };
    await refused(regradeEvaluationResult(database.db, { ...regrade, approvedBy: 'alice' }), 'forbidden', /requester/);
    await refused(
      regradeEvaluationResult(database.db, { ...regrade, approvedBy: 'bob', reason: ' ' }),
      'validation_failed',
      /reason/,
    );
    await refused(
      regradeEvaluationResult(database.db, { ...regrade, approvedBy: 'bob', toClass: 'E' }),
      'validation_failed',
      /class E/,
    );
    await refused(
      regradeEvaluationResult(database.db, { ...regrade, uscc: firms.W.uscc, approvedBy: 'bob' }),
      'conflict',
      /unrated/,
    );
    const done = await regradeEvaluationResult(database.db, { ...regrade, approvedBy: 'bob' });
    expect(done).toMatchObject({ initialClass: 'C', fromClass: 'C', toClass: 'D' });
    expect(await resultOf('S')).toMatchObject({ initialClass: 'C', finalClass: 'D' });
  });

  it('computes the policy ledger from final classes, with exact city totals', async () => {
    const ledger = await buildEvaluationLedger(database.db, runId);
    const amounts = Object.fromEntries(ledger.entries.map((e) => [`${e.uscc}:${e.leverId}`, e.amount]));
    expect(amounts).toEqual({
      [`${firms.P.uscc}:land-tax-relief`]: 40,
      [`${firms.Q.uscc}:land-tax-relief`]: 40,
      [`${firms.R.uscc}:land-tax-relief`]: 40,
      [`${firms.U.uscc}:land-tax-relief`]: 24, // its own land: 10 own − 4 rented out
      [`${firms.V.uscc}:land-tax-relief`]: 16,
      [`${firms.S.uscc}:surcharge`]: 1000, // re-graded to D
      [`${firms.T.uscc}:surcharge`]: 1000,
    });
    const byKind = Object.fromEntries(ledger.totals.map((t) => [t.kind, t]));
    expect(byKind.land_use_tax_relief).toMatchObject({ amount: 160, enterprises: 5, byClass: { A: 40, B: 120 } });
    expect(byKind.power_surcharge).toMatchObject({ amount: 2000, enterprises: 2, byClass: { D: 2000 } });
  });

  it('lists rectification candidates: class D or tax per 亩 under the floor', async () => {
    const { candidates } = await findEvaluationCandidates(database.db, runId);
    const reasons = Object.fromEntries(candidates.map((c) => [c.uscc, c.reasons.map((r) => r.code).sort()]));
    expect(reasons).toEqual({
      [firms.S.uscc]: ['class', 'tax_per_mu_below_floor'],
      [firms.T.uscc]: ['class', 'tax_per_mu_below_floor'],
      [firms.U.uscc]: ['tax_per_mu_below_floor'],
      [firms.V.uscc]: ['tax_per_mu_below_floor'],
    });
  });

  it('publishes only after review and only with a second person, then allows no re-grade', async () => {
    await refused(publishEvaluationRun(database.db, { runId, approvedBy: 'bob' }), 'conflict', /draft/);
    await refused(
      fileEvaluationAppeal(database.db, {
        runId,
        uscc: firms.T.uscc,
        reason: 'x',
        filedBy: 't',
        scope: { kind: 'all' },
      }),
      'conflict',
      /published/,
    );
    await submitEvaluationRun(database.db, { runId, submittedBy: 'alice' });
    await refused(publishEvaluationRun(database.db, { runId, approvedBy: 'alice' }), 'forbidden', /two-person/);
    const now = new Date('2024-06-01T00:00:00Z');
    const { appealDeadline } = await publishEvaluationRun(database.db, { runId, approvedBy: 'bob', now });
    expect(appealDeadline.toISOString()).toBe('2024-06-16T00:00:00.000Z');
    const shown = await getEvaluationRun(database.db, runId, { kind: 'all' });
    expect(shown).toMatchObject({ status: 'published', submittedBy: 'alice', publishedBy: 'bob' });
    await refused(
      regradeEvaluationResult(database.db, {
        runId,
        uscc: firms.T.uscc,
        toClass: 'C',
        reason: 'x',
        requestedBy: 'alice',
        approvedBy: 'bob',
      }),
      'conflict',
      /published/,
    );
  });

  it('takes appeals inside the window only, and decides them with a recorded decision', async () => {
    const deadline = (await getEvaluationRun(database.db, runId, { kind: 'all' })).appealDeadline!;
    const appeal = (letter: Letter, at: Date) =>
      fileEvaluationAppeal(database.db, {
        runId,
        uscc: firms[letter].uscc,
        reason: '用地面积有误',
        requestedClass: 'C',
        filedBy: `enterprise:${letter}`,
        scope: { kind: 'all' },
        now: at,
      });
    await refused(appeal('T', new Date(deadline.getTime() + 1)), 'conflict', /closed/);
    const t = await appeal('T', deadline);
    await refused(appeal('T', deadline), 'conflict', /open appeal/);
    const s = await appeal('S', new Date(deadline.getTime() - 1000));

    const accept = {
      appealId: t.id,
      decision: 'accept' as const,
      reason: '核实用地',
      decidedBy: 'carol',
      newClass: 'C',
    };
    await refused(decideEvaluationAppeal(database.db, { ...accept, approvedBy: 'carol' }), 'forbidden', /decider/);
    await refused(
      decideEvaluationAppeal(database.db, { ...accept, decidedBy: 'enterprise:T', approvedBy: 'dave' }),
      'forbidden',
      /filed/,
    );
    expect(await decideEvaluationAppeal(database.db, { ...accept, approvedBy: 'dave' })).toMatchObject({
      status: 'accepted',
      classBefore: 'D',
      classAfter: 'C',
    });
    expect(await resultOf('T')).toMatchObject({ initialClass: 'D', finalClass: 'C' });
    await refused(
      decideEvaluationAppeal(database.db, { ...accept, approvedBy: 'dave' }),
      'conflict',
      /already accepted/,
    );
    expect(
      await decideEvaluationAppeal(database.db, {
        appealId: s.id,
        decision: 'reject',
        reason: '数据无误',
        decidedBy: 'carol',
      }),
    ).toMatchObject({ status: 'rejected', classBefore: 'D', classAfter: 'D' });
    const explained = await explainEvaluationResult(database.db, runId, firms.T.uscc, { kind: 'all' });
    expect(explained.appeals).toEqual([
      expect.objectContaining({ status: 'accepted', decidedBy: 'carol', approvedBy: 'dave', classAfter: 'C' }),
    ]);
  });

  it('records every step in an append-only trail', async () => {
    const events = await listEvaluationEvents(database.db, runId);
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ['run_created', 'alice'],
      ['result_regraded', 'bob'],
      ['run_submitted', 'alice'],
      ['run_published', 'bob'],
      ['appeal_filed', 'enterprise:T'],
      ['appeal_filed', 'enterprise:S'],
      ['appeal_accepted', 'carol'],
      ['appeal_rejected', 'carol'],
    ]);
    expect(events[1]!.details).toMatchObject({ requestedBy: 'alice', reason: '重大环境违法', toClass: 'D' });
    await expect(sql`delete from evaluation_event`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`update evaluation_event set actor = 'x'`.execute(database.db)).rejects.toThrow(/append-only/);
  });
});
