/**
 * Platforms (平台载体) and cluster promotion organisations (集群促进机构): the register in the caller's scope (a unit's
 * staff see their unit's platforms) with counts by kind, level and unit; adding a platform and recording its next
 * status (a unit's staff for their own unit); importing a platform list (all or nothing, problems by row and
 * column); the promotion organisation of each top-level cluster, and recording one (city-wide accounts). The
 * acting person is always the session's login.
 */
import { PLATFORM_KINDS, PLATFORM_LEVELS, PLATFORM_STATUSES, PROMOTION_ORG_TYPES } from '@observatory/core';
import { z } from 'zod';
import { addPlatform } from '../../services/platforms/add-platform.ts';
import { changePlatformStatus } from '../../services/platforms/change-platform-status.ts';
import { importPlatformsFile } from '../../services/platforms/import-platforms-file.ts';
import { listPlatforms } from '../../services/platforms/list-platforms.ts';
import {
  listPromotionOrganisations,
  recordPromotionOrganisation,
} from '../../services/platforms/promotion-organisations.ts';
import { actorOf, callerDataScope, requireCaller } from '../caller-access.ts';
import type { UploadedFile } from '../download-file.ts';
import { defineRoute } from '../route-definition.ts';
import { bilingualName, queryBoolean } from '../schemas/common.schema.ts';

const kind = z.enum(PLATFORM_KINDS);
const level = z.enum(PLATFORM_LEVELS);
const status = z.enum(PLATFORM_STATUSES);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, '日期格式为 YYYY-MM-DD (date as YYYY-MM-DD)');
const systemQuery = z.string().min(1).max(60).default('wuda');

const platformSchema = z
  .object({
    id: z.number(),
    name: z.string(),
    kind,
    kindName: bilingualName,
    level,
    reportingUnitId: z.string(),
    systemId: z.string().nullable(),
    clusterId: z.string().nullable(),
    clusterText: z.string().nullable(),
    recognisedDate: z.string().nullable(),
    document: z.string().nullable(),
    status: status.nullable(),
    statusDate: z.string().nullable(),
    history: z.array(
      z.object({
        status,
        date: z.string(),
        document: z.string().nullable(),
        note: z.string().nullable(),
        recordedBy: z.string(),
      }),
    ),
    note: z.string().nullable(),
    createdBy: z.string(),
  })
  .meta({ id: 'Platform' });

const promotionOrgSchema = z
  .object({
    clusterId: z.string(),
    clusterName: bilingualName,
    organisation: z
      .object({
        name: z.string(),
        type: z.enum(PROMOTION_ORG_TYPES),
        typeName: bilingualName,
        contactRole: z.string(),
        officePhone: z.string().nullable(),
        foundedDate: z.string().nullable(),
        recordedBy: z.string(),
        recordedAt: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'PromotionOrganisation' });

const uploadedFile = z
  .custom<UploadedFile>(
    (value) => typeof value === 'object' && value !== null && 'bytes' in value,
    '需要上传文件 (a file is required)',
  )
  .meta({ type: 'string', format: 'binary' });
const problemSchema = z.object({ row: z.number().nullable(), column: z.string().nullable(), message: z.string() });

export const platformsRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/platforms',
    summary: '平台载体名录及按类别、级别、单位的数量 (platforms with counts by kind, level and unit)',
    tag: 'platforms',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({
      kind: kind.optional(),
      unit: z.string().min(1).max(40).optional(),
      cluster: z.string().min(1).max(100).optional(),
      system: z.string().min(1).max(60).optional(),
    }),
    response: z.object({
      platforms: z.array(platformSchema),
      counts: z.array(
        z.object({
          kind,
          level,
          reportingUnitId: z.string(),
          inForce: z.number(),
          cultivating: z.number(),
          delisted: z.number(),
        }),
      ),
    }),
    handler: (context, { query, caller }) =>
      listPlatforms(context.database.db, {
        scope: callerDataScope(caller, 'register.read'),
        kind: query.kind,
        unit: query.unit,
        cluster: query.cluster,
        system: query.system,
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/platforms',
    summary: '新增平台载体（认定或培育/创建）(add a platform, recognised or being cultivated)',
    tag: 'platforms',
    access: 'register.write',
    scoping: 'rows',
    status: 201,
    body: z.object({
      name: z.string().trim().min(1).max(200),
      kind,
      level,
      reportingUnit: z.string().min(1).max(40),
      system: z.string().min(1).max(60).optional(),
      cluster: z.string().max(100).nullable().optional(),
      recognisedDate: isoDate.nullable().optional(),
      cultivatingSince: isoDate.nullable().optional(),
      document: z.string().max(300).nullable().optional(),
      note: z.string().max(2000).nullable().optional(),
    }),
    response: platformSchema,
    handler: (context, { body, caller }) =>
      addPlatform(context.database.db, {
        ...body,
        reportingUnitId: body.reportingUnit,
        systemId: body.system,
        by: actorOf(caller),
        subject: requireCaller(caller).subject,
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/platforms/{id}/status',
    summary: '登记平台状态变更：认定、复核、摘牌 (record a platform’s next status)',
    tag: 'platforms',
    access: 'register.write',
    scoping: 'rows',
    params: z.object({ id: z.coerce.number().int().positive() }),
    body: z.object({
      status,
      date: isoDate,
      document: z.string().max(300).nullable().optional(),
      note: z.string().max(2000).nullable().optional(),
    }),
    response: platformSchema,
    handler: (context, { params, body, caller }) =>
      changePlatformStatus(context.database.db, {
        id: params.id,
        ...body,
        by: actorOf(caller),
        subject: requireCaller(caller).subject,
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/platforms/import',
    summary: '导入平台载体名单（有错误则整体不导入）(import a platform list; any problem refuses the whole file)',
    tag: 'platforms',
    access: 'register.write',
    scoping: 'rows',
    bodyKind: 'multipart',
    body: z.object({
      file: uploadedFile,
      system: z.string().min(1).max(60).optional(),
      dryRun: queryBoolean.optional(),
    }),
    response: z.object({
      fileName: z.string(),
      rows: z.number(),
      created: z.number(),
      statusChanges: z.number(),
      unchanged: z.number(),
      dryRun: z.boolean(),
      warnings: z.array(problemSchema),
    }),
    handler: (context, { body, caller }) =>
      importPlatformsFile(context.database.db, {
        bytes: body.file.bytes,
        fileName: body.file.name || 'upload.csv',
        systemId: body.system,
        dryRun: body.dryRun,
        by: actorOf(caller),
        subject: requireCaller(caller).subject,
      }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/platforms/promotion-organisations',
    summary: '各集群的促进机构 (the promotion organisation of each top-level cluster)',
    tag: 'platforms',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({ system: systemQuery }),
    response: z.array(promotionOrgSchema),
    handler: (context, { query }) => listPromotionOrganisations(context.database.db, query.system),
  }),
  defineRoute({
    method: 'post',
    path: '/api/platforms/promotion-organisations',
    summary:
      '登记集群促进机构（只登记联系岗位与办公电话）(record a cluster’s promotion organisation; a role and office phone only)',
    tag: 'platforms',
    access: 'register.write',
    status: 201,
    body: z.object({
      system: systemQuery,
      clusterId: z.string().min(1).max(100),
      name: z.string().trim().min(1).max(200),
      type: z.enum(PROMOTION_ORG_TYPES),
      contactRole: z.string().trim().min(1).max(100),
      officePhone: z.string().max(40).nullable().optional(),
      foundedDate: isoDate.nullable().optional(),
    }),
    response: promotionOrgSchema,
    handler: (context, { body, caller }) =>
      recordPromotionOrganisation(context.database.db, {
        ...body,
        systemId: body.system,
        by: actorOf(caller),
      }),
  }),
];
