/**
 * Projects and investment tracking (项目信息库, docs/projects.md): the year's summary as at a month (by reporting
 * unit and by top-level cluster, 完成率, 开工率, overdue milestones, 技改), one project with its milestones and
 * monthly series, and cluster industrial investment growth against the ≥ 15 % target. register.read; a county's
 * staff see their own unit's projects only (every figure is computed from the rows they may see).
 */
import { PROJECT_MILESTONES } from '@observatory/core';
import { z } from 'zod';
import { withScopedRead } from '../../services/access/scoped-read.ts';
import { getInvestmentGrowth } from '../../services/projects/get-investment-growth.ts';
import { getProject } from '../../services/projects/get-project.ts';
import { summarizeProjectYear } from '../../services/projects/summarize-projects.ts';
import { callerDataScope } from '../caller-access.ts';
import { defineRoute } from '../route-definition.ts';
import { bilingualName, yearParam } from '../schemas/common.schema.ts';

const monthParam = z.coerce.number().int().min(1).max(12);
const systemParam = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/u, '集群体系编号 (system id)')
  .max(100);
const money = z.number().nullable();
const percent = z.number().nullable();
const milestone = z.enum(PROJECT_MILESTONES);

const summaryRow = {
  projects: z.number(),
  plannedTotalYuan: z.number(),
  plannedAnnualYuan: z.number(),
  yearCompletedYuan: z.number(),
  completedYuan: z.number(),
  annualCompletionRate: percent,
  totalCompletionRate: percent,
  startRate: percent,
  startedProjects: z.number(),
  dueProjects: z.number(),
  overdueProjects: z.number(),
  renovationProjects: z.number(),
  renovationPlannedTotalYuan: z.number(),
  renovationYearCompletedYuan: z.number(),
};

const summarySchema = z
  .object({
    year: z.number(),
    month: z.number(),
    asOf: z.string(),
    systemId: z.string(),
    total: z.object(summaryRow),
    byUnit: z.array(z.object({ unit: z.object({ id: z.string(), name: bilingualName }), ...summaryRow })),
    byCluster: z.array(
      z.object({ cluster: z.object({ id: z.string(), name: bilingualName }).nullable(), ...summaryRow }),
    ),
    overdue: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        enterpriseName: z.string().nullable(),
        reportingUnitId: z.string(),
        clusterId: z.string().nullable(),
        milestone,
        planned: z.string(),
        daysLate: z.number(),
        overdueMilestones: z.array(milestone),
      }),
    ),
    projects: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        enterpriseName: z.string().nullable(),
        reportingUnitId: z.string(),
        clusterId: z.string().nullable(),
        clusterText: z.string().nullable(),
        technicalRenovation: z.boolean().nullable(),
        status: z.string().nullable(),
        plannedTotalYuan: money,
        plannedAnnualYuan: money,
        yearCompletedYuan: money,
        completedYuan: money,
        annualCompletionRate: percent,
        startPlanned: z.string().nullable(),
        startActual: z.string().nullable(),
        overdue: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'ProjectSummary' });

const detailSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    uscc: z.string().nullable(),
    enterpriseName: z.string().nullable(),
    reportingUnitId: z.string(),
    reportingUnitName: bilingualName.nullable(),
    clusterId: z.string().nullable(),
    clusterText: z.string().nullable(),
    constructionType: z.string().nullable(),
    industryCode: z.string().nullable(),
    status: z.string().nullable(),
    technicalRenovation: z.boolean().nullable(),
    plannedTotalYuan: money,
    plannedAnnualYuan: money,
    yearCompletedYuan: money,
    completedYuan: money,
    actualStart: z.string().nullable(),
    year: z.number(),
    month: z.number(),
    asOf: z.string(),
    annualCompletionRate: percent,
    totalCompletionRate: percent,
    milestones: z.array(
      z.object({
        milestone,
        planned: z.string().nullable(),
        actual: z.string().nullable(),
        state: z.enum(['on_time', 'late', 'overdue', 'pending', 'unplanned']),
        daysLate: z.number(),
      }),
    ),
    series: z.array(
      z.object({
        month: z.number(),
        completedYuan: z.number(),
        yearCompletedYuan: money,
        annualCompletionRate: percent,
      }),
    ),
  })
  .meta({ id: 'ProjectDetail' });

const growthFigures = {
  currentYuan: z.number(),
  baseYuan: z.number(),
  growth: percent,
  gapToTarget: percent,
  meetsTarget: z.boolean().nullable(),
  projects: z.number(),
  baseProjects: z.number(),
  unknown: z.number(),
  baseUnknown: z.number(),
};

const growthSchema = z
  .object({
    systemId: z.string(),
    year: z.number(),
    month: z.number(),
    targetPercent: z.number(),
    basis: bilingualName,
    total: z.object(growthFigures),
    clusters: z.array(z.object({ cluster: z.object({ id: z.string(), name: bilingualName }), ...growthFigures })),
  })
  .meta({ id: 'InvestmentGrowth' });

export const projectsRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/projects/summary',
    summary:
      '项目推进汇总：按县（市、区）和集群的计划与完成投资、完成率、开工率、逾期与技改 ' +
      '(the projects of a year as at a month, by unit and by cluster)',
    tag: 'projects',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({
      year: yearParam,
      month: monthParam.optional(),
      unit: z.string().max(20).optional(),
      cluster: z.string().max(100).optional(),
      system: systemParam.default('wuda'),
    }),
    response: summarySchema,
    handler: (context, { query, caller }) => {
      const scope = callerDataScope(caller, 'register.read');
      return withScopedRead(context.database, scope, (db) =>
        summarizeProjectYear(db, {
          year: query.year,
          month: query.month,
          unit: query.unit,
          cluster: query.cluster,
          systemId: query.system,
          scope,
        }),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/projects/investment-growth',
    summary: '产业集群工业投资增长（对照年均15%目标） (cluster industrial investment growth, 1–N months, against 15 %)',
    tag: 'projects',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({ system: systemParam.default('wuda'), year: yearParam, month: monthParam.optional() }),
    response: growthSchema,
    handler: (context, { query, caller }) => {
      const scope = callerDataScope(caller, 'register.read');
      return withScopedRead(context.database, scope, (db) =>
        getInvestmentGrowth(db, { systemId: query.system, year: query.year, month: query.month, scope }),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/projects/{code}',
    summary: '单个项目：节点计划与实际、逐月累计完成投资 (one project: milestones and the monthly series)',
    tag: 'projects',
    access: 'register.read',
    scoping: 'rows',
    params: z.object({ code: z.string().min(1).max(100) }),
    query: z.object({ year: yearParam, month: monthParam.optional() }),
    response: detailSchema,
    handler: (context, { params, query, caller }) => {
      const scope = callerDataScope(caller, 'register.read');
      return withScopedRead(context.database, scope, (db) =>
        getProject(db, { code: params.code, year: query.year, month: query.month, scope }),
      );
    },
  }),
];
