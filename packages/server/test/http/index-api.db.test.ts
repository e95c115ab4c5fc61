/**
 * The cluster index through the API on the scenario of test/cluster-index: definitions listed and stored as a
 * new version (with the refusals), the index of a period and the fixed-base series, each with 401 without a
 * token and 403 when the server has no admin token; the answers carry cluster figures only, never a firm's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createApp } from '../../src/http/app.ts';
import { firms, importClusterIndexFiles, testDefinitionYaml } from '../cluster-index/cluster-index-scenario.ts';
import { testEngine } from '../harness/test-database.ts';
import {
  ApiClient,
  adminToken,
  detailPaths,
  expectError,
  openApiFixture,
  setupTimeoutMs,
  testDisclosureRules,
  testTimeoutMs,
  type ApiFixture,
  type Method,
} from './api-test-kit.ts';

let fixture: ApiFixture;
let api: ApiClient;
beforeAll(async () => {
  fixture = await openApiFixture();
  api = fixture.api;
  await importClusterIndexFiles(fixture.database);
}, setupTimeoutMs * 2);
afterAll(() => fixture.destroy(), setupTimeoutMs);

const definition = (options?: { version?: number; scaleWeight?: number }) =>
  parseYaml(testDefinitionYaml(options)) as Record<string, unknown>;

interface ClusterIndexBody {
  definition: { id: string; version: number; digest: string };
  digest: string;
  clusters: { cluster: string; rank: number | null; index: number | null }[];
}

const routes: [Method, string, { params?: Record<string, string>; query?: string; body?: unknown }][] = [
  ['GET', '/api/index/definitions', {}],
  ['PUT', '/api/index/definitions/{id}', { params: { id: 'test-cluster-index' }, body: definition() }],
  ['GET', '/api/index/clusters', { query: 'period=2024' }],
  ['GET', '/api/index/series', { query: 'from=2023&to=2024' }],
];

describe(`cluster index API on ${testEngine}`, { timeout: testTimeoutMs * 2 }, () => {
  it.each(routes)(
    '%s %s: 401 without a token, 403 without an admin token configured',
    async (method, path, options) => {
      expectError(await api.call(method, path, { ...options, token: null }), 401, 'unauthenticated');
      const readOnly = new ApiClient(
        createApp({
          database: fixture.database,
          version: 'test',
          adminToken: null,
          disclosureRules: testDisclosureRules,
        }),
      );
      expectError(await readOnly.call(method, path, { ...options, token: adminToken }), 403, 'forbidden');
    },
  );

  it('PUT /api/index/definitions/{id} stores a version; GET lists it beside the shipped one', async () => {
    const stored = await api.put<{ version: number; status: string; digest: string }>('/api/index/definitions/{id}', {
      params: { id: 'test-cluster-index' },
      body: definition(),
    });
    expect(stored.status, stored.text).toBe(200);
    expect(stored.body).toMatchObject({ version: 1, status: 'added' });
    const listed =
      await api.get<{ id: string; version: number; source: string; document: unknown }[]>('/api/index/definitions');
    expect(listed.status).toBe(200);
    expect(listed.body.map((row) => `${row.id}@${row.version}:${row.source}`)).toEqual(
      expect.arrayContaining(['jiaxing-cluster-index@1:file:jiaxing-cluster-index.yaml', 'test-cluster-index@1:api']),
    );
    expect(listed.body.find((row) => row.id === 'test-cluster-index')!.document).toMatchObject({ system: 'sanda' });
  });

  it('PUT refuses a changed document under a stored version (409), a bad field (400) and another id (400)', async () => {
    expectError(
      await api.put('/api/index/definitions/{id}', {
        params: { id: 'test-cluster-index' },
        body: definition({ scaleWeight: 7 }),
      }),
      409,
      'conflict',
    );
    const badWeight = {
      ...definition({ version: 3 }),
      dimensions: [{ id: 'scale', name: { zh: '规模', en: 'scale' }, weight: -1, indicators: [] }],
    };
    const invalid = expectError(
      await api.put('/api/index/definitions/{id}', { params: { id: 'test-cluster-index' }, body: badWeight }),
      400,
      'validation_failed',
    );
    expect(detailPaths(invalid)).toEqual(
      expect.arrayContaining(['body.dimensions.0.weight', 'body.dimensions.0.indicators']),
    );
    const unknownMeasure = definition({ version: 3 });
    (
      unknownMeasure.dimensions as { indicators: { source: { measure?: string } }[] }[]
    )[0]!.indicators[0]!.source.measure = 'no_such_measure';
    const crossChecked = expectError(
      await api.put('/api/index/definitions/{id}', { params: { id: 'test-cluster-index' }, body: unknownMeasure }),
      400,
      'validation_failed',
    );
    expect(crossChecked.details).toContainEqual({
      path: 'body.dimensions.0.indicators.0.source.measure',
      message: expect.stringContaining('unknown measure "no_such_measure"'),
    });
    expectError(
      await api.put('/api/index/definitions/{id}', { params: { id: 'other-index' }, body: definition({ version: 4 }) }),
      400,
      'validation_failed',
    );
  });

  it('GET /api/index/clusters ranks the clusters with the named definition, and repeats its digest', async () => {
    const query = 'period=2024&definition=test-cluster-index';
    const first = await api.get<ClusterIndexBody>('/api/index/clusters', { query });
    expect(first.status, first.text).toBe(200);
    expect(first.body.definition).toMatchObject({ id: 'test-cluster-index', version: 1 });
    expect(first.body.clusters.map((row) => row.rank)).toEqual([1, 2, 3]);
    expect(first.body.clusters.every((row) => row.index !== null && row.index >= 0 && row.index <= 100)).toBe(true);
    const again = await api.get<ClusterIndexBody>('/api/index/clusters', { query });
    expect(again.body.digest).toBe(first.body.digest);
    for (const firm of Object.values(firms)) expect(first.text).not.toContain(firm.uscc);
    expect(first.text).not.toContain('测试企业');
    expectError(await api.get('/api/index/clusters', { query: 'period=2024-13' }), 400, 'validation_failed');
    expectError(
      await api.get('/api/index/clusters', { query: 'period=2024&definition=no-such-index' }),
      404,
      'not_found',
    );
  });

  it('GET /api/index/clusters runs the shipped Jiaxing definition on 五大 by default', async () => {
    const response = await api.get<ClusterIndexBody & { messages: { message: string }[] }>('/api/index/clusters', {
      query: 'period=2024',
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body.definition).toMatchObject({ id: 'jiaxing-cluster-index', version: 1 });
    expect(response.body.clusters).toHaveLength(5);
    expect(response.body.messages.map((message) => message.message).join('\n')).toMatch(/project register/);
  });

  it('GET /api/index/series gives 100 in the base year for every unit', async () => {
    const response = await api.get<{
      baseYear: number;
      units: { unit: string; points: { year: number; index: number | null }[] }[];
    }>('/api/index/series', { query: 'from=2023&to=2024&definition=test-cluster-index' });
    expect(response.status, response.text).toBe(200);
    expect(response.body.baseYear).toBe(2023);
    for (const unit of response.body.units.filter((entry) => entry.points[0]!.index !== null))
      expect(unit.points[0]!.index).toBeCloseTo(100, 9);
    expect(response.body.units.filter((entry) => entry.points[1]!.index !== null).length).toBeGreaterThanOrEqual(4);
    expectError(await api.get('/api/index/series', { query: 'from=2024&to=2023' }), 400, 'validation_failed');
    expectError(
      await api.get('/api/index/series', { query: 'from=2020&to=2024&definition=test-cluster-index' }),
      400,
      'validation_failed',
    );
  });

  it('answered every route this file covers with a success', () => {
    expect(api.missingSuccesses('index-api.db.test.ts')).toEqual([]);
  });
});
