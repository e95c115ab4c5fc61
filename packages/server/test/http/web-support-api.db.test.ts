/**
 * What the web cockpit needs besides the existing tables, on the hand-checked statistics scenario: the session's
 * CSRF token from GET /api/auth/me, the months with statistics, and "every number explains itself" — formula,
 * scope, membership, source batches and revision, and disclosure control that never shows a withheld value or
 * an enterprise to a county caller or the public.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatisticExplanation } from '../../src/services/statistics/explain-statistic.ts';
import type { DisclosedClusterRow } from '../../src/services/disclosure/disclose-cluster-statistics.ts';
import { testEngine } from '../harness/test-database.ts';
import { firms, loadScenario } from '../statistics/statistics-scenario.ts';
import {
  expectError,
  openApiFixture,
  routeKey,
  routesCoveredBy,
  setupTimeoutMs,
  testTimeoutMs,
  type ApiFixture,
} from './api-test-kit.ts';
import { callAs, signInAs, type TestSession } from './session-kit.ts';

let fixture: ApiFixture;
let county: TestSession;
let leader: TestSession;
let enterprise: TestSession;
const succeeded = new Set<string>();
const wan = 10_000;

beforeAll(async () => {
  fixture = await openApiFixture();
  await loadScenario(fixture.database);
  [county, leader, enterprise] = (await signInAs(fixture.app, fixture.database.db, [
    { role: 'county_staff', scope: { reportingUnitId: '330483' } },
    { role: 'leader' },
    { role: 'enterprise_user', scope: { uscc: firms.B.uscc } },
  ])) as [TestSession, TestSession, TestSession];
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

async function get<T>(session: TestSession | null, path: string, template: string) {
  const response = await callAs<T>(fixture.app, session, 'GET', path);
  if (response.status < 300) succeeded.add(routeKey('GET', template));
  return response;
}

/** As the admin token (a city administrator, who may ask for the full audience). */
async function explainAsAdmin(query: string) {
  const response = await fixture.api.get<StatisticExplanation>('/api/statistics/explain', { query });
  if (response.status < 300) succeeded.add(routeKey('GET', '/api/statistics/explain'));
  return response;
}

const explain = (session: TestSession | null, query: string) =>
  get<StatisticExplanation>(session, `/api/statistics/explain?${query}`, '/api/statistics/explain');

describe(`web support API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('GET /api/auth/me answers the session’s CSRF token, and null for the admin token', async () => {
    const me = await get<{ login: string; csrfToken: string | null }>(county, '/api/auth/me', '/api/auth/me');
    expect(me.status, me.text).toBe(200);
    expect(me.body).toMatchObject({ login: county.login, csrfToken: county.csrf });
    const token = await fixture.api.get<{ csrfToken: string | null }>('/api/auth/me');
    expect(token.status, token.text).toBe(200);
    expect(token.body.csrfToken).toBeNull();
  });

  it('GET /api/statistics/periods: the months with data, newest first, and the latest', async () => {
    const response = await get<{ periods: string[]; latest: string }>(
      leader,
      '/api/statistics/periods',
      '/api/statistics/periods',
    );
    expect(response.status, response.text).toBe(200);
    expect(response.body).toEqual({ periods: ['2024-03', '2024-02', '2023-03'], latest: '2024-03' });
    expectError(await callAs(fixture.app, null, 'GET', '/api/statistics/periods'), 401, 'unauthenticated');
    expectError(await callAs(fixture.app, enterprise, 'GET', '/api/statistics/periods'), 403, 'forbidden');
  });

  it('explains a cluster figure in full: value, comparable growth, scope, catalogue, sources and revision', async () => {
    const response = await explainAsAdmin('system=sanda&cluster=sanda-textile-apparel&period=2024-03&audience=full');
    expect(response.status, response.text).toBe(200);
    const body = response.body;
    expect(body).toMatchObject({
      measure: { code: 'industrial_output', unit: 'yuan' },
      period: '2024-03',
      systemId: 'sanda',
      clusterId: 'sanda-textile-apparel',
      value: 468 * wan,
      base: 380 * wan,
      derived: true,
      suppressed: false,
      suppressionReason: null,
      revision: 1,
    });
    expect(body.growth).toBeCloseTo(438 / 380 - 1, 12);
    expect(body.scope.enterpriseCount).toBe(4);
    expect(body.scope.zh).toContain('现代纺织服装产业集群');
    expect(body.formula.zh).toMatch(/2024年1-3月工业总产值.*可比增速/u);
    expect(body.formula.en).toMatch(/comparable growth/u);
    expect(body.membership.catalogue.map((entry) => entry.industryPrefix)).toEqual(
      expect.arrayContaining(['17', '18', '28']),
    );
    expect(body.membership.rule.zh).toContain('GB/T 4754');
    expect(body.sources.map((source) => [source.fileName, source.period, source.revision])).toEqual([
      ['2024-03.csv', '2024-03', 1],
      ['2023-03.csv', '2023-03', 1],
    ]);
    for (const source of body.sources) expect(Number.isNaN(Date.parse(source.importedAt))).toBe(false);
  });

  it('explains the city’s whole 规上 industry without a system, and one unit of a cluster', async () => {
    const city = await explainAsAdmin('period=2024-03&audience=full');
    expect(city.status, city.text).toBe(200);
    expect(city.body).toMatchObject({ systemId: null, clusterId: null, value: 815 * wan, base: 750 * wan });
    expect(city.body.scope.enterpriseCount).toBe(6);
    expect(city.body.membership.catalogue).toEqual([]);
    const unit = await explain(
      county,
      'system=sanda&cluster=sanda-textile-apparel&unit=330483&period=2024-03&audience=unit:330483',
    );
    expect(unit.status, unit.text).toBe(200);
    expect(unit.body).toMatchObject({ reportingUnitId: '330483', value: 270 * wan, suppressed: false });
    expect(unit.body.scope.zh).toContain('桐乡');
  });

  it('never shows a county caller or the public a withheld value, count or enterprise', async () => {
    const response = await explain(county, 'system=sanda&cluster=sanda-fine-chemicals&period=2024-03');
    expect(response.status, response.text).toBe(200);
    expect(response.body).toMatchObject({
      value: null,
      base: null,
      growth: null,
      suppressed: true,
      scope: { enterpriseCount: null },
    });
    expect(response.body.suppressionReason).toMatchObject({ rule: 'frequency' });
    expect(response.body.suppressionReason!.zh).toMatch(/频数/u);
    for (const firm of Object.values(firms)) expect(response.text).not.toContain(firm.uscc);
    expect(response.text).not.toContain('测试企业');
    expect(response.text).not.toContain('2700000');
    const full = await callAs(fixture.app, county, 'GET', '/api/statistics/explain?period=2024-03&audience=full');
    expectError(full, 403, 'forbidden');
    const otherUnit = await callAs(
      fixture.app,
      county,
      'GET',
      '/api/statistics/explain?period=2024-03&audience=unit:330402',
    );
    expectError(otherUnit, 403, 'forbidden');
  });

  it('withholds exactly what the public cluster table withholds, each with its rule', async () => {
    const table = await callAs<DisclosedClusterRow[]>(
      fixture.app,
      leader,
      'GET',
      '/api/statistics/clusters?system=sanda&period=2024-03',
    );
    expect(table.status, table.text).toBe(200);
    expect(table.body.filter((row) => row.suppressed).length).toBeGreaterThanOrEqual(2);
    const rules = new Set<string>();
    for (const row of table.body) {
      const response = await explain(leader, `system=sanda&cluster=${row.cluster}&period=2024-03`);
      expect(response.status, response.text).toBe(200);
      expect(response.body.suppressed, row.cluster).toBe(row.suppressed);
      expect(response.body.value).toBe(row.value);
      if (row.suppressed) rules.add(response.body.suppressionReason!.rule);
      else expect(response.body.suppressionReason).toBeNull();
    }
    expect([...rules].every((rule) => ['frequency', 'dominance', 'secondary'].includes(rule))).toBe(true);
  });

  it('refuses an unknown cluster (404), a cluster of another system and a bad audience (400)', async () => {
    expectError(await explainAsAdmin('cluster=no-such&period=2024-03&audience=full'), 404, 'not_found');
    expectError(
      await explainAsAdmin('system=wuda&cluster=sanda-textile-apparel&period=2024-03&audience=full'),
      400,
      'validation_failed',
    );
    expectError(await explainAsAdmin('period=2024-03&audience=everyone'), 400, 'validation_failed');
    expectError(await explainAsAdmin('period=2024-03&unit=999999&audience=full'), 404, 'not_found');
    expectError(
      await callAs(fixture.app, null, 'GET', '/api/statistics/explain?period=2024-03'),
      401,
      'unauthenticated',
    );
    expectError(
      await callAs(fixture.app, enterprise, 'GET', '/api/statistics/explain?period=2024-03'),
      403,
      'forbidden',
    );
  });

  it('answered every route this file covers with a success', () => {
    expect(routesCoveredBy['web-support-api.db.test.ts'].filter((key) => !succeeded.has(key))).toEqual([]);
  });
});
