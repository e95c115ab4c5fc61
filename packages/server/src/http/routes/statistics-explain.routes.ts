/**
 * What the web's statistics pages need besides the tables: the months that have statistics (period pickers) and
 * the explanation of one figure ("every number explains itself"), under the same disclosure control and audience
 * rule as the tables (statistics.routes.ts).
 */
import { z } from 'zod';
import { keptStatistics } from '../../services/disclosure/kept-statistics.ts';
import { explainStatistic } from '../../services/statistics/explain-statistic.ts';
import { listStatisticsPeriods } from '../../services/statistics/list-statistics-periods.ts';
import { permittedAudience } from '../caller-access.ts';
import { defineRoute } from '../route-definition.ts';
import { audienceParam } from '../schemas/audience.schema.ts';
import { bilingualName, periodParam } from '../schemas/common.schema.ts';

const explanationSchema = z
  .object({
    measure: z.object({ code: z.string(), name: bilingualName, unit: z.string() }),
    period: z.string(),
    systemId: z.string().nullable(),
    clusterId: z.string().nullable(),
    reportingUnitId: z.string().nullable(),
    value: z.number().nullable(),
    base: z.number().nullable(),
    growth: z.number().nullable(),
    derived: z.boolean(),
    formula: bilingualName,
    scope: bilingualName.extend({ enterpriseCount: z.number().nullable() }),
    membership: z.object({
      year: z.number(),
      rule: bilingualName,
      catalogue: z.array(z.object({ clusterId: z.string(), industryPrefix: z.string(), coverage: z.string() })),
    }),
    sources: z.array(
      z.object({
        batchId: z.number(),
        source: z.string(),
        fileName: z.string(),
        importedAt: z.string(),
        period: z.string(),
        revision: z.number(),
      }),
    ),
    revision: z.number().nullable(),
    suppressed: z.boolean(),
    suppressionReason: bilingualName.extend({ rule: z.enum(['frequency', 'dominance', 'secondary']) }).nullable(),
  })
  .meta({ id: 'StatisticExplanation' });

export const statisticsExplainRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/statistics/periods',
    summary: '有统计数据的月份（新到旧）与最新月份 (the months with statistics, newest first, and the latest)',
    tag: 'statistics',
    access: 'statistics.read',
    response: z.object({ periods: z.array(z.string()), latest: z.string().nullable() }),
    handler: (context) => listStatisticsPeriods(context.database.db),
  }),
  defineRoute({
    method: 'get',
    path: '/api/statistics/explain',
    summary:
      '一个数字的来历：公式、口径与企业数、归属规则、数据来源批次与修订、是否因披露控制隐藏 ' +
      '(how one figure is computed, its scope, membership rule, source batches, revision and disclosure status)',
    tag: 'statistics',
    access: 'statistics.read',
    query: z.object({
      system: z.string().min(1).optional(),
      cluster: z.string().min(1).optional(),
      unit: z.string().min(1).optional(),
      measure: z.string().min(1).default('industrial_output'),
      period: periodParam,
      audience: audienceParam,
    }),
    response: explanationSchema,
    handler: (context, { query, caller }) => {
      const audience = permittedAudience(caller, query.audience);
      return keptStatistics(context.database.db, ['explain', query, audience, context.disclosureRules], () =>
        explainStatistic(
          context.database.db,
          {
            measure: query.measure,
            ...query.period,
            systemId: query.system,
            clusterId: query.cluster,
            reportingUnitId: query.unit,
          },
          audience,
          context.disclosureRules,
        ),
      );
    },
  }),
];
