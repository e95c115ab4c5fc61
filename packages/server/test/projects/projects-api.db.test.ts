/**
 * The projects API with real sessions: 401 without a session, 403 for roles without register.read, the happy
 * paths (summary, one project, investment growth), a county's staff seeing only their own unit's projects (and a
 * 404 for another unit's project), and validation of the query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../harness/test-database.ts';
import { expectError, openApiFixture, setupTimeoutMs, testTimeoutMs, type ApiFixture } from '../http/api-test-kit.ts';
import { sessionRouteRecorder, signInAs, type TestSession } from '../http/session-kit.ts';
import { loadProjectsScenario, projectCodes, projectFirms } from './projects-scenario.ts';

let fixture: ApiFixture;
let analyst: TestSession;
let haining: TestSession;
let leader: TestSession;
let firm: TestSession;
const api = sessionRouteRecorder(() => fixture.app);

beforeAll(async () => {
  fixture = await openApiFixture();
  await loadProjectsScenario(fixture.database);
  [analyst, haining, leader, firm] = (await signInAs(fixture.app, fixture.database.db, [
    { role: 'city_analyst' },
    { role: 'county_staff', suffix: 'hn', scope: { reportingUnitId: '330481' } },
    { role: 'leader' },
    { role: 'enterprise_user', scope: { uscc: projectFirms.A.uscc } },
  ])) as [TestSession, TestSession, TestSession, TestSession];
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

interface Summary {
  month: number;
  total: { projects: number; startRate: number | null; overdueProjects: number };
  byUnit: { unit: { id: string } }[];
  projects: { code: string }[];
}

const summaryPath = '/api/projects/summary';
const growthPath = '/api/projects/investment-growth';
const detailTemplate = '/api/projects/{code}';

describe(`projects API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('GET /api/projects/summary: the year by unit and cluster; 401, 403, a county sees its own unit', async () => {
    const city = await api.call<Summary>(analyst, 'GET', `${summaryPath}?year=2024`, summaryPath);
    expect(city.status, city.text).toBe(200);
    expect(city.body).toMatchObject({ month: 6, total: { projects: 4, startRate: 75, overdueProjects: 2 } });
    const county = await api.call<Summary>(haining, 'GET', `${summaryPath}?year=2024&month=6`, summaryPath);
    expect(county.status, county.text).toBe(200);
    expect(county.body.byUnit.map((row) => row.unit.id)).toEqual(['330481']);
    expect(county.body.projects.map((row) => row.code).sort()).toEqual([projectCodes.B, projectCodes.C].sort());
    const otherUnit = await api.call<Summary>(haining, 'GET', `${summaryPath}?year=2024&unit=330483`, summaryPath);
    expect(otherUnit.body.projects).toEqual([]);
    expectError(await api.call(null, 'GET', `${summaryPath}?year=2024`, summaryPath), 401, 'unauthenticated');
    expectError(await api.call(leader, 'GET', `${summaryPath}?year=2024`, summaryPath), 403, 'forbidden');
    expectError(await api.call(firm, 'GET', `${summaryPath}?year=2024`, summaryPath), 403, 'forbidden');
    expectError(
      await api.call(analyst, 'GET', `${summaryPath}?year=2024&month=13`, summaryPath),
      400,
      'validation_failed',
    );
    expectError(await api.call(analyst, 'GET', summaryPath, summaryPath), 400, 'validation_failed');
  });

  it('GET /api/projects/{code}: milestones and series; another unit’s project is not found for a county', async () => {
    const path = `/api/projects/${projectCodes.A}?year=2024`;
    const project = await api.call<{ code: string; series: unknown[]; milestones: { state: string }[] }>(
      analyst,
      'GET',
      path,
      detailTemplate,
    );
    expect(project.status, project.text).toBe(200);
    expect(project.body.series).toHaveLength(2);
    expect(project.body.milestones).toHaveLength(7);
    expectError(await api.call(haining, 'GET', path, detailTemplate), 404, 'not_found');
    const own = await api.call(haining, 'GET', `/api/projects/${projectCodes.B}?year=2024`, detailTemplate);
    expect(own.status, own.text).toBe(200);
    expectError(await api.call(null, 'GET', path, detailTemplate), 401, 'unauthenticated');
    expectError(await api.call(leader, 'GET', path, detailTemplate), 403, 'forbidden');
  });

  it('GET /api/projects/investment-growth: clusters against 15 %', async () => {
    const growth = await api.call<{ targetPercent: number; total: { growth: number }; clusters: unknown[] }>(
      analyst,
      'GET',
      `${growthPath}?system=wuda&year=2024`,
      growthPath,
    );
    expect(growth.status, growth.text).toBe(200);
    expect(growth.body.targetPercent).toBe(15);
    expect(growth.body.total.growth).toBeCloseTo(140, 9);
    const county = await api.call<{ total: { currentYuan: number } }>(
      haining,
      'GET',
      `${growthPath}?year=2024`,
      growthPath,
    );
    expect(county.status, county.text).toBe(200);
    expect(county.body.total.currentYuan).toBe(0);
    expectError(await api.call(null, 'GET', `${growthPath}?year=2024`, growthPath), 401, 'unauthenticated');
    expectError(await api.call(leader, 'GET', `${growthPath}?year=2024`, growthPath), 403, 'forbidden');
    expectError(
      await api.call(analyst, 'GET', `${growthPath}?year=2024&system=Bad!`, growthPath),
      400,
      'validation_failed',
    );
  });

  it('answered every projects route with a success', () => {
    expect(api.missingSuccesses('projects-api.db.test.ts')).toEqual([]);
  });
});
