/**
 * Who may call each evaluation route, through real sessions on the hand-checked scenario (all its firms belong to
 * 南湖区 330402): 401 without a session; 403 for the leader and the auditor, who hold no evaluation permission;
 * 403 for a county account of another unit (秀洲区 330411) on every route but the scoped reads, which narrow
 * instead — it sees published runs with no result of 南湖's firms, cannot read their explanation or facts and
 * cannot appeal for them; and the scoped happy paths: 南湖's county account and an enterprise's own account read
 * published runs (never drafts), their own results, explanations, facts and appeals, and the published list,
 * not the full one.
 */
import { isPermission } from '@observatory/core';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../../src/http/app.ts';
import { loadEvaluationSchemes } from '../../src/services/evaluation/load-evaluation-schemes.ts';
import { publishEvaluationRun } from '../../src/services/evaluation/publish-evaluation-run.ts';
import { recordEvaluationFacts } from '../../src/services/evaluation/record-evaluation-facts.ts';
import { startEvaluationRun } from '../../src/services/evaluation/start-evaluation-run.ts';
import { submitEvaluationRun } from '../../src/services/evaluation/submit-evaluation-run.ts';
import { writeFactSchemeDir } from '../evaluation/evaluation-facts-scheme.ts';
import { firms, loadEvaluationScenario, schemeId } from '../evaluation/evaluation-scenario.ts';
import { testEngine } from '../harness/test-database.ts';
import {
  detailPaths,
  expectError,
  openApiFixture,
  routeKey,
  setupTimeoutMs,
  testTimeoutMs,
  type ApiFixture,
} from './api-test-kit.ts';
import { callAs, signInAs, type TestSession } from './session-kit.ts';

let fixture: ApiFixture;
let schemeDir: string;
let draftId: number;
let publishedId: number;
let factId: number;
let s: Record<'admin' | 'analyst' | 'nanhu' | 'xiuzhou' | 'firmP' | 'leader' | 'auditor', TestSession>;

beforeAll(async () => {
  fixture = await openApiFixture();
  const { db } = fixture.database;
  await loadEvaluationScenario(fixture.database);
  schemeDir = writeFactSchemeDir();
  await loadEvaluationSchemes(db, { directory: schemeDir, loadedBy: 'test:loader' });
  factId = (
    await recordEvaluationFacts(db, {
      facts: [{ uscc: firms.P.uscc, year: 2023, tag: 'major_safety_accident', ref: '嘉应急罚〔2023〕12号' }],
      recordedBy: 'clerk',
    })
  ).ids[0]!;
  publishedId = (await startEvaluationRun(db, { schemeId, createdBy: 'alice' })).runId;
  await submitEvaluationRun(db, { runId: publishedId, submittedBy: 'alice' });
  await publishEvaluationRun(db, { runId: publishedId, approvedBy: 'bob' });
  draftId = (await startEvaluationRun(db, { schemeId, createdBy: 'alice' })).runId;
  const [admin, analyst, nanhu, xiuzhou, firmP, leader, auditor] = await signInAs(fixture.app, db, [
    { role: 'city_admin' },
    { role: 'city_analyst' },
    { role: 'county_staff', suffix: 'nanhu', scope: { reportingUnitId: '330402' } },
    { role: 'county_staff', suffix: 'xiuzhou', scope: { reportingUnitId: '330411' } },
    { role: 'enterprise_user', suffix: 'p', scope: { uscc: firms.P.uscc } },
    { role: 'leader' },
    { role: 'auditor' },
  ]);
  s = {
    admin: admin!,
    analyst: analyst!,
    nanhu: nanhu!,
    xiuzhou: xiuzhou!,
    firmP: firmP!,
    leader: leader!,
    auditor: auditor!,
  };
}, setupTimeoutMs);
afterAll(async () => {
  rmSync(schemeDir, { recursive: true, force: true });
  await fixture.destroy();
}, setupTimeoutMs);

const evaluationRoutes = apiRoutes.filter((route) => route.path.startsWith('/api/evaluation/'));
/** A concrete path: the published run, firm P, the recorded fact. */
const pathOf = (template: string) =>
  template
    .replace('{uscc}', firms.P.uscc)
    .replace('{id}', template.startsWith('/api/evaluation/facts/') ? String(factId) : String(publishedId));
const bodyOf = (method: string) => (method === 'get' ? undefined : { uscc: firms.P.uscc, reason: '理由' });
const call = <T = unknown>(session: TestSession | null, method: string, path: string, body?: unknown) =>
  callAs<T>(fixture.app, session, method, path, body);

describe(`access to the evaluation routes on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('covers every evaluation route', () => {
    expect(evaluationRoutes).toHaveLength(26);
    expect(evaluationRoutes.filter((route) => !isPermission(route.access))).toEqual([]);
  });

  it.each(evaluationRoutes.map((route) => [routeKey(route.method, route.path), route] as const))(
    '%s: 401 without a session, 403 for the leader and the auditor',
    async (_key, route) => {
      const method = route.method.toUpperCase();
      const path = pathOf(route.path);
      expectError(await call(null, method, path, bodyOf(route.method)), 401, 'unauthenticated');
      for (const session of [s.leader, s.auditor]) {
        const refused = expectError(await call(session, method, path, bodyOf(route.method)), 403, 'forbidden');
        expect(refused.message).toMatch(/无权/u);
      }
    },
  );

  const unscoped = evaluationRoutes.filter((route) => route.scoping !== 'rows');
  it.each(unscoped.map((route) => [routeKey(route.method, route.path), route] as const))(
    '%s: 403 for county accounts of any unit (city-wide or a permission they lack)',
    async (_key, route) => {
      for (const session of [s.xiuzhou, s.nanhu, s.firmP])
        expectError(
          await call(session, route.method.toUpperCase(), pathOf(route.path), bodyOf(route.method)),
          403,
          'forbidden',
        );
    },
  );

  it('lists schemes and published runs only for county and enterprise accounts', async () => {
    for (const session of [s.nanhu, s.xiuzhou, s.firmP]) {
      const schemes = await call<{ id: string }[]>(session, 'GET', '/api/evaluation/schemes');
      expect(schemes.status, schemes.text).toBe(200);
      const runs = await call<{ id: number; status: string }[]>(session, 'GET', '/api/evaluation/runs');
      expect(runs.body.map((r) => [r.id, r.status])).toEqual([[publishedId, 'published']]);
      expect((await call<unknown[]>(session, 'GET', '/api/evaluation/runs?status=draft')).body).toEqual([]);
      expectError(await call(session, 'GET', `/api/evaluation/runs/${draftId}`), 403, 'forbidden');
    }
    const all = await call<{ id: number }[]>(s.analyst, 'GET', '/api/evaluation/runs');
    expect(all.body.map((r) => r.id)).toEqual([draftId, publishedId]);
  });

  it('shows a published run with the group figures and only the results in the caller’s scope', async () => {
    type Run = { groups: { classCounts: Record<string, number> }[]; results: { uscc: string }[] };
    const path = `/api/evaluation/runs/${publishedId}`;
    const of = async (session: TestSession) => (await call<Run>(session, 'GET', path)).body;
    const city = await of(s.analyst);
    expect(city.results).toHaveLength(10);
    expect((await of(s.nanhu)).results.map((r) => r.uscc).sort()).toEqual(city.results.map((r) => r.uscc).sort());
    const other = await of(s.xiuzhou);
    expect(other.results).toEqual([]);
    expect(other.groups).toEqual(city.groups);
    expect((await of(s.firmP)).results.map((r) => r.uscc)).toEqual([firms.P.uscc]);
  });

  it('explains an enterprise only to its county, itself and the city (403, not 404, for a firm outside)', async () => {
    const explain = (session: TestSession, uscc: string, run = publishedId) =>
      call<{ uscc: string }>(session, 'GET', `/api/evaluation/runs/${run}/enterprises/${uscc}`);
    for (const session of [s.nanhu, s.firmP, s.analyst])
      expect((await explain(session, firms.P.uscc)).body.uscc).toBe(firms.P.uscc);
    expectError(await explain(s.xiuzhou, firms.P.uscc), 403, 'forbidden');
    expectError(await explain(s.firmP, firms.Q.uscc), 403, 'forbidden');
    expectError(await explain(s.xiuzhou, '91330411MA2B00009X'), 403, 'forbidden');
    expectError(await explain(s.analyst, '91330411MA2B00009X'), 404, 'not_found');
    expectError(await explain(s.nanhu, firms.P.uscc, draftId), 403, 'forbidden');
  });

  it('lists evidence facts within the caller’s scope', async () => {
    const facts = async (session: TestSession) =>
      (await call<{ uscc: string }[]>(session, 'GET', '/api/evaluation/facts?year=2023')).body.map((f) => f.uscc);
    expect(await facts(s.admin)).toEqual([firms.P.uscc]);
    expect(await facts(s.nanhu)).toEqual([firms.P.uscc]);
    expect(await facts(s.firmP)).toEqual([firms.P.uscc]);
    expect(await facts(s.xiuzhou)).toEqual([]);
    expectError(
      await call(s.xiuzhou, 'POST', `/api/evaluation/facts/${factId}/retract`, { reason: 'x' }),
      403,
      'forbidden',
    );
  });

  it('files appeals only for an enterprise in the filer’s scope, and lists them so', async () => {
    const appeal = (session: TestSession, uscc: string) =>
      call(session, 'POST', `/api/evaluation/runs/${publishedId}/appeals`, { uscc, reason: '用地面积有误' });
    expectError(await appeal(s.xiuzhou, firms.P.uscc), 403, 'forbidden');
    expectError(await appeal(s.firmP, firms.Q.uscc), 403, 'forbidden');
    const invalid = await call(s.firmP, 'POST', `/api/evaluation/runs/${publishedId}/appeals`, {
      uscc: firms.P.uscc,
      reason: '',
    });
    expect(detailPaths(expectError(invalid, 400, 'validation_failed'))).toEqual(['body.reason']);
    const filed = await appeal(s.firmP, firms.P.uscc);
    expect(filed.status, filed.text).toBe(201);
    const listed = (session: TestSession) =>
      call<{ uscc: string }[]>(session, 'GET', `/api/evaluation/runs/${publishedId}/appeals`);
    expect((await listed(s.nanhu)).body.map((a) => a.uscc)).toEqual([firms.P.uscc]);
    expect((await listed(s.xiuzhou)).body).toEqual([]);
  });

  it('gives the published list to every reader of evaluations, the full list to city-wide exporters only', async () => {
    const list = (session: TestSession, version: string) =>
      call(session, 'GET', `/api/evaluation/runs/${publishedId}/list.xlsx?version=${version}`);
    for (const session of [s.nanhu, s.firmP, s.analyst]) expect((await list(session, 'public')).status).toBe(200);
    for (const session of [s.nanhu, s.xiuzhou, s.firmP]) expectError(await list(session, 'full'), 403, 'forbidden');
    expect((await list(s.analyst, 'full')).status).toBe(200);
  });
});
