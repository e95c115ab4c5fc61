/**
 * What the API test files share: a fresh database with the shipped registry and an app on it, a small
 * client that fills path templates and records which routes answered with a success, the error-body
 * check, and the list of which test file covers which route (api.db.test.ts checks it against apiRoutes).
 */
import { organizationCodeCheckCharacter, parseDisclosureRules, usccCheckCharacter } from '@observatory/core';
import type { Hono } from 'hono';
import { expect } from 'vitest';
import { DEFAULT_DISCLOSURE_RULES } from '../../src/config.ts';
import { shippedRegistryDir } from '../../src/data-files.ts';
import { apiRoutes, createApp } from '../../src/http/app.ts';
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { waitForDisconnect } from '../harness/cli-database.ts';
import { createTestDatabase, type TestDatabase } from '../harness/test-database.ts';

export const adminToken = 'test-admin-token';

/** The shipped default disclosure rules, as the server runs with them. */
export const testDisclosureRules = parseDisclosureRules(DEFAULT_DISCLOSURE_RULES);

/**
 * The inline projects of vitest.config.ts do not inherit the root testTimeout/hookTimeout, so the files
 * set their own: PGlite is slow to copy, migrate and load on a busy machine.
 */
export const setupTimeoutMs = 120_000;
export const testTimeoutMs = 60_000;

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** "GET /api/regions/{id}": how routes are named in the coverage lists. */
export const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

export const allRouteKeys = apiRoutes.map((route) => routeKey(route.method, route.path));

/** Which file tests which route with at least one successful request. */
export const routesCoveredBy = {
  'import-api.db.test.ts': [
    'GET /api/sources',
    'PUT /api/sources/{id}/mappings',
    'POST /api/imports',
    'GET /api/imports',
    'GET /api/imports/{id}',
    'POST /api/imports/{id}/rollback',
    'GET /api/imports/{id}/report.xlsx',
  ],
  'api.db.test.ts': ['GET /api/health'],
  'auth-api.db.test.ts': [
    'POST /api/auth/login',
    'GET /api/auth/me',
    'POST /api/auth/logout',
    'POST /api/auth/password',
  ],
  'registers-api.db.test.ts': ['GET /api/projects', 'GET /api/pools'],
  'reference-api.db.test.ts': [
    'GET /api/regions',
    'GET /api/regions/{id}',
    'GET /api/reporting-units',
    'GET /api/units',
    'GET /api/industries',
    'GET /api/industries/{code}',
    'GET /api/uscc/check',
  ],
  'registry-api.db.test.ts': [
    'GET /api/registry/systems',
    'GET /api/registry',
    'GET /api/registry/systems/{id}',
    'PUT /api/registry/systems/{id}',
    'GET /api/registry/clusters/{id}',
    'GET /api/registry/systems/{id}/targets',
  ],
  'enterprise-api.db.test.ts': [
    'GET /api/enterprises',
    'GET /api/enterprises/{uscc}',
    'POST /api/enterprises',
    'POST /api/enterprises/{uscc}/names',
    'PUT /api/enterprises/{uscc}/years/{year}',
    'POST /api/enterprises/{uscc}/land-parcels',
    'POST /api/enterprises/{uscc}/cluster-overrides',
  ],
  'statistics-api.db.test.ts': [
    'GET /api/statistics/clusters',
    'GET /api/statistics/units',
    'GET /api/statistics/series',
    'GET /api/statistics/specialisation',
    'GET /api/statistics/targets',
    'PUT /api/statistics/official-rates',
    'GET /api/reports/bulletin',
    'GET /api/reports/bulletin.xlsx',
    'GET /api/reports/bulletin.pdf',
  ],
  'evaluation-api.db.test.ts': [
    'GET /api/evaluation/schemes',
    'POST /api/evaluation/schemes/load',
    'POST /api/evaluation/runs',
    'GET /api/evaluation/runs',
    'GET /api/evaluation/runs/{id}',
    'GET /api/evaluation/runs/{id}/verification',
    'POST /api/evaluation/runs/{id}/submit',
    'POST /api/evaluation/runs/{id}/publish',
    'POST /api/evaluation/runs/{id}/regrades',
    'POST /api/evaluation/runs/{id}/appeals',
    'POST /api/evaluation/appeals/{id}/decision',
    'GET /api/evaluation/runs/{id}/enterprises/{uscc}',
    'GET /api/evaluation/runs/{id}/robustness',
    'GET /api/evaluation/runs/{id}/ledger',
    'GET /api/evaluation/runs/{id}/candidates',
    'GET /api/evaluation/runs/{id}/events',
  ],
  'evaluation-approval-api.db.test.ts': [
    'GET /api/evaluation/runs/{id}/regrades',
    'POST /api/evaluation/regrades/{id}/approve',
    'POST /api/evaluation/regrades/{id}/reject',
    'GET /api/evaluation/runs/{id}/appeals',
    'POST /api/evaluation/appeals/{id}/approve',
    'POST /api/evaluation/appeals/{id}/reject',
  ],
  'warnings-api.db.test.ts': [
    'GET /api/warnings',
    'POST /api/warnings/run',
    'POST /api/warnings/{id}/acknowledge',
    'POST /api/warnings/{id}/close',
    'GET /api/warnings/rules',
  ],
  'evaluation-export-api.db.test.ts': [
    'GET /api/evaluation/runs/{id}/list.xlsx',
    'GET /api/evaluation/facts',
    'POST /api/evaluation/facts',
    'POST /api/evaluation/facts/{id}/retract',
  ],
  'web-support-api.db.test.ts': ['GET /api/statistics/periods', 'GET /api/statistics/explain'],
  'admin-api.db.test.ts': [
    'GET /api/admin/accounts',
    'POST /api/admin/accounts',
    'POST /api/admin/accounts/{login}/disable',
    'POST /api/admin/accounts/{login}/reset',
    'GET /api/admin/roles',
    'GET /api/audit',
    'GET /api/audit/verify',
    'GET /api/audit/export.csv',
  ],
  'corrections-api.db.test.ts': [
    'GET /api/enterprises/{uscc}/observations',
    'POST /api/enterprises/{uscc}/corrections',
    'GET /api/corrections',
    'POST /api/corrections/{id}/decision',
  ],
  'chains-api.db.test.ts': [
    'GET /api/chains',
    'GET /api/chains/{id}',
    'GET /api/chains/{id}/leads',
    'POST /api/chains/{id}/leads',
    'POST /api/chains/leads/{id}/move',
    'POST /api/chains/{id}/assignments',
  ],
  'platforms-api.db.test.ts': [
    'GET /api/platforms',
    'POST /api/platforms',
    'POST /api/platforms/{id}/status',
    'POST /api/platforms/import',
    'GET /api/platforms/promotion-organisations',
    'POST /api/platforms/promotion-organisations',
  ],
  'targets-api.db.test.ts': ['GET /api/targets', 'POST /api/targets/{system}/{id}/actuals'],
  'pools-api.db.test.ts': [
    'GET /api/pools/summary',
    'GET /api/pools/entries',
    'GET /api/pools/candidates',
    'GET /api/pools/transitions',
    'GET /api/pools/clusters',
    'GET /api/pools/criteria',
    'GET /api/pools/targets',
    'POST /api/pools/reviews',
  ],
  'rectification-api.db.test.ts': [
    'GET /api/rectification/cases',
    'GET /api/rectification/cases/{id}',
    'POST /api/rectification/cases',
    'POST /api/rectification/cases/{id}/move',
    'GET /api/rectification/candidates',
    'GET /api/rectification/bulletin',
    'GET /api/rectification/bulletin.xlsx',
    'POST /api/rectification/targets',
  ],
  'rectification-import-api.db.test.ts': ['POST /api/rectification/import'],
  'projects-api.db.test.ts': [
    'GET /api/projects/summary',
    'GET /api/projects/investment-growth',
    'GET /api/projects/{code}',
  ],
  'index-api.db.test.ts': [
    'GET /api/index/definitions',
    'PUT /api/index/definitions/{id}',
    'GET /api/index/clusters',
    'GET /api/index/series',
  ],
} as const satisfies Record<string, readonly string[]>;

export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text when the answer is not JSON. */
  body: T;
  text: string;
}

export interface CallOptions {
  /** Values for the {placeholders} of the path. */
  params?: Record<string, string | number>;
  /** Query string without "?", e.g. "code=a&code=b". */
  query?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is (with contentType). */
  rawBody?: string;
  /** Content-Type of the body; application/json unless given. */
  contentType?: string;
  /** Bearer token: the admin token for every non-public route when undefined, no Authorization header when null. */
  token?: string | null;
}

export class ApiClient {
  /** Route keys that answered 2xx at least once. */
  readonly succeeded = new Set<string>();

  constructor(readonly app: Hono) {}

  async call<T = unknown>(method: Method, template: string, options: CallOptions = {}): Promise<ApiResponse<T>> {
    const key = routeKey(method, template);
    const route = apiRoutes.find((candidate) => routeKey(candidate.method, candidate.path) === key);
    if (!route) throw new Error(`${key} is not one of apiRoutes (use app.request for unknown endpoints)`);
    const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => {
      const value = options.params?.[name];
      if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
      return encodeURIComponent(String(value));
    });
    const headers: Record<string, string> = {};
    const token = options.token === undefined ? (route.access === 'public' ? null : adminToken) : options.token;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (options.rawBody !== undefined || options.body !== undefined) {
      body = options.rawBody ?? JSON.stringify(options.body);
      headers['content-type'] = options.contentType ?? 'application/json';
    }
    const response = await this.app.request(`${path}${options.query ? `?${options.query}` : ''}`, {
      method,
      headers,
      body,
    });
    if (response.ok) this.succeeded.add(key);
    return readResponse<T>(response);
  }

  get<T = unknown>(template: string, options?: CallOptions) {
    return this.call<T>('GET', template, options);
  }

  post<T = unknown>(template: string, options?: CallOptions) {
    return this.call<T>('POST', template, options);
  }

  put<T = unknown>(template: string, options?: CallOptions) {
    return this.call<T>('PUT', template, options);
  }

  /** Routes of a test file that never answered with a success. */
  missingSuccesses(file: keyof typeof routesCoveredBy): string[] {
    return routesCoveredBy[file].filter((key) => !this.succeeded.has(key));
  }
}

export async function readResponse<T>(response: Response): Promise<ApiResponse<T>> {
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
  return { status: response.status, headers: response.headers, body: (isJson ? JSON.parse(text) : text) as T, text };
}

export interface ErrorBody {
  error: { code: string; message: string; details: { path?: string; message: string }[] };
}

/** Checks status and the error shape {"error":{"code","message","details"}}; returns the error. */
export function expectError(response: ApiResponse<unknown>, status: number, code: string): ErrorBody['error'] {
  expect(response.status, response.text).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = response.body as ErrorBody;
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'details', 'message']);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(Array.isArray(body.error.details)).toBe(true);
  for (const detail of body.error.details) {
    expect(typeof detail.message).toBe('string');
    if (detail.path !== undefined) expect(typeof detail.path).toBe('string');
  }
  return body.error;
}

/** The paths named by an error's details. */
export const detailPaths = (error: ErrorBody['error']) => error.details.map((detail) => detail.path);

export interface ApiFixture {
  database: TestDatabase;
  app: Hono;
  api: ApiClient;
  /** Errors the app logged (non-AppErrors that became 500). */
  logged: unknown[];
  destroy(): Promise<void>;
}

/** A fresh database of the test engine with the shipped registry loaded, and an app with the admin token. */
export async function openApiFixture(): Promise<ApiFixture> {
  const database = await createTestDatabase();
  await loadRegistryFiles(database.db, shippedRegistryDir);
  const logged: unknown[] = [];
  // In-process requests have no client address and share one window: the general limit is tested on its own.
  const app = createApp(
    { database, version: 'test', adminToken, disclosureRules: testDisclosureRules, requestsPerMinute: 1_000_000 },
    { log: (error) => logged.push(error) },
  );
  return { database, app, api: new ApiClient(app), logged, destroy: () => destroyTestDatabase(database) };
}

/**
 * TestDatabase.destroy() drops a PostgreSQL database right after closing its pool, while the backends of
 * the pool may still be exiting; the forced drop then makes the dying clients throw uncaught errors. Close
 * first, wait until the backends are gone, then destroy (closing again is a no-op).
 */
export async function destroyTestDatabase(database: TestDatabase): Promise<void> {
  if (database.location.engine === 'postgresql') {
    await database.close();
    await waitForDisconnect(database.location.url);
  }
  await database.destroy();
}

/**
 * A valid USCC (no warning) registered by 市场监管 as an enterprise in the given area, from 8 body characters
 * of its organisation code; both check characters are computed.
 */
export function makeUscc(area: string, orgBody: string): string {
  const first17 = `91${area}${orgBody}${organizationCodeCheckCharacter(orgBody)}`;
  return `${first17}${usccCheckCharacter(first17)}`;
}
