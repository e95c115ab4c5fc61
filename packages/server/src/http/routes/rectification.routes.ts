/**
 * The rectification register (高耗低效企业整治, 低效用地): cases filtered by year, unit, status and plan; one case with
 * its trail; opening a case (from the year's evaluation candidates, a data rule or a local report) and moving it
 * one step; the candidates of a year; the monthly 通报 by unit (JSON and xlsx); unit targets for the assessment.
 * Reads need register.read (a county's staff see their own unit's cases), changes register.write on the case's
 * unit. The acting person is always the session's login.
 */
import {
  isIsoDate,
  RECTIFICATION_ORIGINS,
  RECTIFICATION_PLAN_TYPES,
  RECTIFICATION_STATUSES,
  type RectificationStatus,
} from '@observatory/core';
import { z } from 'zod';
import { withScopedRead } from '../../services/access/scoped-read.ts';
import { buildRectificationBulletin } from '../../services/rectification/build-rectification-bulletin.ts';
import { findRectificationCandidates } from '../../services/rectification/find-rectification-candidates.ts';
import { importRectificationList } from '../../services/rectification/import-rectification-list.ts';
import { getRectificationCase, listRectificationCases } from '../../services/rectification/list-rectification-cases.ts';
import { moveRectificationCase } from '../../services/rectification/move-rectification-case.ts';
import { openRectificationCase } from '../../services/rectification/open-rectification-case.ts';
import { renderRectificationBulletinXlsx } from '../../services/rectification/render-rectification-bulletin-xlsx.ts';
import { setRectificationTarget } from '../../services/rectification/set-rectification-target.ts';
import { actorOf, callerDataScope, requireCaller } from '../caller-access.ts';
import { DownloadFile, type UploadedFile } from '../download-file.ts';
import { defineRoute } from '../route-definition.ts';
import { bilingualName, yearParam } from '../schemas/common.schema.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isoDate = z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD 的有效日期 (a real date written YYYY-MM-DD)');
const status = z.enum(RECTIFICATION_STATUSES as [RectificationStatus, ...RectificationStatus[]]);
const plan = z.enum(RECTIFICATION_PLAN_TYPES);
const uscc = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/u, '统一社会信用代码为 18 位 (an 18-character USCC)');
const amount = z.number().nonnegative().max(1e12);
const json = z.unknown();

const caseSchema = z
  .object({
    id: z.number(),
    uscc: z.string(),
    enterpriseName: z.string().nullable(),
    reportingUnitId: z.string(),
    year: z.number(),
    origin: z.enum(RECTIFICATION_ORIGINS),
    originRunId: z.number().nullable(),
    originRules: z.array(json),
    landMu: z.number().nullable(),
    parcelRefs: z.array(z.string()),
    energyTce: z.number().nullable(),
    planType: plan.nullable(),
    status,
    nextStatuses: z.array(status),
    deadline: z.string().nullable(),
    overdue: z.boolean(),
    daysLate: z.number(),
    landFreedMu: z.number().nullable(),
    energyFreedTce: z.number().nullable(),
    taxPerMuBeforeYuan: z.number().nullable(),
    taxPerMuAfterYuan: z.number().nullable(),
    note: z.string().nullable(),
    openedBy: z.string(),
    openedAt: z.string(),
    statusChangedAt: z.string(),
    history: z
      .array(
        z.object({
          from: status.nullable(),
          to: status,
          at: z.string(),
          by: z.string(),
          note: z.string().nullable(),
          evidence: z.string().nullable(),
        }),
      )
      .nullable(),
  })
  .meta({ id: 'RectificationCase' });

const summary = z.object({
  reportingUnitId: z.string().nullable(),
  cases: z.number(),
  byStatus: z.record(status, z.number()),
  overdue: z.number(),
  closedInMonth: z.number(),
  landFreedMu: z.number(),
  energyFreedTce: z.number(),
  closureRate: z.number().nullable(),
  targets: z
    .object({ closedCases: z.number().optional(), landMu: z.number().optional(), energyTce: z.number().optional() })
    .nullable(),
  progress: z
    .object({ closedCases: z.number().nullable(), landMu: z.number().nullable(), energyTce: z.number().nullable() })
    .nullable(),
});
const uploadedFile = z
  .custom<UploadedFile>(
    (value) => typeof value === 'object' && value !== null && 'bytes' in value,
    '需要上传文件 (a file is required)',
  )
  .meta({ type: 'string', format: 'binary' });
const bulletinQuery = z.object({ year: yearParam, month: z.coerce.number().int().min(1).max(12) });
const caseParam = z.object({ id: z.coerce.number().int().positive() });

export const rectificationRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/rectification/cases',
    summary: '整治案件（按年度、县、状态、整治方式筛选）(rectification cases by year, unit, status and plan type)',
    tag: 'rectification',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({
      year: yearParam.optional(),
      unit: z.string().max(20).optional(),
      status: status.optional(),
      plan: plan.optional(),
    }),
    response: z.array(caseSchema),
    handler: (context, { query, caller }) => {
      const scope = callerDataScope(caller, 'register.read');
      return withScopedRead(context.database, scope, (db) => listRectificationCases(db, { ...query, scope }));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/rectification/cases/{id}',
    summary: '整治案件及其处置记录 (one case with its trail)',
    tag: 'rectification',
    access: 'register.read',
    scoping: 'rows',
    params: caseParam,
    response: caseSchema,
    handler: (context, { params, caller }) =>
      getRectificationCase(context.database.db, params.id, callerDataScope(caller, 'register.read')),
  }),
  defineRoute({
    method: 'post',
    path: '/api/rectification/cases',
    summary:
      '立案摸排（来源：评价候选、数据规则或属地上报；录入人为当前账号）(open a case; the person opening it is the caller)',
    tag: 'rectification',
    access: 'register.write',
    scoping: 'rows',
    status: 201,
    body: z.object({
      uscc,
      year: yearParam,
      origin: z.enum(RECTIFICATION_ORIGINS),
      landMu: amount.nullable().optional(),
      parcelRefs: z.array(z.string().min(1).max(100)).max(50).optional(),
      energyTce: amount.nullable().optional(),
      deadline: isoDate.nullable().optional(),
      note: z.string().max(2000).optional(),
    }),
    response: caseSchema,
    handler: (context, { body, caller }) =>
      openRectificationCase(context.database.db, {
        ...body,
        by: actorOf(caller),
        subject: requireCaller(caller).subject,
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/rectification/cases/{id}/move',
    summary:
      '推进整治案件一步（方案须定整治方式，验收、销号须填成效，不予认定须说明）(move a case one step with its fields)',
    tag: 'rectification',
    access: 'register.write',
    scoping: 'rows',
    params: caseParam,
    body: z.object({
      to: status,
      planType: plan.optional(),
      deadline: isoDate.optional(),
      landFreedMu: amount.optional(),
      energyFreedTce: amount.optional(),
      taxPerMuBeforeYuan: z.number().min(-1e12).max(1e12).optional(),
      taxPerMuAfterYuan: z.number().min(-1e12).max(1e12).optional(),
      note: z.string().max(2000).optional(),
      evidence: z.string().max(2000).optional(),
    }),
    response: caseSchema,
    handler: (context, { params, body, caller }) =>
      moveRectificationCase(context.database.db, {
        id: params.id,
        ...body,
        by: actorOf(caller),
        subject: requireCaller(caller).subject,
      }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/rectification/candidates',
    summary:
      '整治候选：已发布亩均评价的候选与数据规则命中企业 (candidates: the published evaluation’s and the data rules’)',
    tag: 'rectification',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({ year: yearParam }),
    response: z.object({
      year: z.number(),
      runId: z.number().nullable(),
      rules: z.array(json),
      candidates: z.array(
        z.object({
          uscc: z.string(),
          name: z.string(),
          reportingUnitId: z.string(),
          evaluation: z.array(json).nullable(),
          dataRules: z.array(
            z.object({ ruleId: z.string(), ruleName: bilingualName, evidence: json, text: bilingualName }),
          ),
          caseId: z.number().nullable(),
          landMu: z.number().nullable(),
          energyTce: z.number().nullable(),
        }),
      ),
    }),
    handler: (context, { query, caller }) =>
      findRectificationCandidates(context.database.db, {
        year: query.year,
        scope: callerDataScope(caller, 'register.read'),
      }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/rectification/bulletin',
    summary: '整治工作月度通报（按县：状态、逾期、腾出用地用能、销号率、考核）(the monthly bulletin by unit)',
    tag: 'rectification',
    access: 'register.read',
    scoping: 'rows',
    query: bulletinQuery,
    response: z.object({
      year: z.number(),
      month: z.number(),
      asOf: z.string(),
      units: z.array(summary.extend({ reportingUnitId: z.string(), name: bilingualName })),
      city: summary.nullable(),
    }),
    handler: (context, { query, caller }) => {
      const scope = callerDataScope(caller, 'register.read');
      return withScopedRead(context.database, scope, (db) => buildRectificationBulletin(db, { ...query, scope }));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/rectification/bulletin.xlsx',
    summary: '整治工作月度通报 xlsx (the monthly bulletin as a spreadsheet)',
    tag: 'rectification',
    access: 'register.read',
    scoping: 'rows',
    query: bulletinQuery,
    response: z.string(),
    binaryResponse: XLSX,
    handler: async (context, { query, caller }) => {
      const scope = callerDataScope(caller, 'register.read');
      const bulletin = await withScopedRead(context.database, scope, (db) =>
        buildRectificationBulletin(db, { ...query, scope }),
      );
      const bytes = await renderRectificationBulletinXlsx(bulletin);
      return new DownloadFile(`整治通报-${query.year}-${String(query.month).padStart(2, '0')}.xlsx`, XLSX, bytes);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/rectification/import',
    summary:
      '导入整治清单（有错误则整体不导入，问题按行列列出）(import a rectification list; any problem refuses the whole file)',
    tag: 'rectification',
    access: 'register.write',
    scoping: 'rows',
    bodyKind: 'multipart',
    body: z.object({ file: uploadedFile, year: yearParam, asOf: isoDate.optional() }),
    response: z.object({ fileName: z.string(), year: z.number(), cases: z.number() }),
    handler: (context, { body, caller }) =>
      importRectificationList(context.database.db, {
        bytes: body.file.bytes,
        fileName: body.file.name || 'upload.csv',
        year: body.year,
        asOf: body.asOf,
        by: actorOf(caller),
        subject: requireCaller(caller).subject,
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/rectification/targets',
    summary: '下达年度整治考核目标（市级）(set a unit’s yearly targets; city-wide accounts)',
    tag: 'rectification',
    access: 'register.write',
    status: 201,
    body: z.object({
      year: yearParam,
      unit: z.string().min(1).max(20),
      closedCases: z.number().int().nonnegative().max(1e6).nullable().optional(),
      landMu: amount.nullable().optional(),
      energyTce: amount.nullable().optional(),
    }),
    response: z.object({ ok: z.literal(true) }),
    handler: async (context, { body, caller }) => {
      await setRectificationTarget(context.database.db, {
        year: body.year,
        unitId: body.unit,
        closedCases: body.closedCases ?? null,
        landMu: body.landMu ?? null,
        energyTce: body.energyTce ?? null,
        setBy: actorOf(caller),
        subject: requireCaller(caller).subject,
      });
      return { ok: true as const };
    },
  }),
];
