/**
 * Evaluations through the API on the hand-checked scenario (test/evaluation/evaluation-scenario.ts): schemes,
 * a run with its results, verification, re-grade, explanation, robustness, ledger, candidates, the workflow
 * (submit, two-person publish, appeal, decision) and the event trail, through the admin token (which names both
 * people of a one-step re-grade or class change). The appeal is filed by the enterprise's own account: a city
 * administrator has no appeal.file. (401/403 per role: evaluation-access-api.db.test.ts and access-matrix.db.test.ts;
 * the two-step approvals with real accounts: evaluation-approval-api.db.test.ts; invalid bodies: api.db.test.ts.)
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEvaluationSchemes } from '../../src/services/evaluation/load-evaluation-schemes.ts';
import { firms, loadEvaluationScenario, schemeId, writeSchemeDir } from '../evaluation/evaluation-scenario.ts';
import { testEngine } from '../harness/test-database.ts';
import {
  expectError,
  openApiFixture,
  routeKey,
  type ApiClient,
  type ApiFixture,
  setupTimeoutMs,
  testTimeoutMs,
} from './api-test-kit.ts';
import { callAs, signInAs, type TestSession } from './session-kit.ts';

let fixture: ApiFixture;
let api: ApiClient;
let schemeDir: string;
let runId: number;
let firmT: TestSession;
beforeAll(async () => {
  fixture = await openApiFixture();
  api = fixture.api;
  await loadEvaluationScenario(fixture.database);
  firmT = (
    await signInAs(fixture.app, fixture.database.db, [{ role: 'enterprise_user', scope: { uscc: firms.T.uscc } }])
  )[0]!;
  schemeDir = writeSchemeDir();
  await loadEvaluationSchemes(fixture.database.db, { directory: schemeDir, loadedBy: 'test:loader' });
}, setupTimeoutMs);
afterAll(async () => {
  rmSync(schemeDir, { recursive: true, force: true });
  await fixture.destroy();
}, setupTimeoutMs);

const run = { params: () => ({ id: runId }) };

describe(`evaluation API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('POST /api/evaluation/schemes/load and GET /api/evaluation/schemes', async () => {
    const loaded = await api.post<{ id: string; status: string }[]>('/api/evaluation/schemes/load', {
      body: { loadedBy: 'bureau' },
    });
    expect(loaded.status, loaded.text).toBe(200);
    expect(loaded.body.map((s) => s.id)).toContain('huangyan-2022');
    const listed = await api.get<{ id: string; name: { zh: string } }[]>('/api/evaluation/schemes');
    expect(listed.status).toBe(200);
    expect(listed.body.map((s) => s.id)).toEqual(expect.arrayContaining([schemeId, 'huangyan-2022']));
  });

  it('POST /api/evaluation/runs starts a draft; GET lists and shows it with classes and reasons', async () => {
    const started = await api.post<{ runId: number; digest: string; enterprises: number }>('/api/evaluation/runs', {
      body: { scheme: schemeId, createdBy: 'alice' },
    });
    expect(started.status, started.text).toBe(201);
    expect(started.body.enterprises).toBe(10);
    runId = started.body.runId;
    expectError(
      await api.post('/api/evaluation/runs', { body: { scheme: 'no-such', createdBy: 'a' } }),
      404,
      'not_found',
    );

    const listed = await api.get<{ id: number; status: string }[]>('/api/evaluation/runs', { query: 'status=draft' });
    expect(listed.body).toEqual([expect.objectContaining({ id: runId, status: 'draft' })]);
    const shown = await api.get<{
      digest: string;
      results: { uscc: string; initialClass: string | null; reason: { code: string } | null }[];
    }>('/api/evaluation/runs/{id}', { params: run.params() });
    expect(shown.status).toBe(200);
    expect(shown.body.digest).toBe(started.body.digest);
    const byUscc = new Map(shown.body.results.map((r) => [r.uscc, r]));
    expect(byUscc.get(firms.P.uscc)!.initialClass).toBe('A');
    expect(byUscc.get(firms.W.uscc)!.reason!.code).toBe('not-in-production');
    expectError(await api.get('/api/evaluation/runs/{id}', { params: { id: 9999 } }), 404, 'not_found');
  });

  it('GET verification recomputes to the same digest', async () => {
    const response = await api.get<{ intact: boolean; reproducible: boolean }>(
      '/api/evaluation/runs/{id}/verification',
      {
        params: run.params(),
      },
    );
    expect(response.body).toMatchObject({ intact: true, reproducible: true, inputChangedSince: false });
  });

  it('POST regrades: a second person approves; GET enterprises/{uscc} explains with both classes', async () => {
    const body = {
      uscc: firms.S.uscc,
      toClass: 'D',
      reason: '重大安全事故',
      requestedBy: 'alice',
      approvedBy: 'alice',
    };
    expectError(await api.post('/api/evaluation/runs/{id}/regrades', { params: run.params(), body }), 403, 'forbidden');
    const done = await api.post('/api/evaluation/runs/{id}/regrades', {
      params: run.params(),
      body: { ...body, approvedBy: 'bob' },
    });
    expect(done.status, done.text).toBe(201);
    const explained = await api.get<{ initialClass: string; finalClass: string; regrades: unknown[] }>(
      '/api/evaluation/runs/{id}/enterprises/{uscc}',
      { params: { ...run.params(), uscc: firms.S.uscc } },
    );
    expect(explained.body).toMatchObject({ initialClass: 'C', finalClass: 'D' });
    expect(explained.body.regrades).toHaveLength(1);
  });

  it('GET robustness, ledger and candidates', async () => {
    const robustness = await api.get<{ enterprises: unknown[] }>('/api/evaluation/runs/{id}/robustness', {
      params: run.params(),
      query: 'seed=7&draws=20',
    });
    expect(robustness.status, robustness.text).toBe(200);
    expect(robustness.body.enterprises).toHaveLength(7);
    const ledger = await api.get<{ totals: { kind: string; amount: number }[] }>('/api/evaluation/runs/{id}/ledger', {
      params: run.params(),
    });
    expect(Object.fromEntries(ledger.body.totals.map((t) => [t.kind, t.amount]))).toEqual({
      land_use_tax_relief: 160,
      power_surcharge: 2000,
    });
    const candidates = await api.get<{ candidates: { uscc: string }[] }>('/api/evaluation/runs/{id}/candidates', {
      params: run.params(),
    });
    expect(candidates.body.candidates.map((c) => c.uscc).sort()).toEqual(
      [firms.S.uscc, firms.T.uscc, firms.U.uscc, firms.V.uscc].sort(),
    );
  });

  it('POST submit and publish (two persons), then an appeal and its decision; GET events', async () => {
    expect(
      (await api.post('/api/evaluation/runs/{id}/submit', { params: run.params(), body: { submittedBy: 'alice' } }))
        .status,
    ).toBe(200);
    expectError(
      await api.post('/api/evaluation/runs/{id}/publish', { params: run.params(), body: { approvedBy: 'alice' } }),
      403,
      'forbidden',
    );
    const published = await api.post<{ appealDeadline: string }>('/api/evaluation/runs/{id}/publish', {
      params: run.params(),
      body: { approvedBy: 'bob', appealDays: 10 },
    });
    expect(published.status, published.text).toBe(200);
    expectError(
      await api.post('/api/evaluation/runs/{id}/appeals', {
        params: run.params(),
        body: { uscc: firms.T.uscc, reason: '税收数据有误', filedBy: 'bureau' },
      }),
      403,
      'forbidden',
    );
    const appeal = await callAs<{ id: number }>(fixture.app, firmT, 'POST', `/api/evaluation/runs/${runId}/appeals`, {
      uscc: firms.T.uscc,
      reason: '税收数据有误',
      requestedClass: 'C',
    });
    expect(appeal.status, appeal.text).toBe(201);
    api.succeeded.add(routeKey('POST', '/api/evaluation/runs/{id}/appeals'));
    const decided = await api.post('/api/evaluation/appeals/{id}/decision', {
      params: { id: appeal.body.id },
      body: { decision: 'accept', reason: '已核实', decidedBy: 'carol', newClass: 'C', approvedBy: 'dave' },
    });
    expect(decided.body).toMatchObject({ status: 'accepted', classBefore: 'D', classAfter: 'C' });
    const events = await api.get<{ action: string }[]>('/api/evaluation/runs/{id}/events', { params: run.params() });
    expect(events.body.map((e) => e.action)).toEqual([
      'run_created',
      'result_regraded',
      'run_submitted',
      'run_published',
      'appeal_filed',
      'appeal_accepted',
    ]);
  });

  it('answered every route this file covers with a success', () => {
    expect(api.missingSuccesses('evaluation-api.db.test.ts')).toEqual([]);
  });
});
