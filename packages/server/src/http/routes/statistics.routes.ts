/**
 * Cluster statistics, regional measures, time series, target progress, official growth rates and the monthly
 * bulletin. Every figure passes disclosure control for the requested audience (public by default); a caller
 * receives only the audiences its role allows (full access may preview the public or a county's view, a county's
 * staff their own unit's, everyone else the public one). The monthly series has no disclosure control: full only.
 */
import { z } from 'zod';
import { discloseClusterStatistics } from '../../services/disclosure/disclose-cluster-statistics.ts';
import { discloseUnitStatistics } from '../../services/disclosure/disclose-unit-statistics.ts';
import { keptStatistics } from '../../services/disclosure/kept-statistics.ts';
import {
  buildBulletinDocument,
  produceBulletin,
  type BulletinFormat,
} from '../../services/bulletin/produce-bulletin.ts';
import { computeClusterSpecialisation } from '../../services/statistics/compute-cluster-specialisation.ts';
import { keptTargetProgress } from '../../services/statistics/kept-target-progress.ts';
import { computeTimeSeries } from '../../services/statistics/compute-time-series.ts';
import { recordOfficialGrowthRate } from '../../services/statistics/record-official-growth-rate.ts';
import type { ApiContext } from '../api-context.ts';
import { DownloadFile } from '../download-file.ts';
import { actorOf, permittedAudience } from '../caller-access.ts';
import { defineRoute } from '../route-definition.ts';
import { audienceParam } from '../schemas/audience.schema.ts';
import { bilingualName, periodParam, yearParam } from '../schemas/common.schema.ts';

const monthlyPeriod = periodParam.refine(
  (period) => period.month > 0,
  '需要月度期别 YYYY-MM (a month YYYY-MM is required)',
);
const measureParam = z.string().min(1).default('industrial_output');
const nullableNumber = z.number().nullable();

const clusterRowSchema = z
  .object({
    cluster: z.string(),
    name: bilingualName,
    parent: z.string().nullable(),
    depth: z.number(),
    value: nullableNumber,
    monthValue: nullableNumber,
    base: nullableNumber,
    yoy: nullableNumber,
    derived: z.boolean(),
    share: nullableNumber,
    pull: nullableNumber,
    contribution: nullableNumber,
    rank: nullableNumber,
    enterprises: nullableNumber,
    suppressed: z.boolean(),
  })
  .meta({ id: 'ClusterStatisticsRow' });

const unitRowSchema = z
  .object({
    unit: z.string(),
    name: bilingualName,
    value: nullableNumber,
    base: nullableNumber,
    yoy: nullableNumber,
    derived: z.boolean(),
    share: nullableNumber,
    pull: nullableNumber,
    rankByValue: nullableNumber,
    rankByGrowth: nullableNumber,
    suppressed: z.boolean(),
  })
  .meta({ id: 'UnitStatisticsRow' });

const bulletinQuery = z.object({
  period: monthlyPeriod,
  system: z.string().optional(),
  audience: audienceParam,
});

function bulletinRoute(format: BulletinFormat, mediaType: string) {
  return defineRoute({
    method: 'get',
    path: `/api/reports/bulletin.${format}`,
    summary: `产业集群专刊 ${format.toUpperCase()} (the monthly cluster bulletin as ${format})`,
    tag: 'statistics',
    access: 'report.read',
    query: bulletinQuery,
    response: z.string(),
    binaryResponse: mediaType,
    handler: async (context: ApiContext, { query, caller }) => {
      const file = await produceBulletin(context.database.db, {
        ...query.period,
        format,
        systemIds: query.system?.split(','),
        audience: permittedAudience(caller, query.audience),
        rules: context.disclosureRules,
      });
      return new DownloadFile(file.fileName, file.mediaType, file.bytes);
    },
  });
}

export const statisticsRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/statistics/clusters',
    summary: '集群统计：1–N月累计、当月、可比增速、占比、拉动、贡献率、位次 (cluster statistics of a period)',
    tag: 'statistics',
    access: 'statistics.read',
    query: z.object({
      system: z.string().min(1),
      period: periodParam,
      measure: measureParam,
      unit: z.string().optional(),
      audience: audienceParam,
    }),
    response: z.array(clusterRowSchema),
    handler: (context, { query, caller }) => {
      const audience = permittedAudience(caller, query.audience);
      return keptStatistics(context.database.db, ['clusters', query, audience, context.disclosureRules], () =>
        discloseClusterStatistics(
          context.database.db,
          { systemId: query.system, measure: query.measure, ...query.period, reportingUnitId: query.unit },
          audience,
          context.disclosureRules,
        ),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/statistics/units',
    summary: '县（市、区）比较：规上工业、一个体系或一个集群 (reporting units compared)',
    tag: 'statistics',
    access: 'statistics.read',
    query: z.object({
      period: periodParam,
      measure: measureParam,
      system: z.string().optional(),
      cluster: z.string().optional(),
      audience: audienceParam,
    }),
    response: z.array(unitRowSchema),
    handler: (context, { query, caller }) => {
      const audience = permittedAudience(caller, query.audience);
      return keptStatistics(context.database.db, ['units', query, audience, context.disclosureRules], () =>
        discloseUnitStatistics(
          context.database.db,
          { measure: query.measure, ...query.period, systemId: query.system, clusterId: query.cluster },
          audience,
          context.disclosureRules,
        ),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/statistics/series',
    summary: '月度时间序列（全权限，未做披露控制）(monthly series; full access, no disclosure control)',
    tag: 'statistics',
    access: 'statistics.read',
    query: z.object({
      measure: measureParam,
      from: monthlyPeriod,
      to: monthlyPeriod,
      system: z.string().optional(),
      cluster: z.string().optional(),
      unit: z.string().optional(),
    }),
    response: z.array(
      z.object({
        year: z.number(),
        month: z.number(),
        value: nullableNumber,
        monthValue: nullableNumber,
        base: nullableNumber,
        growth: nullableNumber,
        derived: z.boolean(),
        contributors: z.number(),
      }),
    ),
    handler: async (context, { query, caller }) => {
      permittedAudience(caller, { kind: 'full' });
      return (
        await computeTimeSeries(context.database.db, {
          measure: query.measure,
          from: query.from,
          to: query.to,
          systemId: query.system,
          clusterId: query.cluster,
          reportingUnitId: query.unit,
        })
      ).map(({ cell: _cell, ...point }) => point);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/statistics/specialisation',
    summary: '区位商、专业化、空间集中度（全权限时含企业集中度）(LQ, Krugman, spatial and firm concentration)',
    tag: 'statistics',
    access: 'statistics.read',
    query: z.object({ system: z.string().min(1), period: periodParam, measure: measureParam, audience: audienceParam }),
    response: z.object({
      clusters: z.array(z.object({ id: z.string(), name: bilingualName })),
      units: z.array(
        z.object({
          id: z.string(),
          name: bilingualName,
          locationQuotients: z.array(nullableNumber),
          krugman: nullableNumber,
        }),
      ),
      spatialHerfindahl: z.array(nullableNumber),
      firmConcentration: z
        .array(
          z.object({
            firms: z.number(),
            top1Share: nullableNumber,
            top4Share: nullableNumber,
            herfindahl: nullableNumber,
          }),
        )
        .nullable(),
    }),
    handler: (context, { query, caller }) =>
      computeClusterSpecialisation(
        context.database.db,
        { systemId: query.system, measure: query.measure, ...query.period },
        permittedAudience(caller, query.audience),
        context.disclosureRules,
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/api/statistics/targets',
    summary: '目标进度与到期预测 (target progress and projection to the deadline)',
    tag: 'statistics',
    access: 'statistics.read',
    query: z.object({ system: z.string().min(1), year: yearParam }),
    response: z.array(
      z.object({
        targetId: z.string(),
        systemId: z.string(),
        clusterId: z.string().nullable(),
        name: bilingualName,
        indicator: z.string(),
        targetYear: z.number(),
        targetValue: z.number(),
        unit: z.string(),
        actualYear: nullableNumber,
        actualValue: nullableNumber,
        progress: nullableNumber,
        requiredAnnualGrowth: nullableNumber,
        actualAnnualGrowth: nullableNumber,
        projectedValue: nullableNumber,
        onTrack: z.boolean().nullable(),
        unavailable: bilingualName.nullable(),
      }),
    ),
    handler: (context, { query }) => keptTargetProgress(context.database.db, query.system, query.year),
  }),
  defineRoute({
    method: 'put',
    path: '/api/statistics/official-rates',
    summary: '记录统计局公布的增速（可比价）(record an official growth rate)',
    tag: 'statistics',
    access: 'statistics.write',
    body: z.object({
      measure: z.string().min(1),
      scope: z.string().min(1).default('city'),
      period: periodParam,
      ratePercent: z.string().min(1),
      source: z.string().min(1),
    }),
    response: z.object({ recorded: z.literal(true) }),
    handler: async (context, { body, caller }) => {
      await recordOfficialGrowthRate(context.database.db, {
        measure: body.measure,
        scope: body.scope,
        ...body.period,
        ratePercent: body.ratePercent,
        source: body.source,
        recordedBy: actorOf(caller),
      });
      return { recorded: true as const };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/reports/bulletin',
    summary: '产业集群专刊数据 (the monthly cluster bulletin as data)',
    tag: 'statistics',
    access: 'report.read',
    query: bulletinQuery,
    response: z.unknown(),
    handler: (context, { query, caller }) =>
      buildBulletinDocument(context.database.db, {
        ...query.period,
        systemIds: query.system?.split(','),
        audience: permittedAudience(caller, query.audience),
        rules: context.disclosureRules,
      }),
  }),
  bulletinRoute('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  bulletinRoute('pdf', 'application/pdf'),
];
