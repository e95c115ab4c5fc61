/**
 * The list export and the evidence facts through the API, on the hand-checked scenario with the scheme whose
 * rules use facts (test/evaluation/evaluation-facts-scheme.ts): 401 without a token and 403 without a configured
 * admin token on every new route, the full list of a draft as xlsx, the public list refused (409) before
 * publication and given afterwards, facts recorded (all or nothing), listed and retracted.
 */
import { rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { loadEvaluationSchemes } from '../../src/services/evaluation/load-evaluation-schemes.ts';
import { publishEvaluationRun } from '../../src/services/evaluation/publish-evaluation-run.ts';
import { startEvaluationRun } from '../../src/services/evaluation/start-evaluation-run.ts';
import { submitEvaluationRun } from '../../src/services/evaluation/submit-evaluation-run.ts';
import { writeFactSchemeDir } from '../evaluation/evaluation-facts-scheme.ts';
import { firms, loadEvaluationScenario, schemeId } from '../evaluation/evaluation-scenario.ts';
import { testEngine } from '../harness/test-database.ts';
import {
  adminToken,
  ApiClient,
  detailPaths,
  expectError,
  openApiFixture,
  routesCoveredBy,
  setupTimeoutMs,
  testDisclosureRules,
  testTimeoutMs,
  type ApiFixture,
  type Method,
} from './api-test-kit.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let fixture: ApiFixture;
let api: ApiClient;
let schemeDir: string;
let runId: number;
beforeAll(async () => {
  fixture = await openApiFixture();
  api = fixture.api;
  await loadEvaluationScenario(fixture.database);
  schemeDir = writeFactSchemeDir();
  await loadEvaluationSchemes(fixture.database.db, { directory: schemeDir, loadedBy: 'test:loader' });
  runId = (await startEvaluationRun(fixture.database.db, { schemeId, createdBy: 'alice' })).runId;
}, setupTimeoutMs);
afterAll(async () => {
  rmSync(schemeDir, { recursive: true, force: true });
  await fixture.destroy();
}, setupTimeoutMs);

const newRoutes = routesCoveredBy['evaluation-export-api.db.test.ts'];
const sample = { params: { id: 1 }, body: { recordedBy: 'x', retractedBy: 'x', reason: 'x', facts: [] } };

async function sheetNames(bytes: ArrayBuffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook.worksheets.map((sheet) => sheet.name);
}

describe(`evaluation list and facts API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it.each(newRoutes.map((key) => [key]))(
    '%s: 401 without a token, 403 without a configured admin token',
    async (key) => {
      const [method, path] = key.split(' ') as [Method, string];
      const options = { params: sample.params, ...(method === 'GET' ? {} : { body: sample.body }) };
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

  it('GET list.xlsx: the full list of a draft; the public list only after publication (409 before)', async () => {
    const full = await api.get('/api/evaluation/runs/{id}/list.xlsx', { params: { id: runId }, query: 'version=full' });
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toBe(XLSX);
    expect(full.headers.get('content-disposition')).toMatch(/attachment; .*filename\*=UTF-8''2023/);
    const bytes = await (
      await fixture.app.request(`/api/evaluation/runs/${runId}/list.xlsx?version=full`, {
        headers: { authorization: `Bearer ${adminToken}` },
      })
    ).arrayBuffer();
    expect(await sheetNames(bytes)).toEqual(['汇总 Summary', '规上工业企业 above-scale', '未纳入评价 Excluded']);

    const early = expectError(
      await api.get('/api/evaluation/runs/{id}/list.xlsx', { params: { id: runId } }),
      409,
      'conflict',
    );
    expect(early.message).toMatch(/尚未发布.*only for a published run/);
    const bad = expectError(
      await api.get('/api/evaluation/runs/{id}/list.xlsx', { params: { id: runId }, query: 'version=secret' }),
      400,
      'validation_failed',
    );
    expect(detailPaths(bad)).toEqual(['query.version']);
    expectError(await api.get('/api/evaluation/runs/{id}/list.xlsx', { params: { id: 9999 } }), 404, 'not_found');

    await submitEvaluationRun(fixture.database.db, { runId, submittedBy: 'alice' });
    await publishEvaluationRun(fixture.database.db, { runId, approvedBy: 'bob' });
    const published = await fixture.app.request(`/api/evaluation/runs/${runId}/list.xlsx?version=public`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(published.status).toBe(200);
    expect(await sheetNames(await published.arrayBuffer())).toEqual([
      'A类 优先发展类',
      'B类 鼓励提升类',
      'C类 调控帮扶类',
      'D类 倒逼整治类',
    ]);
    expect((await api.get('/api/evaluation/runs/{id}/list.xlsx', { params: { id: runId } })).status).toBe(200);
  });

  it('POST facts records all or nothing; GET lists by year and USCC; POST retract keeps it as history', async () => {
    const fact = { uscc: firms.P.uscc, year: 2023, tag: 'major_safety_accident', ref: '嘉应急罚〔2023〕12号' };
    const refused = expectError(
      await api.post('/api/evaluation/facts', {
        body: { recordedBy: 'clerk', facts: [fact, { ...fact, uscc: firms.Q.uscc, tag: 'listed_company' }] },
      }),
      400,
      'validation_failed',
    );
    expect(detailPaths(refused)).toEqual(['body.facts.1.tag']);
    expect((await api.get<unknown[]>('/api/evaluation/facts', { query: 'year=2023' })).body).toEqual([]);

    const recorded = await api.post<{ recorded: number; ids: number[] }>('/api/evaluation/facts', {
      body: { recordedBy: 'clerk', facts: [fact, { ...fact, uscc: firms.Q.uscc, count: 2, date: '2023-05-01' }] },
    });
    expect(recorded.status, recorded.text).toBe(201);
    expect(recorded.body.recorded).toBe(2);
    const listed = await api.get<{ id: number; uscc: string; retracted: boolean }[]>('/api/evaluation/facts', {
      query: `year=2023&uscc=${firms.P.uscc}`,
    });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([expect.objectContaining({ uscc: firms.P.uscc, tag: fact.tag, retracted: false })]);

    const id = listed.body[0]!.id;
    const retracted = await api.post<{ retracted: boolean; retractedBy: string }>(
      '/api/evaluation/facts/{id}/retract',
      { params: { id }, body: { retractedBy: 'clerk', reason: '决定已撤销' } },
    );
    expect(retracted.status, retracted.text).toBe(200);
    expect(retracted.body).toMatchObject({ retracted: true, retractedBy: 'clerk' });
    expectError(
      await api.post('/api/evaluation/facts/{id}/retract', {
        params: { id },
        body: { retractedBy: 'clerk', reason: '再次' },
      }),
      409,
      'conflict',
    );
    const all = await api.get<{ retracted: boolean }[]>('/api/evaluation/facts', { query: 'year=2023' });
    expect(all.body.map((f) => f.retracted).sort()).toEqual([false, true]);
  });

  it('answered every route this file covers with a success', () => {
    expect(api.missingSuccesses('evaluation-export-api.db.test.ts')).toEqual([]);
  });
});
