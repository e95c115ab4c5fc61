/**
 * The projects API with real sessions: 401 without a session, 403 for roles without register.read, the happy
 * paths (summary, one project, investment growth), a county's staff seeing only their own unit's projects (and a
 * 404 for another unit's project), and validation of the query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../harness/test-database.ts';
import {
  expectError,
  openApiFixture,
  routeKey,
  routesCoveredBy,
  setupTimeoutMs,
  testTimeoutMs,
  type ApiFixture,
  type ApiResponse,
} from '../http/api-test-kit.ts';
import { callAs, signInAs, type TestSession } from '../http/session-kit.ts';
import { loadProjectsScenario, projectCodes, projectFirms } from './projects-scenario.ts';

let fixture: ApiFixture;
let analyst: TestSession;
let haining: TestSession;
let leader: TestSession;
let firm: TestSession;
const succeeded = new Set<string>();

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

async function get<T>(session: TestSession | null, path: string, template: string): Promise<ApiResponse<T>> {
  const response = await callAs<T>(fixture.app, session, 'GET', path);
  if (response.status < 300) succeeded.add(routeKey('GET', template));
  return response;
}

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
    const city = await get<Summary>(analyst, `${summaryPath}?year=2024`, summaryPath);
    expect(city.status, city.text).toBe(200);
    expect(city.body).toMatchObject({ month: 6, total: { projects: 4, startRate: 75, overdueProjects: 2 } });
    const county = await get<Summary>(haining, `${summaryPath}?year=2024&month=6`, summaryPath);
    expect(county.status, county.text).toBe(200);
    expect(county.body.byUnit.map((row) => row.unit.id)).toEqual(['330481']);
    expect(county.body.projects.map((row) => row.code).sort()).toEqual([projectCodes.B, projectCodes.C].sort());
    const otherUnit = await get<Summary>(haining, `${summaryPath}?year=2024&unit=330483`, summaryPath);
    expect(otherUnit.body.projects).toEqual([]);
    expectError(await get(null, `${summaryPath}?year=2024`, summaryPath), 401, 'unauthenticated');
    expectError(await get(leader, `${summaryPath}?year=2024`, summaryPath), 403, 'forbidden');
    expectError(await get(firm, `${summaryPath}?year=2024`, summaryPath), 403, 'forbidden');
    expectError(await get(analyst, `${summaryPath}?year=2024&month=13`, summaryPath), 400, 'validation_failed');
    expectError(await get(analyst, summaryPath, summaryPath), 400, 'validation_failed');
  });

  it('GET /api/projects/{code}: milestones and series; another unit’s project is not found for a county', async () => {
    const path = `/api/projects/${projectCodes.A}?year=2024`;
    const project = await get<{ code: string; series: unknown[]; milestones: { state: string }[] }>(
      analyst,
      path,
      detailTemplate,
    );
    expect(project.status, project.text).toBe(200);
    expect(project.body.series).toHaveLength(2);
    expect(project.body.milestones).toHaveLength(7);
    expectError(await get(haining, path, detailTemplate), 404, 'not_found');
    const own = await get(haining, `/api/projects/${projectCodes.B}?year=2024`, detailTemplate);
    expect(own.status, own.text).toBe(200);
    expectError(await get(null, path, detailTemplate), 401, 'unauthenticated');
    expectError(await get(leader, path, detailTemplate), 403, 'forbidden');
  });

  it('GET /api/projects/investment-growth: clusters against 15 %', async () => {
    const growth = await get<{ targetPercent: number; total: { growth: number }; clusters: unknown[] }>(
      analyst,
      `${growthPath}?system=wuda&year=2024`,
      growthPath,
    );
    expect(growth.status, growth.text).toBe(200);
    expect(growth.body.targetPercent).toBe(15);
    expect(growth.body.total.growth).toBeCloseTo(140, 9);
    const county = await get<{ total: { currentYuan: number } }>(haining, `${growthPath}?year=2024`, growthPath);
    expect(county.status, county.text).toBe(200);
    expect(county.body.total.currentYuan).toBe(0);
    expectError(await get(null, `${growthPath}?year=2024`, growthPath), 401, 'unauthenticated');
    expectError(await get(leader, `${growthPath}?year=2024`, growthPath), 403, 'forbidden');
    expectError(await get(analyst, `${growthPath}?year=2024&system=Bad!`, growthPath), 400, 'validation_failed');
  });

  it('answered every projects route with a success', () => {
    expect(routesCoveredBy['projects-api.db.test.ts'].filter((key) => !succeeded.has(key))).toEqual([]);
  });
});
