/** Imports: upload a department file, history, one batch with issues and revisions, rollback, issue report. */
import { z } from 'zod';
import { buildIssueReport } from '../../services/intake/build-issue-report.ts';
import { getImportBatch, listImportBatches } from '../../services/intake/import-history.ts';
import { importFile } from '../../services/intake/import-file.ts';
import { listSources } from '../../services/intake/list-sources.ts';
import { rollbackImport } from '../../services/intake/rollback-import.ts';
import { saveColumnMapping } from '../../services/intake/source-profiles.ts';
import { refreshAfterImport } from '../../services/statistics/refresh-after-import.ts';
import { refreshAllStatistics } from '../../services/statistics/refresh-statistics.ts';
import { DownloadFile, type UploadedFile } from '../download-file.ts';
import { actorOf } from '../caller-access.ts';
import { defineRoute } from '../route-definition.ts';
import { bilingualName, paging, periodParam, queryBoolean } from '../schemas/common.schema.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const uploadedFile = z
  .custom<UploadedFile>(
    (value) => typeof value === 'object' && value !== null && 'bytes' in value,
    '需要上传文件 (a file is required)',
  )
  .meta({ type: 'string', format: 'binary' });

const issueSchema = z.object({
  row: z.number().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
const periodSchema = z.object({ year: z.number(), month: z.number() }).nullable();

const importResultSchema = z
  .object({
    batchId: z.number().nullable(),
    status: z.enum(['committed', 'duplicate', 'rejected', 'dry_run']),
    source: z.string().nullable(),
    period: periodSchema,
    sheet: z.string().nullable(),
    supersedes: z.number().nullable(),
    revision: z.number().nullable(),
    rows: z.object({ total: z.number(), accepted: z.number(), rejected: z.number() }),
    enterprisesCreated: z.number(),
    issues: z.array(issueSchema),
  })
  .meta({ id: 'ImportResult' });

const batchSchema = z
  .object({
    id: z.number(),
    source: z.string(),
    period: periodSchema,
    fileName: z.string(),
    fileSha256: z.string(),
    sheet: z.string().nullable(),
    status: z.string(),
    supersedes: z.number().nullable(),
    rows: z.object({ total: z.number(), accepted: z.number(), rejected: z.number() }),
    errors: z.number(),
    warnings: z.number(),
    createdBy: z.string(),
    createdAt: z.date(),
  })
  .meta({ id: 'ImportBatch' });

export const importRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/sources',
    summary: '数据来源及其列 (source profiles: the columns each department file must have)',
    tag: 'imports',
    access: 'import.read',
    response: z.array(
      z.object({
        id: z.string(),
        name: bilingualName,
        department: z.string(),
        periodicity: z.string(),
        population: z.string(),
        columns: z.array(
          z.object({
            key: z.string(),
            role: z.string(),
            measure: z.string().nullable(),
            required: z.boolean(),
            defaultUnit: z.string().nullable(),
            synonyms: z.array(z.string()),
          }),
        ),
      }),
    ),
    handler: (context) => listSources(context.database.db),
  }),
  defineRoute({
    method: 'put',
    path: '/api/sources/{id}/mappings',
    summary: '保存自定义列映射 (save a header label as the name of a source column)',
    tag: 'imports',
    access: 'import.run',
    params: z.object({ id: z.string() }),
    body: z.object({ columnKey: z.string().min(1), headerLabel: z.string().min(1).max(200) }),
    response: z.object({ ok: z.literal(true) }),
    handler: async (context, { params, body, caller }) => {
      await saveColumnMapping(context.database.db, { source: params.id, ...body, savedBy: actorOf(caller) });
      return { ok: true };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/imports',
    summary: '上传并导入部门数据文件 (upload and import a department file; multipart field "file")',
    tag: 'imports',
    access: 'import.run',
    bodyKind: 'multipart',
    body: z.object({
      file: uploadedFile,
      source: z.string().min(1).optional(),
      period: periodParam.optional(),
      dryRun: queryBoolean.optional(),
      createEnterprises: queryBoolean.optional(),
    }),
    response: importResultSchema,
    handler: async (context, { body, caller }) => {
      const result = await importFile(context.database, {
        bytes: body.file.bytes,
        fileName: body.file.name || 'upload',
        source: body.source,
        period: body.period,
        dryRun: body.dryRun,
        createEnterprises: body.createEnterprises,
        actor: actorOf(caller),
      });
      await refreshAfterImport(context.database.db, result);
      return result;
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/imports',
    summary: '导入历史 (import history, newest first)',
    tag: 'imports',
    access: 'import.read',
    query: z.object({ source: z.string().optional(), ...paging }),
    response: z.array(batchSchema),
    handler: (context, { query }) => listImportBatches(context.database.db, query),
  }),
  defineRoute({
    method: 'get',
    path: '/api/imports/{id}',
    summary: '一个导入批次：问题与版本 (one batch with its issues and the revisions of its source and period)',
    tag: 'imports',
    access: 'import.read',
    params: z.object({ id: z.coerce.number().int().positive() }),
    response: batchSchema.extend({
      issues: z.array(issueSchema),
      revisions: z.array(
        z.object({
          revision: z.number(),
          action: z.string(),
          batchId: z.number(),
          currentBatchId: z.number().nullable(),
          actor: z.string(),
          note: z.string().nullable(),
          at: z.date(),
        }),
      ),
    }),
    handler: (context, { params }) => getImportBatch(context.database.db, params.id),
  }),
  defineRoute({
    method: 'post',
    path: '/api/imports/{id}/rollback',
    summary: '整批回退（新版本，不删除）(roll back a batch as a whole: a new revision, nothing deleted)',
    tag: 'imports',
    access: 'import.rollback',
    params: z.object({ id: z.coerce.number().int().positive() }),
    body: z.object({ reason: z.string().min(1).max(1000) }),
    response: z.object({
      batchId: z.number(),
      status: z.literal('rolled_back'),
      currentBatchId: z.number().nullable(),
      revision: z.number(),
    }),
    handler: async (context, { params, body, caller }) => {
      const result = await rollbackImport(context.database.db, {
        batchId: params.id,
        actor: actorOf(caller),
        reason: body.reason,
      });
      await refreshAllStatistics(context.database.db);
      return result;
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/imports/{id}/report.xlsx',
    summary: '问题报告 xlsx，标出问题单元格 (issue report with the bad cells highlighted)',
    tag: 'imports',
    access: 'import.read',
    params: z.object({ id: z.coerce.number().int().positive() }),
    response: z.string(),
    binaryResponse: xlsxType,
    handler: async (context, { params }) => {
      const report = await buildIssueReport(context.database.db, params.id);
      return new DownloadFile(report.fileName, xlsxType, report.bytes);
    },
  }),
];
