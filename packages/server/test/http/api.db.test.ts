/**
 * The HTTP API as a whole: every route is tested somewhere, health, OpenAPI, the error body, unknown
 * endpoints and ids, body checks (JSON, content type, size), 500 without internals, security headers,
 * and the admin-token rules on every write route.
 */
import { ROLE_DEFINITIONS, type Permission } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes, createApp } from '../../src/http/app.ts';
import { createTestDatabase, testEngine } from '../harness/test-database.ts';
import {
  adminToken,
  allRouteKeys,
  ApiClient,
  detailPaths,
  expectError,
  openApiFixture,
  readResponse,
  routeKey,
  routesCoveredBy,
  testDisclosureRules,
  type ApiFixture,
  type Method,
  setupTimeoutMs,
  testTimeoutMs,
} from './api-test-kit.ts';

let fixture: ApiFixture;
let api: ApiClient;
beforeAll(async () => {
  fixture = await openApiFixture();
  api = fixture.api;
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

const request = async (method: string, path: string, init: RequestInit = {}) =>
  readResponse(await fixture.app.request(path, { method, ...init }));

/** Routes that need a permission (everything but public reads and the signed-in account's own routes). */
const adminRoutes = apiRoutes.filter((route) => route.access !== 'public' && route.access !== 'signed_in');
/** Values for path placeholders when a route is called without caring about the record. */
const sampleParams = { id: 'sanda', uscc: '91350100M000100Y43', year: 2023, code: '1711', login: 'x', system: 'wuda' };

/** For each write route: a body its schema refuses, and the field the error must name. */
const invalidBodies: Record<string, { body: unknown; field: string }> = {
  'PUT /api/registry/systems/{id}': {
    body: { system: { id: 'sanda' }, clusters: [], targets: [] },
    field: 'body.system.name',
  },
  'POST /api/enterprises': { body: { uscc: '91350100M000100Y43', reportingUnit: '330483' }, field: 'body.name' },
  'POST /api/enterprises/{uscc}/names': {
    body: { name: '新名称有限公司', validFrom: '2024-02-30' },
    field: 'body.validFrom',
  },
  'PUT /api/enterprises/{uscc}/years/{year}': {
    body: { industryCode: 1711, aboveScale: true, inProduction: true },
    field: 'body.industryCode',
  },
  'POST /api/enterprises/{uscc}/land-parcels': {
    body: { certificateNo: '浙(2023)桐乡市不动产权第0001号', tenure: 'leased', area: 1, areaUnit: '亩' },
    field: 'body.tenure',
  },
  'POST /api/enterprises/{uscc}/cluster-overrides': {
    body: { system: 'wuda', year: 1900, cluster: null, reason: '主营产品变化', assignedBy: '市经信局' },
    field: 'body.year',
  },
  'PUT /api/sources/{id}/mappings': { body: { columnKey: 'uscc' }, field: 'body.headerLabel' },
  'POST /api/imports/{id}/rollback': { body: { reason: '' }, field: 'body.reason' },
  'PUT /api/statistics/official-rates': {
    body: { measure: 'value_added', period: '2024-13', ratePercent: '7.1', source: '市统计局' },
    field: 'body.period',
  },
  'POST /api/evaluation/schemes/load': { body: { loadedBy: ' ' }, field: 'body.loadedBy' },
  'POST /api/evaluation/runs': { body: { scheme: 'huangyan-2022', version: 0, createdBy: 'a' }, field: 'body.version' },
  'POST /api/evaluation/runs/{id}/submit': { body: { submittedBy: ' ' }, field: 'body.submittedBy' },
  'POST /api/evaluation/runs/{id}/publish': { body: { approvedBy: 'b', appealDays: 400 }, field: 'body.appealDays' },
  'POST /api/evaluation/runs/{id}/regrades': {
    body: { uscc: '91350100M000100Y43', toClass: 'A+', reason: '调档', requestedBy: 'a', approvedBy: 'b' },
    field: 'body.toClass',
  },
  'PUT /api/index/definitions/{id}': {
    body: { format: 'observatory/cluster-index@1', id: 'sanda', version: 0 },
    field: 'body.version',
  },
  'POST /api/evaluation/appeals/{id}/decision': {
    body: { decision: 'maybe', reason: '意见', decidedBy: 'c' },
    field: 'body.decision',
  },
  'POST /api/warnings/run': { body: { period: '2024-13', runBy: 'a' }, field: 'body.period' },
  'POST /api/warnings/{id}/acknowledge': { body: { by: '' }, field: 'body.by' },
  'POST /api/warnings/{id}/close': { body: { by: 'a', note: '' }, field: 'body.note' },
  'POST /api/evaluation/facts': {
    body: { recordedBy: 'clerk', facts: [{ uscc: '91350100M000100Y43', year: 2023, tag: 'x', count: 0 }] },
    field: 'body.facts.0.count',
  },
  'POST /api/evaluation/facts/{id}/retract': { body: { retractedBy: 'clerk', reason: '' }, field: 'body.reason' },
  'POST /api/evaluation/regrades/{id}/approve': { body: { approvedBy: ' ' }, field: 'body.approvedBy' },
  'POST /api/evaluation/regrades/{id}/reject': { body: { rejectedBy: 'b', reason: '' }, field: 'body.reason' },
  'POST /api/evaluation/appeals/{id}/approve': { body: { approvedBy: 'b', note: 7 }, field: 'body.note' },
  'POST /api/evaluation/appeals/{id}/reject': { body: { rejectedBy: '' }, field: 'body.rejectedBy' },
  'POST /api/corrections/{id}/decision': { body: { decision: 'maybe', note: '核实' }, field: 'body.decision' },
  'POST /api/chains/{id}/leads': { body: { linkId: 'nylon', companyName: ' ' }, field: 'body.companyName' },
  'POST /api/chains/leads/{id}/move': { body: { to: 'won' }, field: 'body.to' },
  'POST /api/pools/reviews': {
    body: { uscc: '91350100M000100Y43', tier: 'specialised', reviewedOn: '2024-02-30', outcome: 'kept' },
    field: 'body.reviewedOn',
  },
  'POST /api/chains/{id}/assignments': {
    body: { uscc: '91350100M000100Y43', linkIds: [], reason: '' },
    field: 'body.reason',
  },
  'POST /api/rectification/cases': {
    body: { uscc: '91350100M000100Y43', year: 2023, origin: 'rumour' },
    field: 'body.origin',
  },
  'POST /api/rectification/cases/{id}/move': { body: { to: 'finished' }, field: 'body.to' },
  'POST /api/rectification/targets': { body: { year: 2023, unit: '330402', landMu: -1 }, field: 'body.landMu' },
  'POST /api/platforms': {
    body: { name: '某基地', kind: 'castle', level: 'provincial', reportingUnit: '330402' },
    field: 'body.kind',
  },
  'POST /api/platforms/{id}/status': { body: { status: 'recognised', date: '2024/1/1' }, field: 'body.date' },
  'POST /api/platforms/promotion-organisations': {
    body: { clusterId: 'wuda-textile', name: '协会', type: 'club', contactRole: '秘书处' },
    field: 'body.type',
  },
  'POST /api/targets/{system}/{id}/actuals': { body: { year: 2024, value: -1, sourceText: 'x' }, field: 'body.value' },
};
/**
 * Routes with a JSON body that the admin token (a city administrator) may call; multipart uploads are tested in
 * test/intake, appeals (filed by enterprises and counties, not the city) in evaluation-access-api.db.test.ts.
 */
const jsonBodyRoutes = adminRoutes.filter(
  (route) =>
    route.body &&
    route.bodyKind !== 'multipart' &&
    ROLE_DEFINITIONS.city_admin.permissions.includes(route.access as Permission),
);

describe(`the API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  describe('route coverage', () => {
    it('assigns every route of apiRoutes to exactly one test file, and no route that does not exist', () => {
      const claimed = Object.values(routesCoveredBy).flat();
      expect(new Set(claimed).size).toBe(claimed.length);
      expect([...claimed].sort()).toEqual([...allRouteKeys].sort());
    });
  });

  describe('GET /api/health', () => {
    it('answers ok with the database engine and the version', async () => {
      const response = await api.get('/api/health');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.body).toEqual({ status: 'ok', database: testEngine, version: 'test' });
    });
  });

  describe('GET /api/openapi.json', () => {
    interface OpenApiOperation {
      parameters: { name: string; in: string; required: boolean }[];
      security?: Record<string, string[]>[];
      requestBody?: unknown;
      responses: Record<string, unknown>;
    }
    interface OpenApiDocument {
      openapi: string;
      info: { title: string; version: string };
      paths: Record<string, Record<string, OpenApiOperation>>;
      components: { securitySchemes: Record<string, { type: string; scheme: string }> };
    }
    let document: OpenApiDocument;
    beforeAll(async () => {
      const response = await request('GET', '/api/openapi.json');
      expect(response.status).toBe(200);
      document = response.body as OpenApiDocument;
    });

    it('is OpenAPI 3.1 with the bearer admin token as security scheme', () => {
      expect(document.openapi).toMatch(/^3\.1\./);
      expect(document.info.version).toBe('test');
      expect(document.info.title).toContain('Cluster Observatory');
      expect(document.components.securitySchemes.adminToken).toEqual({ type: 'http', scheme: 'bearer' });
    });

    it.each(apiRoutes.map((route) => [routeKey(route.method, route.path), route] as const))(
      'documents %s with its path parameters, responses and security',
      (_key, route) => {
        const openApiPath = route.path.replace(/:(\w+)/g, '{$1}');
        const operation = document.paths[openApiPath]?.[route.method];
        expect(operation).toBeDefined();
        const pathNames = [...openApiPath.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
        const declared = operation!.parameters.filter((parameter) => parameter.in === 'path');
        expect(declared.map((parameter) => parameter.name).sort()).toEqual(pathNames.sort());
        expect(declared.every((parameter) => parameter.required)).toBe(true);
        expect(Object.keys(operation!.responses)).toContain(String(route.status ?? 200));
        expect(operation!.requestBody !== undefined).toBe(route.body !== undefined);
        if (route.access !== 'public') {
          expect(operation!.security).toEqual([{ sessionCookie: [] }, { adminToken: [] }]);
          expect(Object.keys(operation!.responses)).toEqual(expect.arrayContaining(['400', '401', '403']));
        } else {
          expect(operation!.security).toBeUndefined();
        }
      },
    );

    it('has no path that is not a route', () => {
      const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => routeKey(method, path)),
      );
      expect(documented.sort()).toEqual([...allRouteKeys].sort());
    });
  });

  describe('errors', () => {
    it.each([
      ['GET', '/api/no-such-endpoint'],
      ['POST', '/api/health'],
      ['DELETE', '/api/registry/systems/wuda'],
      ['GET', '/no-such-page'],
    ])('answers %s %s with 404 naming the endpoint', async (method, path) => {
      const error = expectError(await request(method, path), 404, 'not_found');
      expect(error.message).toContain(`${method} ${path}`);
    });

    it.each<[string, Method, string, Record<string, string>]>([
      ['region', 'GET', '/api/regions/{id}', { id: '999999' }],
      ['industry code', 'GET', '/api/industries/{code}', { code: '9999' }],
      ['cluster', 'GET', '/api/registry/clusters/{id}', { id: 'no-such-cluster' }],
      ['system', 'GET', '/api/registry/systems/{id}', { id: 'no-such-system' }],
      ['system (targets)', 'GET', '/api/registry/systems/{id}/targets', { id: 'no-such-system' }],
      ['enterprise', 'GET', '/api/enterprises/{uscc}', { uscc: '91110000600037341L' }],
      [
        'enterprise (year)',
        'PUT',
        '/api/enterprises/{uscc}/years/{year}',
        { uscc: '91110000600037341L', year: '2023' },
      ],
    ])('answers an unknown %s with 404 naming it', async (_what, method, template, params) => {
      const body = method === 'PUT' ? { industryCode: '1711', aboveScale: true, inProduction: true } : undefined;
      const error = expectError(await api.call(method, template, { params, body }), 404, 'not_found');
      expect(error.message).toContain(Object.values(params)[0]);
    });

    it.each([
      ['invalid JSON', 'application/json', '{"uscc": '],
      ['JSON with a charset but cut off', 'application/json; charset=utf-8', '{'],
      ['text/plain', 'text/plain', '{"uscc":"91350100M000100Y43","name":"x","reportingUnit":"330483"}'],
      ['a form', 'application/x-www-form-urlencoded', 'uscc=91350100M000100Y43&name=x&reportingUnit=330483'],
    ])('refuses a write with %s as 400', async (_what, contentType, rawBody) => {
      const error = expectError(await api.post('/api/enterprises', { rawBody, contentType }), 400, 'validation_failed');
      expect(error.message).toMatch(/JSON/);
    });

    it('refuses a write without a content type', async () => {
      const response = await request('POST', '/api/enterprises', {
        headers: { authorization: `Bearer ${adminToken}` },
        body: new TextEncoder().encode('{}'),
      });
      expect(expectError(response, 400, 'validation_failed').message).toMatch(/application\/json/);
    });

    it('refuses a body over 2 MB with 413, and reads one just under it', async () => {
      const name = (length: number) => ({
        uscc: '91350100M000100Y43',
        reportingUnit: '330483',
        name: 'x'.repeat(length),
      });
      const tooLarge = await api.post('/api/enterprises', { body: name(2 * 1024 * 1024) });
      expect(expectError(tooLarge, 413, 'payload_too_large').message).toMatch(/2 MB/);
      const justUnder = await api.post('/api/enterprises', { body: name(2 * 1024 * 1024 - 200) });
      expect(detailPaths(expectError(justUnder, 400, 'validation_failed'))).toEqual(['body.name']);
    });

    it('turns an unexpected failure into 500 without internals, and logs it', async () => {
      const closed = await createTestDatabase();
      await closed.destroy();
      const logged: unknown[] = [];
      const app = createApp(
        { database: closed, version: 'test', adminToken, disclosureRules: testDisclosureRules },
        { log: (error) => logged.push(error) },
      );
      const response = await readResponse(await app.request('/api/health'));
      expect(response.body).toEqual({
        error: { code: 'internal', message: expect.stringContaining('internal server error'), details: [] },
      });
      expect(response.text).not.toMatch(/stack|\.ts:\d+|\bat \S+ \(|destroyed|kysely|pglite/i);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toBeInstanceOf(Error);
    });
  });

  describe('security headers', () => {
    it.each(['/api/health', '/api/no-such-endpoint', '/api/openapi.json', '/'])('are set on %s', async (path) => {
      const { headers } = await request('GET', path);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(headers.get('x-powered-by')).toBeNull();
    });

    it('limits the requests one address sends to the API per minute (429 with Retry-After)', async () => {
      const limited = createApp({
        database: fixture.database,
        version: 'test',
        adminToken,
        disclosureRules: testDisclosureRules,
        requestsPerMinute: 5,
      });
      const statuses: number[] = [];
      for (let i = 0; i < 7; i += 1) statuses.push((await limited.request('/api/health')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      const refused = await readResponse(await limited.request('/api/health'));
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/u);
      expect(expectError(refused, 429, 'rate_limited').message).toMatch(/too many requests/u);
    });

    it('serves a home page in Chinese that links to the API', async () => {
      const response = await request('GET', '/');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.text).toContain('产业集群监测评价平台');
      expect(response.text).toContain('href="/api/openapi.json"');
    });
  });

  describe('write routes need the admin token', () => {
    const cases = adminRoutes.map((route) => [routeKey(route.method, route.path), route] as const);
    const call = (client: ApiClient, route: (typeof adminRoutes)[number], token: string | null) =>
      client.call(route.method.toUpperCase() as Method, route.path, {
        params: sampleParams,
        ...(route.method === 'get' ? {} : { body: {} }),
        token,
      });

    it.each(cases)('%s: 401 without Authorization, and with a wrong token or scheme', async (_key, route) => {
      expect(expectError(await call(api, route, null), 401, 'unauthenticated').message).toMatch(
        /authentication required/,
      );
      for (const token of ['wrong-token', `${adminToken}x`, adminToken.slice(0, -1)]) {
        expect(expectError(await call(api, route, token), 401, 'unauthenticated').message).toMatch(/invalid token/);
      }
      const basic = await fixture.app.request(route.path.replace(/\{(\w+)\}/g, 'x'), {
        method: route.method.toUpperCase(),
        headers: { authorization: `Basic ${btoa(`admin:${adminToken}`)}`, 'content-type': 'application/json' },
        ...(route.method === 'get' ? {} : { body: '{}' }),
      });
      expectError(await readResponse(basic), 401, 'unauthenticated');
    });

    it.each(cases)('%s: 403 when the server has no admin token configured', async (_key, route) => {
      const readOnly = new ApiClient(
        createApp({
          database: fixture.database,
          version: 'test',
          adminToken: null,
          disclosureRules: testDisclosureRules,
        }),
      );
      const error = expectError(await call(readOnly, route, adminToken), 403, 'forbidden');
      expect(error.message).toMatch(/no admin token configured/);
      expect((await readOnly.get('/api/registry/systems/{id}', { params: { id: 'sanda' } })).status).toBe(200);
    });

    const bodyCases = jsonBodyRoutes.map((route) => [routeKey(route.method, route.path), route] as const);
    it.each(bodyCases)('%s: 400 naming the field of an invalid body', async (key, route) => {
      const invalid = invalidBodies[key];
      expect(invalid, `add an invalid body for ${key} to invalidBodies`).toBeDefined();
      const response = await api.call(route.method.toUpperCase() as Method, route.path, {
        params: sampleParams,
        body: invalid!.body,
      });
      expect(detailPaths(expectError(response, 400, 'validation_failed'))).toContain(invalid!.field);
    });

    it('changes nothing when a write is refused', async () => {
      const before = await api.get('/api/registry/systems/{id}', { params: { id: 'sanda' } });
      const refused = await api.put('/api/registry/systems/{id}', {
        params: { id: 'sanda' },
        body: {},
        token: 'wrong',
      });
      expect(refused.status).toBe(401);
      expect((await api.get('/api/registry/systems/{id}', { params: { id: 'sanda' } })).body).toEqual(before.body);
    });
  });

  it('answered every route this file covers with a success', () => {
    expect(api.missingSuccesses('api.db.test.ts')).toEqual([]);
  });
});
