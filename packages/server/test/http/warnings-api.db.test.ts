/**
 * Warnings through the API on the statistics scenario with the test rules (test/warnings): the list with
 * filters and the last run, a run on demand, acknowledge and close, the current rules; 401 without a token
 * and 403 when the server has no admin token, for every route.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { loadWarningRules } from '../../src/services/warnings/load-warning-rules.ts';
import { testEngine } from '../harness/test-database.ts';
import { loadScenario } from '../statistics/statistics-scenario.ts';
import { writeRulesDir } from '../warnings/warnings-scenario.ts';
import {
  ApiClient,
  expectError,
  openApiFixture,
  routesCoveredBy,
  setupTimeoutMs,
  testDisclosureRules,
  testTimeoutMs,
  type ApiFixture,
  type Method,
} from './api-test-kit.ts';

let fixture: ApiFixture;
let api: ApiClient;
let rulesDir: string;
beforeAll(async () => {
  fixture = await openApiFixture();
  api = fixture.api;
  rulesDir = writeRulesDir();
  await loadWarningRules(fixture.database.db, { directory: rulesDir, loadedBy: 'test:rules' });
  await loadScenario(fixture.database);
}, setupTimeoutMs);
afterAll(async () => {
  rmSync(rulesDir, { recursive: true, force: true });
  await fixture.destroy();
}, setupTimeoutMs);

interface WarningBody {
  id: number;
  ruleId: string;
  subject: { id: string };
  severity: string;
  status: string;
  reportingUnitId: string | null;
}

const routes = routesCoveredBy['warnings-api.db.test.ts'].map((key) => {
  const [method, path] = key.split(' ') as [Method, string];
  return [key, method, path] as const;
});
const bodies: Record<string, unknown> = {
  'POST /api/warnings/run': { runBy: 'alice' },
  'POST /api/warnings/{id}/acknowledge': { by: 'alice' },
  'POST /api/warnings/{id}/close': { by: 'alice', note: '已处理' },
};

describe(`warnings API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it.each(routes)('%s: 401 without a token, 403 without an admin token configured', async (key, method, path) => {
    const options = { params: { id: 1 }, body: bodies[key] };
    expectError(await api.call(method, path, { ...options, token: null }), 401, 'unauthenticated');
    const readOnly = new ApiClient(
      createApp({
        database: fixture.database,
        version: 'test',
        adminToken: null,
        disclosureRules: testDisclosureRules,
      }),
    );
    expectError(await readOnly.call(method, path, { ...options, token: 'test-admin-token' }), 403, 'forbidden');
  });

  it('GET /api/warnings lists what the imports raised, red first, with filters and the last run', async () => {
    const listed = await api.get<{ lastRun: { action: string; actor: string }; warnings: WarningBody[] }>(
      '/api/warnings',
    );
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.lastRun).toMatchObject({ action: 'run', actor: 'system:import' });
    expect(listed.body.warnings.map((w) => [w.ruleId, w.subject.id, w.severity])).toEqual(
      expect.arrayContaining([
        ['sanda-growth-low', 'sanda-fine-chemicals', 'orange'],
        ['unit-growth-low', 'jiaxing-port', 'orange'],
      ]),
    );
    const yellow = await api.get<{ warnings: WarningBody[] }>('/api/warnings', { query: 'severity=yellow' });
    expect(yellow.body.warnings.map((w) => w.ruleId)).toEqual(['sanda-below-city']);
    const port = await api.get<{ warnings: WarningBody[] }>('/api/warnings', { query: 'unit=jiaxing-port' });
    expect(port.body.warnings.length).toBeGreaterThan(0);
    expect(port.body.warnings.every((w) => w.reportingUnitId === 'jiaxing-port')).toBe(true);
    expectError(await api.get('/api/warnings', { query: 'status=done' }), 400, 'validation_failed');
  });

  it('POST /api/warnings/run evaluates a month and opens no duplicate', async () => {
    const run = await api.post<{ opened: number; seenAgain: number; period: { year: number; month: number } }>(
      '/api/warnings/run',
      { body: { period: '2024-03', runBy: 'alice' } },
    );
    expect(run.status, run.text).toBe(200);
    expect(run.body).toMatchObject({ opened: 0, seenAgain: 4, period: { year: 2024, month: 3 } });
    expectError(
      await api.post('/api/warnings/run', { body: { period: '2024', runBy: 'a' } }),
      400,
      'validation_failed',
    );
  });

  it('POST acknowledge then close moves a warning along its lifecycle', async () => {
    const { body } = await api.get<{ warnings: WarningBody[] }>('/api/warnings', { query: 'rule=unit-growth-low' });
    const id = body.warnings[0]!.id;
    const acknowledged = await api.post<WarningBody>('/api/warnings/{id}/acknowledge', {
      params: { id },
      body: { by: '港区经发局' },
    });
    expect(acknowledged.status, acknowledged.text).toBe(200);
    expect(acknowledged.body.status).toBe('acknowledged');
    expectError(
      await api.post('/api/warnings/{id}/acknowledge', { params: { id }, body: { by: 'x' } }),
      409,
      'conflict',
    );
    expectError(
      await api.post('/api/warnings/{id}/acknowledge', { params: { id: 99_999 }, body: { by: 'x' } }),
      404,
      'not_found',
    );
    expectError(
      await api.post('/api/warnings/{id}/close', { params: { id }, body: { by: 'x', note: ' ' } }),
      400,
      'validation_failed',
    );
    const closed = await api.post<WarningBody & { closeNote: string }>('/api/warnings/{id}/close', {
      params: { id },
      body: { by: '港区经发局', note: '已约谈企业' },
    });
    expect(closed.status, closed.text).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closeNote: '已约谈企业' });
  });

  it('GET /api/warnings/rules shows the current rule set', async () => {
    const rules = await api.get<{ digest: string; rules: { id: string; enabled: boolean }[] }>('/api/warnings/rules');
    expect(rules.status).toBe(200);
    expect(rules.body.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(rules.body.rules.map((rule) => rule.id)).toContain('sanda-growth-low');
    expect(rules.body.rules.find((rule) => rule.id === 'switched-off')!.enabled).toBe(false);
  });

  it('answered every route this file covers with a success', () => {
    expect(api.missingSuccesses('warnings-api.db.test.ts')).toEqual([]);
  });
});
