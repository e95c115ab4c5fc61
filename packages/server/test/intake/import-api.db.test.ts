/**
 * The import routes through app.request(): uploading a department file as multipart/form-data (401, 403,
 * committed, rejected, 413 over the upload limit), the import history, one batch with its issues and
 * revisions, rollback, the issue report as .xlsx, the source profiles, and a saved column mapping that lets
 * the next file with that header import. Tests run in order on one database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { importRoutes } from '../../src/http/routes/import.routes.ts';
import type { ImportResult } from '../../src/services/intake/import-result.ts';
import { testEngine } from '../harness/test-database.ts';
import {
  adminToken,
  ApiClient,
  expectError,
  openApiFixture,
  readResponse,
  routeKey,
  routesCoveredBy,
  testDisclosureRules,
  type ApiFixture,
  type ApiResponse,
} from '../http/api-test-kit.ts';
import { statsFirms } from '../fixtures/intake/intake-fixture-data.ts';
import { currentValues, fixture, openXlsx, setupTimeoutMs, storeCounts, testTimeoutMs } from './intake-test-kit.ts';

/** The routes this file tests with at least one success (api.db.test.ts checks the claims of every file). */
const claimedRoutes = [
  'GET /api/sources',
  'PUT /api/sources/{id}/mappings',
  'POST /api/imports',
  'GET /api/imports',
  'GET /api/imports/{id}',
  'POST /api/imports/{id}/rollback',
  'GET /api/imports/{id}/report.xlsx',
];
const thisFile = 'import-api.db.test.ts';

let fixtureApi: ApiFixture;
let api: ApiClient;
beforeAll(async () => {
  fixtureApi = await openApiFixture();
  api = fixtureApi.api;
}, setupTimeoutMs);
afterAll(() => fixtureApi.destroy(), setupTimeoutMs);

interface UploadOptions {
  fields?: Record<string, string>;
  /** The admin token when undefined; no Authorization header when null. */
  token?: string | null;
  app?: ApiFixture['app'];
}

/** POST /api/imports with a multipart form: the file under "file" and the given text fields. */
async function upload(
  name: string,
  bytes: Uint8Array,
  options: UploadOptions = {},
): Promise<ApiResponse<ImportResult>> {
  const form = new FormData();
  form.append('file', new File([Buffer.from(bytes)], name));
  for (const [key, value] of Object.entries(options.fields ?? {})) form.append(key, value);
  const token = options.token === undefined ? adminToken : options.token;
  const response = await (options.app ?? fixtureApi.app).request('/api/imports', {
    method: 'POST',
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
    body: form,
  });
  if (response.ok && (options.app ?? fixtureApi.app) === fixtureApi.app) api.succeeded.add('POST /api/imports');
  return readResponse<ImportResult>(response);
}

const uploadFixture = (name: string, options?: UploadOptions) => upload(name, fixture(name), options);

/** The app of the same database with writes disabled (no admin token configured). */
const readOnlyApp = () =>
  createApp({ database: fixtureApi.database, version: 'test', adminToken: null, disclosureRules: testDisclosureRules });

describe(`the import API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  let committed: ImportResult;
  let rejected: ImportResult;
  let corrected: ImportResult;

  describe('POST /api/imports', () => {
    it('answers 401 without a token and with a wrong one, storing nothing', async () => {
      const before = await storeCounts(fixtureApi.database.db);
      const anonymous = await uploadFixture('stats-2024-10-merged-header.xlsx', { token: null });
      expect(expectError(anonymous, 401, 'unauthenticated').message).toMatch(/authentication required/);
      expectError(await uploadFixture('stats-2024-10-merged-header.xlsx', { token: 'wrong' }), 401, 'unauthenticated');
      expect(await storeCounts(fixtureApi.database.db)).toEqual(before);
    });

    it('answers 403 when writes are disabled', async () => {
      const response = await uploadFixture('stats-2024-10-merged-header.xlsx', { app: readOnlyApp() });
      expect(expectError(response, 403, 'forbidden').message).toMatch(/no admin token configured/);
    });

    it('imports a file: committed, with the batch, revision and counts', async () => {
      const response = await uploadFixture('stats-2024-10-merged-header.xlsx', {
        fields: { createEnterprises: 'true' },
      });
      expect(response.status, response.text).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      committed = response.body;
      expect(committed).toMatchObject({
        status: 'committed',
        source: 'stats-monthly',
        period: { year: 2024, month: 10 },
        sheet: '规上工业',
        revision: 1,
        supersedes: null,
        enterprisesCreated: 8,
        rows: { total: 8, accepted: 8, rejected: 0 },
      });
      expect(committed.batchId).toEqual(expect.any(Number));
      const output = await currentValues(fixtureApi.database.db, 'industrial_output', { year: 2024, month: 10 });
      expect(output.get(statsFirms[0]!.uscc)?.value).toBe('123456000');
    });

    it('answers a rejected file with 200, status rejected and its row-level issues', async () => {
      const response = await uploadFixture('stats-2024-10-broken.xlsx', { fields: { createEnterprises: '是' } });
      expect(response.status, response.text).toBe(200);
      rejected = response.body;
      expect(rejected).toMatchObject({ status: 'rejected', rows: { total: 9, accepted: 0, rejected: 9 } });
      expect(
        rejected.issues.filter((issue) => issue.severity === 'error').map((issue) => [issue.row, issue.code]),
      ).toEqual([
        [10, 'uscc_invalid'],
        [11, 'value_invalid'],
        [12, 'value_negative'],
        [17, 'duplicate_row'],
        [14, 'reporting_unit_unknown'],
        [16, 'industry_code_unknown'],
      ]);
    });

    it('takes the source, period and dry run from the form', async () => {
      const before = await storeCounts(fixtureApi.database.db);
      const dry = await uploadFixture('stats-2024-10-corrected.xlsx', {
        fields: { source: 'stats-monthly', period: '2024-10', dryRun: 'true' },
      });
      expect(dry.body).toMatchObject({ status: 'dry_run', batchId: null, rows: { accepted: 8 } });
      const mismatch = await uploadFixture('stats-2024-10-corrected.xlsx', { fields: { period: '2024-09' } });
      expect(mismatch.body.status).toBe('rejected');
      expect(mismatch.body.issues.map((issue) => issue.code)).toContain('period_mismatch');
      expect((await storeCounts(fixtureApi.database.db)).observations).toBe(before.observations);
    });

    it('refuses a request without a file, a bad period, an unknown source and a JSON body with 400', async () => {
      const noFile = await fixtureApi.app.request('/api/imports', {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}` },
        body: (() => {
          const form = new FormData();
          form.append('source', 'stats-monthly');
          return form;
        })(),
      });
      const error = expectError(await readResponse(noFile), 400, 'validation_failed');
      expect(error.details.map((detail) => detail.path)).toContain('body.file');
      const badPeriod = await uploadFixture('stats-2024-10-corrected.xlsx', { fields: { period: '2024-13' } });
      expect(expectError(badPeriod, 400, 'validation_failed').details.map((detail) => detail.path)).toContain(
        'body.period',
      );
      const unknownSource = await uploadFixture('stats-2024-10-corrected.xlsx', { fields: { source: 'no-such' } });
      expect(expectError(unknownSource, 400, 'validation_failed').message).toContain('no-such');
      const json = await api.post('/api/imports', { body: { file: 'x' } });
      expect(expectError(json, 400, 'validation_failed').message).toMatch(/multipart\/form-data/);
    });

    it('answers 413 for an upload over the 50 MiB limit', async () => {
      const before = await storeCounts(fixtureApi.database.db);
      const response = await upload('huge.csv', new Uint8Array(51 * 1024 * 1024));
      expect(expectError(response, 413, 'payload_too_large').message).toMatch(/50 MB/);
      expect(await storeCounts(fixtureApi.database.db)).toEqual(before);
    });
  });

  describe('GET /api/imports', () => {
    it('lists the batches newest first, filtered by source and paged; 401 without a token', async () => {
      corrected = (await uploadFixture('stats-2024-10-corrected.xlsx')).body;
      expect(corrected).toMatchObject({ status: 'committed', revision: 2, supersedes: committed.batchId });
      const all = await api.get<{ id: number; status: string; source: string; fileName: string }[]>('/api/imports');
      expect(all.status).toBe(200);
      const ids = all.body.map((batch) => batch.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(all.body.find((batch) => batch.id === corrected.batchId)).toMatchObject({
        status: 'committed',
        source: 'stats-monthly',
        fileName: 'stats-2024-10-corrected.xlsx',
        supersedes: committed.batchId,
        createdBy: 'token:admin',
      });
      expect(all.body.find((batch) => batch.id === rejected.batchId)?.status).toBe('rejected');
      const paged = await api.get<{ id: number }[]>('/api/imports', { query: 'source=stats-monthly&limit=1' });
      expect(paged.body.map((batch) => batch.id)).toEqual([ids[0]]);
      expect((await api.get<unknown[]>('/api/imports', { query: 'source=tax-annual' })).body).toEqual([]);
      expectError(await api.get('/api/imports', { token: null }), 401, 'unauthenticated');
      expectError(await new ApiClient(readOnlyApp()).get('/api/imports'), 403, 'forbidden');
    });
  });

  describe('GET /api/imports/{id}', () => {
    it('shows a batch with its issues and the revisions of its source and period', async () => {
      const response = await api.get<{
        status: string;
        issues: { row: number | null; code: string; message: string }[];
        revisions: { revision: number; action: string; batchId: number }[];
      }>('/api/imports/{id}', { params: { id: corrected.batchId! } });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: corrected.batchId,
        status: 'committed',
        supersedes: committed.batchId,
      });
      expect(response.body.issues.map((issue) => [issue.row, issue.code])).toEqual([[10, 'base_missing']]);
      expect(response.body.revisions.map(({ revision, action, batchId }) => [revision, action, batchId])).toEqual([
        [1, 'commit', committed.batchId],
        [2, 'commit', corrected.batchId],
      ]);
      const broken = await api.get<{ status: string; issues: { code: string; message: string }[] }>(
        '/api/imports/{id}',
        { params: { id: rejected.batchId! } },
      );
      expect(broken.body.status).toBe('rejected');
      expect(broken.body.issues).toHaveLength(rejected.issues.length);
      expect(broken.body.issues.find((issue) => issue.code === 'value_invalid')?.message).toContain('abc');
    });

    it('answers 404 for an unknown batch, 400 for an id that is no number, 401 without a token', async () => {
      expectError(await api.get('/api/imports/{id}', { params: { id: 999_999 } }), 404, 'not_found');
      expectError(await api.get('/api/imports/{id}', { params: { id: 'abc' } }), 400, 'validation_failed');
      expectError(await api.get('/api/imports/{id}', { params: { id: 1 }, token: null }), 401, 'unauthenticated');
    });
  });

  describe('GET /api/imports/{id}/report.xlsx', () => {
    it('sends the issue report as an xlsx attachment with a UTF-8 file name, which opens with exceljs', async () => {
      const response = await fixtureApi.app.request(`/api/imports/${rejected.batchId}/report.xlsx`, {
        headers: { authorization: `Bearer ${adminToken}` },
      });
      expect(response.status).toBe(200);
      api.succeeded.add('GET /api/imports/{id}/report.xlsx');
      expect(response.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const fileName = `导入问题报告_批次${rejected.batchId}.xlsx`;
      const disposition = response.headers.get('content-disposition') ?? '';
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; /);
      expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(fileName)}`);
      const workbook = await openXlsx(new Uint8Array(await response.arrayBuffer()));
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['问题清单 Issues', '原表 规上工业']);
      expect(workbook.getWorksheet('问题清单 Issues')!.rowCount).toBe(rejected.issues.length + 1);
      const texts: string[] = [];
      workbook.getWorksheet('问题清单 Issues')!.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      );
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.filter((text) => /^[=+\-@\t\r]/u.test(text))).toEqual([]);
    });

    it('answers 404 for an unknown batch and 401 without a token', async () => {
      expectError(await api.get('/api/imports/{id}/report.xlsx', { params: { id: 999_999 } }), 404, 'not_found');
      expectError(
        await api.get('/api/imports/{id}/report.xlsx', { params: { id: rejected.batchId! }, token: null }),
        401,
        'unauthenticated',
      );
    });
  });

  describe('POST /api/imports/{id}/rollback', () => {
    it('rolls back the current batch, then answers 409 for a second rollback and for a batch not current', async () => {
      const refused = await api.post('/api/imports/{id}/rollback', {
        params: { id: committed.batchId! },
        body: { reason: '数据有误' },
      });
      expectError(refused, 409, 'conflict');
      const response = await api.post('/api/imports/{id}/rollback', {
        params: { id: corrected.batchId! },
        body: { reason: '更正有误' },
      });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toEqual({
        batchId: corrected.batchId,
        status: 'rolled_back',
        currentBatchId: committed.batchId,
        revision: 3,
      });
      const output = await currentValues(fixtureApi.database.db, 'industrial_output', { year: 2024, month: 10 });
      expect(output.get(statsFirms[0]!.uscc)).toMatchObject({ value: '123456000', batchId: committed.batchId });
      const twice = await api.post('/api/imports/{id}/rollback', {
        params: { id: corrected.batchId! },
        body: { reason: '再次' },
      });
      expectError(twice, 409, 'conflict');
    });

    it('needs a reason (400), the admin token (401) and writes enabled (403)', async () => {
      const noReason = await api.post('/api/imports/{id}/rollback', { params: { id: committed.batchId! }, body: {} });
      expect(expectError(noReason, 400, 'validation_failed').details.map((detail) => detail.path)).toEqual([
        'body.reason',
      ]);
      const anonymous = await api.post('/api/imports/{id}/rollback', {
        params: { id: committed.batchId! },
        body: { reason: 'x' },
        token: null,
      });
      expectError(anonymous, 401, 'unauthenticated');
      const readOnly = await new ApiClient(readOnlyApp()).post('/api/imports/{id}/rollback', {
        params: { id: committed.batchId! },
        body: { reason: 'x' },
      });
      expectError(readOnly, 403, 'forbidden');
    });
  });

  describe('sources and column mappings', () => {
    it('GET /api/sources lists the source profiles with their columns (import.read)', async () => {
      const response = await api.get<{ id: string; columns: { key: string; synonyms: string[] }[] }[]>('/api/sources');
      expect(response.status).toBe(200);
      expect(response.body.map((source) => source.id).sort()).toEqual([
        'cultivation-pools',
        'environment-annual',
        'land-parcels',
        'power-monthly',
        'projects',
        'stats-annual',
        'stats-monthly',
        'tax-annual',
      ]);
      const stats = response.body.find((source) => source.id === 'stats-monthly')!;
      expect(stats).toMatchObject({ department: 'statistics', periodicity: 'monthly_cumulative' });
      expect(stats.columns.find((column) => column.key === 'output_current')).toMatchObject({
        role: 'measure_current',
        measure: 'industrial_output',
        required: true,
        defaultUnit: '万元',
      });
    });

    /** A September report whose output column is headed 当期产值 (a name the profile does not know). */
    const customHeader = new TextEncoder().encode(
      [
        '嘉兴市2024年1-9月规模以上工业企业主要经济指标',
        '统一社会信用代码,企业名称,县（市、区）,当期产值(万元)',
        ...statsFirms.slice(0, 3).map((firm) => `${firm.uscc},${firm.name},${firm.unitText},1000.5`),
      ].join('\n'),
    );

    it('PUT /api/sources/{id}/mappings saves a header label, and a file with that header then imports', async () => {
      const before = await upload('september.csv', customHeader, { fields: { source: 'stats-monthly' } });
      expect(before.body.status).toBe('rejected');
      expect(before.body.issues.map((issue) => issue.code)).toContain('table_not_found');

      const saved = await api.put('/api/sources/{id}/mappings', {
        params: { id: 'stats-monthly' },
        body: { columnKey: 'output_current', headerLabel: '当期产值' },
      });
      expect(saved.status, saved.text).toBe(200);
      expect(saved.body).toEqual({ ok: true });
      const sources = await api.get<{ id: string; columns: { key: string; synonyms: string[] }[] }[]>('/api/sources');
      const output = sources.body
        .find((source) => source.id === 'stats-monthly')!
        .columns.find((column) => column.key === 'output_current')!;
      expect(output.synonyms[0]).toBe('当期产值');

      const after = await upload('september.csv', customHeader);
      expect(after.body).toMatchObject({
        status: 'committed',
        source: 'stats-monthly',
        period: { year: 2024, month: 9 },
        rows: { total: 3, accepted: 3, rejected: 0 },
      });
      const september = await currentValues(fixtureApi.database.db, 'industrial_output', { year: 2024, month: 9 });
      expect(september.get(statsFirms[0]!.uscc)?.value).toBe('10005000');
    });

    it('refuses a mapping of an unknown source (404) or column (400), without a token (401), writes disabled (403)', async () => {
      const body = { columnKey: 'output_current', headerLabel: '产值' };
      expectError(
        await api.put('/api/sources/{id}/mappings', { params: { id: 'no-such-source' }, body }),
        404,
        'not_found',
      );
      const unknownColumn = await api.put('/api/sources/{id}/mappings', {
        params: { id: 'stats-monthly' },
        body: { columnKey: 'no_such_column', headerLabel: '产值' },
      });
      expect(expectError(unknownColumn, 400, 'validation_failed').details.map((detail) => detail.path)).toEqual([
        'columnKey',
      ]);
      expectError(
        await api.put('/api/sources/{id}/mappings', { params: { id: 'stats-monthly' }, body, token: null }),
        401,
        'unauthenticated',
      );
      expectError(
        await new ApiClient(readOnlyApp()).put('/api/sources/{id}/mappings', { params: { id: 'stats-monthly' }, body }),
        403,
        'forbidden',
      );
    });
  });

  describe('route coverage', () => {
    it('claims exactly the import routes', () => {
      expect([...claimedRoutes].sort()).toEqual(importRoutes.map((route) => routeKey(route.method, route.path)).sort());
    });

    it(`is registered in api-test-kit's routesCoveredBy as ${thisFile}`, () => {
      const registered = (routesCoveredBy as Record<string, readonly string[]>)[thisFile];
      expect([...(registered ?? [])].sort()).toEqual([...claimedRoutes].sort());
    });

    it('answered every route this file covers with a success', () => {
      expect(claimedRoutes.filter((key) => !api.succeeded.has(key))).toEqual([]);
    });
  });
});
