/**
 * The registers fed by imports (issue 9 builds on these): projects of a year and cultivation-pool entries in
 * force on a date. Firm-level lists: a county's staff see their own unit's rows, city-wide accounts every row.
 */
import { isIsoDate, POOL_TIERS, PROJECT_MILESTONES } from '@observatory/core';
import { z } from 'zod';
import { withScopedRead } from '../../services/access/scoped-read.ts';
import { listPoolEntries } from '../../services/registers/list-pool-entries.ts';
import { listProjects } from '../../services/registers/list-projects.ts';
import { callerDataScope } from '../caller-access.ts';
import { defineRoute } from '../route-definition.ts';
import { yearParam } from '../schemas/common.schema.ts';

const provenance = z.object({ batchId: z.number(), sheetRow: z.number() });
const money = z.number().nullable();

const project = z
  .object({
    code: z.string(),
    name: z.string(),
    uscc: z.string().nullable(),
    enterpriseName: z.string().nullable(),
    registered: z.boolean(),
    reportingUnit: z.string(),
    clusterText: z.string().nullable(),
    clusterId: z.string().nullable(),
    constructionType: z.enum(['new', 'expansion', 'renovation']).nullable(),
    industryCode: z.string().nullable(),
    technicalRenovation: z.boolean().nullable(),
    status: z.string().nullable(),
    plannedTotalYuan: money,
    plannedAnnualYuan: money,
    completedYuan: money,
    landMu: money,
    expectedOutputYuan: money,
    expectedTaxYuan: money,
    milestones: z.record(
      z.enum(PROJECT_MILESTONES),
      z.object({ planned: z.string().nullable(), actual: z.string().nullable() }),
    ),
    progress: z.array(z.object({ month: z.number(), completedYuan: z.number() })),
    period: z.object({ year: z.number(), month: z.number() }),
    provenance,
  })
  .meta({ id: 'Project' });

const poolEntry = z
  .object({
    uscc: z.string(),
    name: z.string().nullable(),
    reportingUnit: z.string(),
    tier: z.enum(POOL_TIERS),
    tierText: z.string(),
    entryDate: z.string(),
    validUntil: z.string(),
    document: z.string().nullable(),
    level: z.enum(['national', 'provincial', 'municipal']).nullable(),
    listYear: z.number(),
    provenance,
  })
  .meta({ id: 'PoolEntry' });

export const registerListRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/projects',
    summary: '项目信息库 (the projects of a year, latest current list; by reporting unit or cluster)',
    tag: 'registers',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({ year: yearParam, unit: z.string().max(20).optional(), cluster: z.string().max(100).optional() }),
    response: z.array(project),
    handler: (context, { query, caller }) => {
      const scope = callerDataScope(caller, 'register.read');
      return withScopedRead(context.database, scope, (db) =>
        listProjects(db, {
          year: query.year,
          unit: query.unit,
          cluster: query.cluster,
          scope,
        }),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/pools',
    summary: '企业培育库 (cultivation-pool entries in force on a date; by tier or reporting unit)',
    tag: 'registers',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({
      date: z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD 的有效日期 (a real date written YYYY-MM-DD)'),
      tier: z.enum(POOL_TIERS).optional(),
      unit: z.string().max(20).optional(),
    }),
    response: z.array(poolEntry),
    handler: (context, { query, caller }) => {
      const scope = callerDataScope(caller, 'register.read');
      return withScopedRead(context.database, scope, (db) =>
        listPoolEntries(db, {
          date: query.date,
          tier: query.tier,
          unit: query.unit,
          scope,
        }),
      );
    },
  }),
];
