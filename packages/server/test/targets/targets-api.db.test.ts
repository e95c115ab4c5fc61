/**
 * The targets API with real sessions: every target readable with statistics.read (leaders too), 401 without a
 * session; a manual actual recorded by city-wide register staff only (county staff and analysts 403), the recorder
 * being the session's login, and the figure shown with source `manual` afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../harness/test-database.ts';
import { expectError, openApiFixture, setupTimeoutMs, testTimeoutMs, type ApiFixture } from '../http/api-test-kit.ts';
import { sessionRouteRecorder, signInAs, type TestSession } from '../http/session-kit.ts';

let fixture: ApiFixture;
let admin: TestSession;
let analyst: TestSession;
let county: TestSession;
let leader: TestSession;
let firm: TestSession;
const api = sessionRouteRecorder(() => fixture.app);

beforeAll(async () => {
  fixture = await openApiFixture();
  [admin, analyst, county, leader, firm] = (await signInAs(fixture.app, fixture.database.db, [
    { role: 'city_admin' },
    { role: 'city_analyst' },
    { role: 'county_staff', suffix: 'tx', scope: { reportingUnitId: '330483' } },
    { role: 'leader' },
    { role: 'enterprise_user', scope: { uscc: '91330483MA2C00AA1X' } },
  ])) as [TestSession, TestSession, TestSession, TestSession, TestSession];
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

interface Target {
  targetId: string;
  source: string;
  actualValue: number | null;
  owner: string | null;
  section: { id: string };
  manual: { recordedBy: string } | null;
}

const actualsPath = '/api/targets/wuda/wuda-local-multinationals-2025/actuals';
const actualsTemplate = '/api/targets/{system}/{id}/actuals';

describe(`targets API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('GET /api/targets: every target for any statistics reader; 401 without a session', async () => {
    const listed = await api.call<{ year: number; targets: Target[] }>(
      leader,
      'GET',
      '/api/targets?system=wuda&year=2024',
      '/api/targets',
    );
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.year).toBe(2024);
    const multinationals = listed.body.targets.find((t) => t.targetId === 'wuda-local-multinationals-2025')!;
    expect(multinationals).toMatchObject({ source: 'unavailable', actualValue: null, section: { id: 'task-8' } });
    expect((await api.call(county, 'GET', '/api/targets', '/api/targets')).status).toBe(200);
    expectError(await api.call(null, 'GET', '/api/targets', '/api/targets'), 401, 'unauthenticated');
    expectError(await api.call(firm, 'GET', '/api/targets', '/api/targets'), 403, 'forbidden');
    expectError(await api.call(admin, 'GET', '/api/targets?system=nope', '/api/targets'), 404, 'not_found');
  });

  it('POST /api/targets/{system}/{id}/actuals: city-wide register staff, the session as recorder', async () => {
    const body = { year: 2024, value: 6, sourceText: '市商务局 2024 年度统计' };
    expectError(await api.call(null, 'POST', actualsPath, actualsTemplate, body), 401, 'unauthenticated');
    expectError(await api.call(county, 'POST', actualsPath, actualsTemplate, body), 403, 'forbidden');
    expectError(await api.call(analyst, 'POST', actualsPath, actualsTemplate, body), 403, 'forbidden');
    expectError(
      await api.call(admin, 'POST', actualsPath, actualsTemplate, { ...body, value: -1 }),
      400,
      'validation_failed',
    );
    expectError(
      await api.call(admin, 'POST', '/api/targets/wuda/no-such-target/actuals', actualsTemplate, body),
      404,
      'not_found',
    );
    const recorded = await api.call<{ recordedBy: string; value: number }>(
      admin,
      'POST',
      actualsPath,
      actualsTemplate,
      body,
    );
    expect(recorded.status, recorded.text).toBe(201);
    expect(recorded.body).toMatchObject({ recordedBy: 'city-admin', value: 6 });
    const after = await api.call<{ targets: Target[] }>(analyst, 'GET', '/api/targets?year=2024', '/api/targets');
    expect(after.body.targets.find((t) => t.targetId === 'wuda-local-multinationals-2025')).toMatchObject({
      source: 'manual',
      actualValue: 6,
      manual: { recordedBy: 'city-admin' },
    });
  });

  it('answered every targets route with a success', () => {
    expect(api.missingSuccesses('targets-api.db.test.ts')).toEqual([]);
  });
});
