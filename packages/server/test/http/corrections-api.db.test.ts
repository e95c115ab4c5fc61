/**
 * Enterprise self-service on the hand-checked statistics scenario: an enterprise's own stored values of a year
 * with their sources, and data corrections — filed by the enterprise or its county (the filer is the session's
 * login, never a name in the body), listed within the caller's scope (pending first), decided once by the city.
 * Scope refusals (403) for other enterprises and units, row-level security on correction_request, and the table's
 * guard against changing a decided request.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withScopedRead } from '../../src/services/access/scoped-read.ts';
import { testEngine } from '../harness/test-database.ts';
import { firms, loadScenario } from '../statistics/statistics-scenario.ts';
import {
  expectError,
  makeUscc,
  openApiFixture,
  routeKey,
  routesCoveredBy,
  setupTimeoutMs,
  testTimeoutMs,
  type ApiFixture,
  type ApiResponse,
} from './api-test-kit.ts';
import { callAs, signInAs, type TestSession } from './session-kit.ts';

let fixture: ApiFixture;
let firmB: TestSession;
let tongxiang: TestSession;
let nanhu: TestSession;
let cityAdmin: TestSession;
let leader: TestSession;
const succeeded = new Set<string>();
const wan = 10_000;

beforeAll(async () => {
  fixture = await openApiFixture();
  await loadScenario(fixture.database);
  [firmB, tongxiang, nanhu, cityAdmin, leader] = (await signInAs(fixture.app, fixture.database.db, [
    { role: 'enterprise_user', scope: { uscc: firms.B.uscc } },
    { role: 'county_staff', suffix: 'tx', scope: { reportingUnitId: '330483' } },
    { role: 'county_staff', suffix: 'nh', scope: { reportingUnitId: '330402' } },
    { role: 'city_admin' },
    { role: 'leader' },
  ])) as [TestSession, TestSession, TestSession, TestSession, TestSession];
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

async function call<T>(
  session: TestSession | null,
  method: 'GET' | 'POST',
  path: string,
  template: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  const response = await callAs<T>(fixture.app, session, method, path, body);
  if (response.status < 300) succeeded.add(routeKey(method, template));
  return response;
}

interface Observations {
  uscc: string;
  observations: {
    measure: string;
    name: { zh: string };
    unit: string;
    period: string;
    value: string;
    fileName: string;
  }[];
}
interface Correction {
  id: number;
  uscc: string;
  period: string;
  currentValue: string | null;
  proposedValue: string;
  filedBy: string;
  status: string;
  decidedBy: string | null;
  message?: { zh: string; en: string };
}

const observationsOf = (session: TestSession | null, uscc: string) =>
  call<Observations>(
    session,
    'GET',
    `/api/enterprises/${uscc}/observations?year=2024`,
    '/api/enterprises/{uscc}/observations',
  );
const file = (session: TestSession, uscc: string, body: Record<string, unknown>) =>
  call<Correction>(
    session,
    'POST',
    `/api/enterprises/${uscc}/corrections`,
    '/api/enterprises/{uscc}/corrections',
    body,
  );
const request = { measure: 'industrial_output', period: '2024-03', proposedValue: '2450000', reason: '月报填错一位' };

describe(`enterprise self-service API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('GET /api/enterprises/{uscc}/observations: the own values with measure names, unit and source', async () => {
    const own = await observationsOf(firmB, firms.B.uscc);
    expect(own.status, own.text).toBe(200);
    const march = own.body.observations.find((row) => row.measure === 'industrial_output' && row.period === '2024-03')!;
    expect(march).toMatchObject({ name: { zh: '工业总产值' }, unit: 'yuan', fileName: '2024-03.csv' });
    expect(Number(march.value)).toBe(240 * wan);
    expect(own.body.observations.map((row) => row.period).sort()).toEqual(['2024-02', '2024-03']);
    expect((await observationsOf(tongxiang, firms.B.uscc)).status).toBe(200);
    expect((await observationsOf(null, firms.B.uscc)).status).toBe(401);
    expectError(await observationsOf(firmB, firms.A.uscc), 403, 'forbidden');
    expectError(await observationsOf(tongxiang, firms.A.uscc), 403, 'forbidden');
    expectError(await observationsOf(leader, firms.B.uscc), 403, 'forbidden');
    expectError(await observationsOf(tongxiang, makeUscc('330483', 'MA2T0099')), 404, 'not_found');
    const missingYear = await callAs(fixture.app, firmB, 'GET', `/api/enterprises/${firms.B.uscc}/observations`);
    expectError(missingYear, 400, 'validation_failed');
  });

  it('POST /api/enterprises/{uscc}/corrections: the own enterprise only, filed in the session’s name', async () => {
    const filed = await file(firmB, firms.B.uscc, { ...request, filedBy: 'someone.else' });
    expect(filed.status, filed.text).toBe(201);
    expect(filed.body).toMatchObject({
      uscc: firms.B.uscc,
      period: '2024-03',
      proposedValue: '2450000',
      filedBy: firmB.login,
      status: 'pending',
      decidedBy: null,
    });
    expect(Number(filed.body.currentValue)).toBe(240 * wan);
    expectError(await file(firmB, firms.B.uscc, request), 409, 'conflict');
    expectError(await file(firmB, firms.A.uscc, request), 403, 'forbidden');
    expectError(await file(tongxiang, firms.A.uscc, request), 403, 'forbidden');
    const byCounty = await file(nanhu, firms.A.uscc, { ...request, period: '2024-02', proposedValue: '710000.5' });
    expect(byCounty.status, byCounty.text).toBe(201);
    expect(byCounty.body.filedBy).toBe(nanhu.login);
    expectError(
      await file(firmB, firms.B.uscc, { ...request, period: '2024-02', proposedValue: '1,5' }),
      400,
      'validation_failed',
    );
    expectError(await file(firmB, firms.B.uscc, { ...request, measure: 'no_such' }), 400, 'validation_failed');
    expectError(await file(cityAdmin, firms.B.uscc, request), 403, 'forbidden');
    const csrfless = await callAs(
      fixture.app,
      { ...firmB, csrf: '' },
      'POST',
      `/api/enterprises/${firms.B.uscc}/corrections`,
      request,
    );
    expectError(csrfless, 403, 'forbidden');
  });

  it('GET /api/corrections: each caller sees the requests of its scope, pending first', async () => {
    const mine = await call<Correction[]>(firmB, 'GET', '/api/corrections', '/api/corrections');
    expect(mine.status, mine.text).toBe(200);
    expect(mine.body.map((row) => row.uscc)).toEqual([firms.B.uscc]);
    const nanhuList = await callAs<Correction[]>(fixture.app, nanhu, 'GET', '/api/corrections');
    expect(nanhuList.body.map((row) => row.uscc)).toEqual([firms.A.uscc]);
    const all = await callAs<(Correction & { enterpriseName: string; measureName: { zh: string } })[]>(
      fixture.app,
      cityAdmin,
      'GET',
      '/api/corrections',
    );
    expect(all.body.map((row) => row.uscc).sort()).toEqual([firms.A.uscc, firms.B.uscc].sort());
    expect(all.body[0]!.measureName.zh).toBe('工业总产值');
    expect(all.body.map((row) => row.enterpriseName).sort()).toEqual(['测试企业A', '测试企业B']);
    expectError(await callAs(fixture.app, leader, 'GET', '/api/corrections'), 403, 'forbidden');
  });

  it('POST /api/corrections/{id}/decision: the city decides once; acceptance is a record, the value comes by re-import', async () => {
    const [pendingB] = (await callAs<Correction[]>(fixture.app, firmB, 'GET', '/api/corrections')).body;
    const accepted = await call<Correction>(
      cityAdmin,
      'POST',
      `/api/corrections/${pendingB!.id}/decision`,
      '/api/corrections/{id}/decision',
      { decision: 'accept', note: '经核实，待统计局重报' },
    );
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', decidedBy: cityAdmin.login });
    expect(accepted.body.message!.zh).toContain('重新导入');
    expect(accepted.body.message!.en).toMatch(/re-import/u);
    const again = await callAs(fixture.app, cityAdmin, 'POST', `/api/corrections/${pendingB!.id}/decision`, {
      decision: 'reject',
      note: '改主意',
    });
    expectError(again, 409, 'conflict');
    const [pendingA] = (await callAs<Correction[]>(fixture.app, nanhu, 'GET', '/api/corrections')).body;
    expectError(
      await callAs(fixture.app, nanhu, 'POST', `/api/corrections/${pendingA!.id}/decision`, {
        decision: 'accept',
        note: 'x',
      }),
      403,
      'forbidden',
    );
    const tokenNoName = await fixture.api.post('/api/corrections/{id}/decision', {
      params: { id: pendingA!.id },
      body: { decision: 'reject', note: '数据无误' },
    });
    expectError(tokenNoName, 400, 'validation_failed');
    const rejected = await fixture.api.post<Correction>('/api/corrections/{id}/decision', {
      params: { id: pendingA!.id },
      body: { decision: 'reject', note: '数据无误', decidedBy: '市经信局 王' },
    });
    expect(rejected.status, rejected.text).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', decidedBy: '市经信局 王' });
    expectError(
      await fixture.api.post('/api/corrections/{id}/decision', {
        params: { id: 9999 },
        body: { decision: 'accept', note: 'x', decidedBy: 'a' },
      }),
      404,
      'not_found',
    );
    // A new pending request comes before the decided ones.
    const refiled = await file(firmB, firms.B.uscc, { ...request, period: '2024-02', proposedValue: '1500000' });
    expect(refiled.status, refiled.text).toBe(201);
    const listed = await callAs<Correction[]>(fixture.app, firmB, 'GET', '/api/corrections');
    expect(listed.body.map((row) => row.status)).toEqual(['pending', 'accepted']);
    const decidedOnly = await callAs<Correction[]>(fixture.app, cityAdmin, 'GET', '/api/corrections?status=rejected');
    expect(decidedOnly.body.map((row) => row.uscc)).toEqual([firms.A.uscc]);
  });

  it('keeps correction_request under row-level security and never changes a decided request', async () => {
    const seen = await withScopedRead(fixture.database, { kind: 'unit', reportingUnitId: '330402' }, (db) =>
      db.selectFrom('correction_request').select('uscc').execute(),
    );
    expect(seen.map((row) => row.uscc)).toEqual([firms.A.uscc]);
    const none = await withScopedRead(fixture.database, { kind: 'none' }, (db) =>
      db.selectFrom('correction_request').select('uscc').execute(),
    );
    expect(none).toEqual([]);
    await expect(
      sql`update correction_request set proposed_value = '1' where status <> 'pending'`.execute(fixture.database.db),
    ).rejects.toThrow(/does not change/u);
    await expect(sql`delete from correction_request`.execute(fixture.database.db)).rejects.toThrow(/never deleted/u);
  });

  it('answered every route this file covers with a success', () => {
    expect(routesCoveredBy['corrections-api.db.test.ts'].filter((key) => !succeeded.has(key))).toEqual([]);
  });
});
