/**
 * Statistics through the API on the hand-checked scenario: cluster and unit tables with disclosure control
 * per audience, series, regional measures, target progress, official rates, and the bulletin as data, xlsx and
 * PDF. (401/403 of every admin route: api.db.test.ts.)
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisclosedClusterRow } from '../../src/services/disclosure/disclose-cluster-statistics.ts';
import type { DisclosedUnitRow } from '../../src/services/disclosure/disclose-unit-statistics.ts';
import { testEngine } from '../harness/test-database.ts';
import { loadScenario } from '../statistics/statistics-scenario.ts';
import {
  detailPaths,
  expectError,
  openApiFixture,
  type ApiClient,
  type ApiFixture,
  setupTimeoutMs,
  testTimeoutMs,
} from './api-test-kit.ts';

let fixture: ApiFixture;
let api: ApiClient;
beforeAll(async () => {
  fixture = await openApiFixture();
  api = fixture.api;
  await loadScenario(fixture.database);
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

const wan = 10_000;

describe(`statistics API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('GET /api/statistics/clusters: full figures for a full-access audience', async () => {
    const response = await api.get<DisclosedClusterRow[]>('/api/statistics/clusters', {
      query: 'system=sanda&period=2024-03&audience=full',
    });
    expect(response.status, response.text).toBe(200);
    const textiles = response.body.find((row) => row.cluster === 'sanda-textile-apparel')!;
    expect(textiles).toMatchObject({ value: 468 * wan, base: 380 * wan, rank: 1, suppressed: false, derived: true });
    expect(textiles.yoy).toBeCloseTo(438 / 380 - 1, 12);
    expect(textiles.share).toBeCloseTo(468 / 815, 12);
  });

  it('GET /api/statistics/clusters: the public never sees a cluster of one or two firms, and sees no 0 instead', async () => {
    const response = await api.get<DisclosedClusterRow[]>('/api/statistics/clusters', {
      query: 'system=sanda&period=2024-03',
    });
    expect(response.status, response.text).toBe(200);
    const chemicals = response.body.find((row) => row.cluster === 'sanda-fine-chemicals')!;
    expect(chemicals).toMatchObject({ value: null, yoy: null, share: null, rank: null, suppressed: true });
    for (const row of response.body) if (row.suppressed) expect(row.value).toBeNull();
    // A withheld cluster needs a partner: otherwise the system's total minus the others would give it away.
    expect(response.body.filter((row) => row.suppressed).length).toBeGreaterThanOrEqual(2);
  });

  it("GET /api/statistics/clusters?unit=: a county's own figures are not withheld from its staff", async () => {
    const response = await api.get<DisclosedClusterRow[]>('/api/statistics/clusters', {
      query: 'system=sanda&period=2024-03&unit=330483&audience=unit:330483',
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body.find((row) => row.cluster === 'sanda-textile-apparel')).toMatchObject({
      value: 270 * wan,
      suppressed: false,
    });
  });

  it('GET /api/statistics/units: units compared with ranks, withheld units marked', async () => {
    const full = await api.get<DisclosedUnitRow[]>('/api/statistics/units', {
      query: 'period=2024-03&audience=full',
    });
    expect(full.status, full.text).toBe(200);
    expect(full.body.find((row) => row.unit === '330402')).toMatchObject({ value: 187 * wan, rankByValue: 3 });
    expect(full.body.find((row) => row.unit === 'jiaxing-port')).toMatchObject({ value: 270 * wan, rankByValue: 1 });
    expect(full.body.find((row) => row.unit === '330483')).toMatchObject({ value: 270 * wan, rankByValue: 1 });
    const publicView = await api.get<DisclosedUnitRow[]>('/api/statistics/units', { query: 'period=2024-03' });
    expect(publicView.status, publicView.text).toBe(200);
    for (const row of publicView.body) if (row.suppressed) expect([row.value, row.rankByValue]).toEqual([null, null]);
    expect(publicView.body.find((row) => row.unit === '330421')!.suppressed).toBe(true);
  });

  it('GET /api/statistics/series: the monthly series from the kept aggregates', async () => {
    const response = await api.get<{ year: number; month: number; value: number; monthValue: number | null }[]>(
      '/api/statistics/series',
      { query: 'from=2023-01&to=2024-12&cluster=sanda-textile-apparel' },
    );
    expect(response.status, response.text).toBe(200);
    expect(response.body.map((point) => [point.year, point.month, point.value, point.monthValue])).toEqual([
      [2023, 3, 430 * wan, null],
      [2024, 2, 295 * wan, null],
      [2024, 3, 468 * wan, 173 * wan],
    ]);
    const reversed = await api.get('/api/statistics/series', { query: 'from=2024-12&to=2023-01' });
    expectError(reversed, 400, 'validation_failed');
  });

  it('GET /api/statistics/specialisation: LQs for full access, withheld where the cell is', async () => {
    const full = await api.get<{
      clusters: { id: string }[];
      units: { id: string; locationQuotients: (number | null)[]; stars: (number | null)[] }[];
      firmConcentration: { firms: number; top1Share: number }[] | null;
    }>('/api/statistics/specialisation', { query: 'system=sanda&period=2024-03&audience=full' });
    expect(full.status, full.text).toBe(200);
    const textiles = full.body.clusters.findIndex((cluster) => cluster.id === 'sanda-textile-apparel');
    const tongxiang = full.body.units.find((unit) => unit.id === '330483')!;
    expect(tongxiang.locationQuotients[textiles]).toBeCloseTo(270 / 270 / (468 / 815), 12);
    expect(tongxiang.stars[textiles]).toBe(2); // size and focus (top 10 % of the textile units), LQ 1.7 < 2
    expect(full.body.firmConcentration![textiles]).toMatchObject({ firms: 4 });
    expect(full.body.firmConcentration![textiles]!.top1Share).toBeCloseTo(240 / 468, 12);
    const publicView = await api.get<{ firmConcentration: unknown }>('/api/statistics/specialisation', {
      query: 'system=sanda&period=2024-03',
    });
    expect(publicView.body.firmConcentration).toBeNull();
  });

  it('GET /api/statistics/targets: 五大 targets without a complete year or a register figure say why', async () => {
    const response = await api.get<
      { targetId: string; actualValue: number | null; unavailable: unknown; source: string }[]
    >('/api/statistics/targets', { query: 'system=wuda&year=2024' });
    expect(response.status, response.text).toBe(200);
    expect(response.body.length).toBeGreaterThan(10);
    // The shipped chain files measure the signature chains (a register); nothing else has a figure here.
    expect(response.body.filter((row) => row.source === 'register').map((row) => row.targetId)).toEqual([
      'wuda-industry-chains-2025',
    ]);
    expect(
      response.body
        .filter((row) => row.source !== 'register')
        .every((row) => row.actualValue === null && row.unavailable !== null),
    ).toBe(true);
  });

  it('PUT /api/statistics/official-rates records a rate the bulletin then shows', async () => {
    const put = await api.put('/api/statistics/official-rates', {
      body: { measure: 'industrial_output', period: '2024-03', ratePercent: '7.1', source: '市统计局' },
    });
    expect(put.status, put.text).toBe(200);
    const bulletin = await api.get<{ city: { measure: string; officialGrowth: number | null }[] }>(
      '/api/reports/bulletin',
      { query: 'period=2024-03&system=sanda&audience=full' },
    );
    expect(bulletin.status, bulletin.text).toBe(200);
    expect(bulletin.body.city.find((row) => row.measure === 'industrial_output')!.officialGrowth).toBeCloseTo(
      0.071,
      12,
    );
    const unknown = await api.put('/api/statistics/official-rates', {
      body: { measure: 'output', period: '2024-03', ratePercent: '7.1', source: '市统计局' },
    });
    expect(expectError(unknown, 400, 'validation_failed').message).toMatch(/unknown measure/);
  });

  it('GET /api/reports/bulletin.xlsx and .pdf: files of the right type', async () => {
    const xlsx = await fixture.app.request('/api/reports/bulletin.xlsx?period=2024-03&system=sanda', {
      headers: { authorization: 'Bearer test-admin-token' },
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.length).toBeGreaterThan(2);
    api.succeeded.add('GET /api/reports/bulletin.xlsx');
    const pdf = await fixture.app.request('/api/reports/bulletin.pdf?period=2024-03&system=sanda', {
      headers: { authorization: 'Bearer test-admin-token' },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    api.succeeded.add('GET /api/reports/bulletin.pdf');
  });

  it('refuses bad queries with the field named', async () => {
    const response = await api.get('/api/statistics/clusters', {
      query: 'system=sanda&period=2024-3x&audience=friends',
    });
    const paths = detailPaths(expectError(response, 400, 'validation_failed'));
    expect(paths).toEqual(expect.arrayContaining(['query.period', 'query.audience']));
    const missing = await api.get('/api/statistics/clusters', { query: 'system=nope&period=2024-03' });
    expectError(missing, 404, 'not_found');
  });

  it('answered every route this file covers with a success', () => {
    expect(api.missingSuccesses('statistics-api.db.test.ts')).toEqual([]);
  });
});
