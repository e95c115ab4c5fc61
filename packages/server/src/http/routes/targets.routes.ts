/**
 * The targets page (目标任务): every target of a system with its measured value, where the figure comes from
 * (statistics, a register, a manual entry, or unavailable with the reason), progress, projection to the deadline,
 * on-track flag and owner; and recording a manual actual (city-wide register staff; the recorder is the login).
 */
import { z } from 'zod';
import { listSystemTargets } from '../../services/targets/list-system-targets.ts';
import { recordTargetActual } from '../../services/targets/record-target-actual.ts';
import { actorOf } from '../caller-access.ts';
import { defineRoute } from '../route-definition.ts';
import { bilingualName, yearParam } from '../schemas/common.schema.ts';

const nullableNumber = z.number().nullable();
const manualSchema = z.object({
  year: z.number(),
  value: z.number(),
  sourceText: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

const targetSchema = z
  .object({
    targetId: z.string(),
    systemId: z.string(),
    clusterId: z.string().nullable(),
    clusterName: bilingualName.nullable(),
    name: bilingualName,
    indicator: z.string(),
    reading: z.enum(['count', 'yearly', 'rate', 'level']),
    section: z.object({ id: z.string(), order: z.number(), name: bilingualName }),
    targetYear: z.number(),
    deadline: z.string(),
    writtenValue: z.number(),
    writtenUnit: z.string(),
    targetValue: z.number(),
    unit: z.string(),
    actualYear: nullableNumber,
    actualValue: nullableNumber,
    progress: nullableNumber,
    requiredAnnualGrowth: nullableNumber,
    actualAnnualGrowth: nullableNumber,
    projectedValue: nullableNumber,
    onTrack: z.boolean().nullable(),
    source: z.enum(['statistics', 'register', 'manual', 'unavailable']),
    basis: bilingualName.nullable(),
    unavailable: bilingualName.nullable(),
    owner: z.string().nullable(),
    document: z.string().nullable(),
    manual: manualSchema.nullable(),
  })
  .meta({ id: 'SystemTarget' });

const idParam = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/u, '编号 (id)')
  .max(100);

export const targetsRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/targets',
    summary:
      '目标任务：各目标的实际值、来源、进度、预测与责任单位 (every target with value, source, progress, projection, owner)',
    tag: 'targets',
    access: 'statistics.read',
    query: z.object({ system: z.string().min(1).max(60).default('wuda'), year: yearParam.optional() }),
    response: z.object({
      systemId: z.string(),
      systemName: bilingualName,
      year: z.number(),
      targets: z.array(targetSchema),
    }),
    handler: (context, { query }) =>
      listSystemTargets(context.database.db, { systemId: query.system, year: query.year }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/targets/{system}/{id}/actuals',
    summary:
      '录入目标实际值（名录与统计未覆盖的指标；只追加，最新为准）(record a target’s actual by hand; append-only, latest wins)',
    tag: 'targets',
    access: 'register.write',
    status: 201,
    params: z.object({ system: idParam, id: idParam }),
    body: z.object({
      year: yearParam,
      /** In the unit the target is written in (writtenUnit). */
      value: z.number().nonnegative().max(1e15),
      sourceText: z.string().trim().min(1).max(500),
    }),
    response: manualSchema.extend({ targetId: z.string(), systemId: z.string() }),
    handler: (context, { params, body, caller }) =>
      recordTargetActual(context.database.db, {
        systemId: params.system,
        targetId: params.id,
        year: body.year,
        value: body.value,
        sourceText: body.sourceText,
        by: actorOf(caller),
      }),
  }),
];
