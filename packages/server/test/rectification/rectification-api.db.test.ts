/**
 * The rectification API with real sessions: 401 without a session, 403 for roles without register.read /
 * register.write, a county's staff seeing and changing only their own unit's cases (the actor is the session's
 * login, never a name in the body), the status machine's bilingual refusals, candidates, the bulletin (JSON and
 * xlsx) and targets for city-wide accounts only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../harness/test-database.ts';
import { expectError, openApiFixture, setupTimeoutMs, testTimeoutMs, type ApiFixture } from '../http/api-test-kit.ts';
import { sessionRouteRecorder, signInAs, type TestSession } from '../http/session-kit.ts';
import { firms, loadRectificationScenario, tongxiangFirm, year } from './rectification-scenario.ts';

let fixture: ApiFixture;
let analyst: TestSession;
let admin: TestSession;
let nanhu: TestSession;
let tongxiang: TestSession;
let leader: TestSession;
let firm: TestSession;
const api = sessionRouteRecorder(() => fixture.app);

beforeAll(async () => {
  fixture = await openApiFixture();
  await loadRectificationScenario(fixture.database);
  [analyst, admin, nanhu, tongxiang, leader, firm] = (await signInAs(fixture.app, fixture.database.db, [
    { role: 'city_analyst' },
    { role: 'city_admin' },
    { role: 'county_staff', suffix: 'nh', scope: { reportingUnitId: '330402' } },
    { role: 'county_staff', suffix: 'tx', scope: { reportingUnitId: '330483' } },
    { role: 'leader' },
    { role: 'enterprise_user', scope: { uscc: firms.T.uscc } },
  ])) as TestSession[] as [TestSession, TestSession, TestSession, TestSession, TestSession, TestSession];
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

interface Case {
  id: number;
  uscc: string;
  status: string;
  reportingUnitId: string;
  openedBy: string;
  nextStatuses: string[];
  history: { from: string | null; to: string; by: string }[] | null;
}

const casesPath = '/api/rectification/cases';
const openCase = (session: TestSession | null, body: Record<string, unknown>) =>
  api.call<Case>(session, 'POST', casesPath, casesPath, body);
const moveCase = (session: TestSession | null, id: number, body: Record<string, unknown>) =>
  api.call<Case>(session, 'POST', `${casesPath}/${id}/move`, '/api/rectification/cases/{id}/move', body);

describe(`rectification API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  let caseT: number;
  let caseG: number;

  it('POST /cases: opens within the caller’s unit, the session as the person opening it', async () => {
    expectError(await openCase(null, { uscc: firms.T.uscc, year, origin: 'evaluation' }), 401, 'unauthenticated');
    expectError(await openCase(analyst, { uscc: firms.T.uscc, year, origin: 'evaluation' }), 403, 'forbidden');
    expectError(await openCase(tongxiang, { uscc: firms.T.uscc, year, origin: 'evaluation' }), 403, 'forbidden');
    const opened = await openCase(nanhu, { uscc: firms.T.uscc, year, origin: 'evaluation', openedBy: 'someone.else' });
    expect(opened.status, opened.text).toBe(201);
    expect(opened.body).toMatchObject({ status: 'survey', reportingUnitId: '330402', openedBy: 'county-staff.nh' });
    caseT = opened.body.id;
    expectError(await openCase(admin, { uscc: firms.T.uscc, year, origin: 'data_rule' }), 409, 'conflict');
    const local = await openCase(tongxiang, { uscc: tongxiangFirm, year, origin: 'local_report', note: '低效厂房' });
    expect(local.status, local.text).toBe(201);
    caseG = local.body.id;
    const refused = expectError(
      await openCase(admin, { uscc: firms.P.uscc, year, origin: 'evaluation' }),
      400,
      'validation_failed',
    );
    expect(refused.message).toMatch(/不是.*not a candidate/);
  });

  it('GET /cases and /cases/{id}: every case for the city, a county its own; 403 for another unit’s case', async () => {
    const all = await api.call<Case[]>(analyst, 'GET', `${casesPath}?year=${year}`, casesPath);
    expect(all.status, all.text).toBe(200);
    expect(all.body.map((c) => c.uscc).sort()).toEqual([firms.T.uscc, tongxiangFirm].sort());
    const own = await api.call<Case[]>(tongxiang, 'GET', casesPath, casesPath);
    expect(own.body.map((c) => c.uscc)).toEqual([tongxiangFirm]);
    const filtered = await api.call<Case[]>(admin, 'GET', `${casesPath}?status=survey&unit=330483`, casesPath);
    expect(filtered.body.map((c) => c.id)).toEqual([caseG]);
    expectError(await api.call(leader, 'GET', casesPath, casesPath), 403, 'forbidden');
    expectError(await api.call(firm, 'GET', casesPath, casesPath), 403, 'forbidden');
    expectError(await api.call(null, 'GET', casesPath, casesPath), 401, 'unauthenticated');
    expectError(await api.call(admin, 'GET', `${casesPath}?status=done`, casesPath), 400, 'validation_failed');

    const one = await api.call<Case>(nanhu, 'GET', `${casesPath}/${caseT}`, '/api/rectification/cases/{id}');
    expect(one.status, one.text).toBe(200);
    expect(one.body.history).toEqual([expect.objectContaining({ from: null, to: 'survey', by: 'county-staff.nh' })]);
    expectError(
      await api.call(tongxiang, 'GET', `${casesPath}/${caseT}`, '/api/rectification/cases/{id}'),
      403,
      'forbidden',
    );
    expectError(await api.call(admin, 'GET', `${casesPath}/99999`, '/api/rectification/cases/{id}'), 404, 'not_found');
  });

  it('POST /cases/{id}/move: one step with its fields, own unit only, bilingual refusals', async () => {
    expectError(await moveCase(tongxiang, caseT, { to: 'confirmed' }), 403, 'forbidden');
    expectError(await moveCase(analyst, caseT, { to: 'confirmed' }), 403, 'forbidden');
    const skip = expectError(await moveCase(nanhu, caseT, { to: 'implementing' }), 400, 'validation_failed');
    expect(skip.message).toBe(
      '只能逐步推进：摸排 → 实施 不允许 (One step forward at a time: Survey → Implementing is not allowed)',
    );
    expect((await moveCase(nanhu, caseT, { to: 'confirmed', by: 'x' })).status).toBe(200);
    const noPlan = expectError(await moveCase(nanhu, caseT, { to: 'planned' }), 400, 'validation_failed');
    expect(noPlan.details).toEqual([{ path: 'body.planType', message: 'A plan type is needed before the plan stage' }]);
    const planned = await moveCase(nanhu, caseT, { to: 'planned', planType: 'merger', deadline: '2000-12-31' });
    expect(planned.status, planned.text).toBe(200);
    expect(planned.body).toMatchObject({ status: 'planned', nextStatuses: ['implementing'], overdue: true });
    expect(planned.body.history!.map((h) => h.by)).toEqual(['county-staff.nh', 'county-staff.nh', 'county-staff.nh']);
  });

  it('GET /candidates: the run’s and the data rules’ candidates within the scope', async () => {
    const city = await api.call<{ runId: number; candidates: { uscc: string; caseId: number | null }[] }>(
      analyst,
      'GET',
      `/api/rectification/candidates?year=${year}`,
      '/api/rectification/candidates',
    );
    expect(city.status, city.text).toBe(200);
    expect(city.body.candidates.find((c) => c.uscc === firms.T.uscc)!.caseId).toBe(caseT);
    expect(city.body.candidates).toHaveLength(6);
    const county = await api.call<{ candidates: unknown[] }>(
      tongxiang,
      'GET',
      `/api/rectification/candidates?year=${year}`,
      '/api/rectification/candidates',
    );
    expect(county.body.candidates).toEqual([]);
    expectError(
      await api.call(leader, 'GET', `/api/rectification/candidates?year=${year}`, '/api/rectification/candidates'),
      403,
      'forbidden',
    );
  });

  it('GET /bulletin (+ .xlsx) by unit; POST /targets for the city only', async () => {
    const target = await api.call(admin, 'POST', '/api/rectification/targets', '/api/rectification/targets', {
      year,
      unit: '330402',
      closedCases: 2,
      landMu: 20,
    });
    expect(target.status, target.text).toBe(201);
    expectError(
      await api.call(nanhu, 'POST', '/api/rectification/targets', '/api/rectification/targets', {
        year,
        unit: '330402',
      }),
      403,
      'forbidden',
    );
    const bulletin = await api.call<{
      units: { reportingUnitId: string; cases: number; targets: unknown }[];
      city: unknown;
    }>(analyst, 'GET', `/api/rectification/bulletin?year=${year}&month=12`, '/api/rectification/bulletin');
    expect(bulletin.status, bulletin.text).toBe(200);
    expect(bulletin.body.units.find((u) => u.reportingUnitId === '330402')).toMatchObject({
      cases: 1,
      targets: { closedCases: 2, landMu: 20 },
    });
    expect(bulletin.body.city).toMatchObject({ cases: 2 });
    const county = await api.call<{ units: { reportingUnitId: string }[]; city: unknown }>(
      tongxiang,
      'GET',
      `/api/rectification/bulletin?year=${year}&month=12`,
      '/api/rectification/bulletin',
    );
    expect(county.body.units.map((u) => u.reportingUnitId)).toEqual(['330483']);
    expect(county.body.city).toBeNull();
    expectError(
      await api.call(admin, 'GET', `/api/rectification/bulletin?year=${year}&month=13`, '/api/rectification/bulletin'),
      400,
      'validation_failed',
    );
    const xlsx = await api.call(
      analyst,
      'GET',
      `/api/rectification/bulletin.xlsx?year=${year}&month=12`,
      '/api/rectification/bulletin.xlsx',
    );
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(xlsx.headers.get('content-disposition')).toContain('filename*=UTF-8');
    expectError(
      await api.call(
        firm,
        'GET',
        `/api/rectification/bulletin.xlsx?year=${year}&month=12`,
        '/api/rectification/bulletin.xlsx',
      ),
      403,
      'forbidden',
    );
  });

  it('answered every rectification route with a success', () => {
    expect(api.missingSuccesses('rectification-api.db.test.ts')).toEqual([]);
  });
});
