/**
 * The auditor's pages: the audit log newest first (paged with `before`, at most 200 a page, filtered by actor,
 * action and a time window), the hash-chain check (`observatory audit verify`) and the CSV export
 * (`observatory audit export`).
 */
import { z } from 'zod';
import { exportAuditLog } from '../../services/access/export-audit-log.ts';
import { listAuditEntries, MAX_AUDIT_PAGE } from '../../services/access/list-audit-entries.ts';
import { verifyAuditLog } from '../../services/access/verify-audit-log.ts';
import { DownloadFile } from '../download-file.ts';
import { defineRoute } from '../route-definition.ts';

const instant = z
  .string()
  .min(1)
  .refine((text) => !Number.isNaN(new Date(text).getTime()), '应为 ISO 8601 时间 (an ISO 8601 date/time)')
  .transform((text) => new Date(text));

const auditEntrySchema = z
  .object({
    sequence: z.number(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    target: z.string(),
    origin: z.string().nullable(),
    details: z.unknown(),
    previousHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

const chainCheckSchema = z.union([
  z.object({ intact: z.literal(true), entries: z.number(), lastHash: z.string() }),
  z.object({
    intact: z.literal(false),
    entries: z.number(),
    firstBadSequence: z.number(),
    problem: z.enum(['hash_mismatch', 'broken_link', 'sequence_gap']),
  }),
]);

export const auditRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/audit',
    summary: '审计日志，新到旧，按操作人、操作、时间筛选 (the audit log, newest first, filtered and paged)',
    tag: 'audit',
    access: 'audit.read',
    query: z.object({
      before: z.coerce.number().int().min(1).optional(),
      limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE).default(50),
      actor: z.string().min(1).max(200).optional(),
      action: z.string().min(1).max(100).optional(),
      from: instant.optional(),
      to: instant.optional(),
    }),
    response: z.object({ entries: z.array(auditEntrySchema), nextBefore: z.number().nullable() }),
    handler: (context, { query }) => listAuditEntries(context.database.db, query),
  }),
  defineRoute({
    method: 'get',
    path: '/api/audit/verify',
    summary: '校验审计日志哈希链 (verify the audit log hash chain)',
    tag: 'audit',
    access: 'audit.read',
    response: chainCheckSchema,
    handler: (context) => verifyAuditLog(context.database.db),
  }),
  defineRoute({
    method: 'get',
    path: '/api/audit/export.csv',
    summary: '导出审计日志 CSV，可限定时间段 (export the audit log as CSV, optionally a time window)',
    tag: 'audit',
    access: 'audit.export',
    query: z.object({ from: instant.optional(), to: instant.optional() }),
    response: z.string(),
    binaryResponse: 'text/csv; charset=utf-8',
    handler: async (context, { query }) => {
      const { csv } = await exportAuditLog(context.database.db, {
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
      });
      return new DownloadFile('audit-log.csv', 'text/csv; charset=utf-8', new TextEncoder().encode(csv));
    },
  }),
];
