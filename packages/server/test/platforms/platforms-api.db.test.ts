/**
 * The platform API with real sessions: 401 without a session, 403 for roles without register.read / register.write,
 * a unit's staff seeing and changing only their own unit's platforms (the recorder is the session's login), the
 * list import as multipart (all or nothing) and promotion organisations for city-wide accounts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../harness/test-database.ts';
import {
  expectError,
  openApiFixture,
  readResponse,
  setupTimeoutMs,
  testTimeoutMs,
  type ApiFixture,
  type ApiResponse,
} from '../http/api-test-kit.ts';
import { sessionRouteRecorder, signInAs, type TestSession } from '../http/session-kit.ts';
import { PLATFORM_LIST_LINES, platformListCsv } from './platforms-scenario.ts';

let fixture: ApiFixture;
let admin: TestSession;
let analyst: TestSession;
let tongxiang: TestSession;
let leader: TestSession;
const api = sessionRouteRecorder(() => fixture.app);

beforeAll(async () => {
  fixture = await openApiFixture();
  [admin, analyst, tongxiang, leader] = (await signInAs(fixture.app, fixture.database.db, [
    { role: 'city_admin' },
    { role: 'city_analyst' },
    { role: 'county_staff', suffix: 'tx', scope: { reportingUnitId: '330483' } },
    { role: 'leader' },
  ])) as [TestSession, TestSession, TestSession, TestSession];
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

async function upload<T>(session: TestSession | null, bytes: Uint8Array, name: string): Promise<ApiResponse<T>> {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from(bytes)]), name);
  const headers: Record<string, string> = session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {};
  const response = await readResponse<T>(
    await fixture.app.request('/api/platforms/import', { method: 'POST', headers, body: form }),
  );
  api.record('POST', '/api/platforms/import', response.status);
  return response;
}

interface Platform {
  id: number;
  name: string;
  reportingUnitId: string;
  status: string;
  createdBy: string;
  history: { status: string; recordedBy: string }[];
}
interface Listed {
  platforms: Platform[];
  counts: { kind: string; reportingUnitId: string; inForce: number }[];
}

describe(`platform API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('POST /api/platforms/import: city staff import the list; a bad list is refused with rows and columns', async () => {
    expectError(await upload(null, platformListCsv(), 'a.csv'), 401, 'unauthenticated');
    expectError(await upload(analyst, platformListCsv(), 'a.csv'), 403, 'forbidden');
    const bad = expectError(
      await upload(admin, platformListCsv(['名称,类别,级别,县（市、区）', '甲,不知道,省级,南湖区']), 'bad.csv'),
      400,
      'validation_failed',
    );
    expect(bad.details[0]!.path).toBe('第 2 行 类别 列 (row 2, column 类别)');
    const imported = await upload<{ created: number }>(admin, platformListCsv(), '平台载体名单.csv');
    expect(imported.status, imported.text).toBe(200);
    expect(imported.body.created).toBe(PLATFORM_LIST_LINES.length - 3);
  });

  it('GET /api/platforms: city-wide for city accounts, own unit for county staff; 401 and 403', async () => {
    const city = await api.call<Listed>(analyst, 'GET', '/api/platforms', '/api/platforms');
    expect(city.status, city.text).toBe(200);
    expect(city.body.platforms).toHaveLength(13);
    const county = await api.call<Listed>(tongxiang, 'GET', '/api/platforms', '/api/platforms');
    expect(county.status, county.text).toBe(200);
    expect(new Set(county.body.platforms.map((p) => p.reportingUnitId))).toEqual(new Set(['330483']));
    expect(county.body.counts.every((row) => row.reportingUnitId === '330483')).toBe(true);
    const other = await api.call<Listed>(tongxiang, 'GET', '/api/platforms?unit=330481', '/api/platforms');
    expect(other.body.platforms).toEqual([]);
    const kind = await api.call<Listed>(analyst, 'GET', '/api/platforms?kind=innovation_complex', '/api/platforms');
    expect(kind.body.platforms).toHaveLength(3);
    // A cluster's platforms include its sub-clusters' (时尚服饰 under 现代纺织).
    const textile = await api.call<Listed>(analyst, 'GET', '/api/platforms?cluster=wuda-textile', '/api/platforms');
    expect(textile.body.platforms.map((p) => p.name).sort()).toEqual(
      ['桐乡化纤新型工业化产业示范基地', '桐乡时尚服饰工业设计基地', '桐乡现代纺织产业创新服务综合体'].sort(),
    );
    const fashion = await api.call<Listed>(
      analyst,
      'GET',
      '/api/platforms?system=wuda&cluster=wuda-textile-fashion',
      '/api/platforms',
    );
    expect(fashion.body.platforms.map((p) => p.name)).toEqual(['桐乡时尚服饰工业设计基地']);
    expectError(await api.call(null, 'GET', '/api/platforms', '/api/platforms'), 401, 'unauthenticated');
    expectError(await api.call(leader, 'GET', '/api/platforms', '/api/platforms'), 403, 'forbidden');
    expectError(
      await api.call(analyst, 'GET', '/api/platforms?kind=castle', '/api/platforms'),
      400,
      'validation_failed',
    );
  });

  it('POST /api/platforms and /{id}/status: own unit for county staff, the session as recorder', async () => {
    const body = {
      name: '桐乡毛衫工业设计基地',
      kind: 'industrial_design_base',
      level: 'provincial',
      reportingUnit: '330483',
      cluster: '时尚服饰',
      cultivatingSince: '2024-03-01',
    };
    const added = await api.call<Platform>(tongxiang, 'POST', '/api/platforms', '/api/platforms', body);
    expect(added.status, added.text).toBe(201);
    expect(added.body).toMatchObject({ status: 'cultivating', createdBy: 'county-staff.tx' });
    expectError(
      await api.call(tongxiang, 'POST', '/api/platforms', '/api/platforms', {
        ...body,
        name: 'x',
        reportingUnit: '330481',
      }),
      403,
      'forbidden',
    );
    expectError(await api.call(analyst, 'POST', '/api/platforms', '/api/platforms', body), 403, 'forbidden');
    expectError(await api.call(admin, 'POST', '/api/platforms', '/api/platforms', body), 409, 'conflict');
    const path = `/api/platforms/${added.body.id}/status`;
    const template = '/api/platforms/{id}/status';
    const moved = await api.call<Platform>(tongxiang, 'POST', path, template, {
      status: 'recognised',
      date: '2024-11-30',
    });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.history.map((h) => [h.status, h.recordedBy])).toEqual([
      ['cultivating', 'county-staff.tx'],
      ['recognised', 'county-staff.tx'],
    ]);
    expectError(
      await api.call(tongxiang, 'POST', path, template, { status: 'cultivating', date: '2025-01-01' }),
      409,
      'conflict',
    );
    const haining = (await api.call<Listed>(admin, 'GET', '/api/platforms?unit=330481', '/api/platforms')).body
      .platforms[0]!;
    expectError(
      await api.call(tongxiang, 'POST', `/api/platforms/${haining.id}/status`, template, {
        status: 'delisted',
        date: '2025-01-01',
      }),
      403,
      'forbidden',
    );
    expectError(
      await api.call(admin, 'POST', '/api/platforms/999999/status', template, {
        status: 'delisted',
        date: '2025-01-01',
      }),
      404,
      'not_found',
    );
  });

  it('promotion organisations: read with register.read, recorded by city-wide accounts only', async () => {
    const path = '/api/platforms/promotion-organisations';
    const body = {
      clusterId: 'wuda-new-energy',
      name: '嘉兴市光伏行业协会',
      type: 'association',
      contactRole: '秘书长办公室',
      officePhone: '0573-83000000',
      foundedDate: '2012-06-01',
    };
    expectError(await api.call(tongxiang, 'POST', path, path, body), 403, 'forbidden');
    expectError(await api.call(analyst, 'POST', path, path, body), 403, 'forbidden');
    expectError(
      await api.call(admin, 'POST', path, path, { ...body, officePhone: '13912345678' }),
      400,
      'validation_failed',
    );
    const recorded = await api.call<{ organisation: { recordedBy: string } }>(admin, 'POST', path, path, body);
    expect(recorded.status, recorded.text).toBe(201);
    expect(recorded.body.organisation.recordedBy).toBe('city-admin');
    const listed = await api.call<{ clusterId: string; organisation: unknown }[]>(
      tongxiang,
      'GET',
      `${path}?system=wuda`,
      path,
    );
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.filter((row) => row.organisation !== null).map((row) => row.clusterId)).toEqual([
      'wuda-new-energy',
    ]);
    expectError(await api.call(leader, 'GET', path, path), 403, 'forbidden');
  });

  it('answered every platform route with a success', () => {
    expect(api.missingSuccesses('platforms-api.db.test.ts')).toEqual([]);
  });
});
