/**
 * The cultivation pools (企业培育库): counts by tier × unit on a date, the entries with their validity and latest
 * review, candidate screening against a tier's criteria, tier transitions between two list years, a cluster's
 * counts by tier, the criteria themselves, and recording a review (kept / withdrawn) as the session's account.
 * Firm-level answers are within the caller's scope (a county's staff see and review their own unit's firms);
 * counts are the city's. The list GET /api/pools stays in registers.routes.ts with its shape.
 */
import {
  CONDITION_OUTCOMES,
  isIsoDate,
  POOL_LEVELS,
  POOL_METRICS,
  POOL_TIERS,
  POOL_TRANSITION_KINDS,
} from '@observatory/core';
import { z } from 'zod';
import { withScopedRead } from '../../services/access/scoped-read.ts';
import { countClusterPools } from '../../services/pools/count-cluster-pools.ts';
import { listPoolEntryStates } from '../../services/pools/list-pool-entry-states.ts';
import { listPoolTransitions } from '../../services/pools/list-pool-transitions.ts';
import { poolCriteria } from '../../services/pools/pool-criteria-file.ts';
import { listPoolTargetProgress } from '../../services/pools/pool-target-progress.ts';
import { recordPoolReview } from '../../services/pools/record-pool-review.ts';
import { screenPoolCandidates } from '../../services/pools/screen-pool-candidates.ts';
import { summarisePools } from '../../services/pools/summarise-pools.ts';
import { actorOf, callerDataScope, requireCaller } from '../caller-access.ts';
import { defineRoute } from '../route-definition.ts';
import { bilingualName, yearParam } from '../schemas/common.schema.ts';

const isoDate = z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD 的有效日期 (a real date written YYYY-MM-DD)');
const tier = z.enum(POOL_TIERS);
const uscc = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/u, '统一社会信用代码为 18 位 (an 18-character USCC)');
const review = z.object({
  reviewedOn: z.string(),
  outcome: z.enum(['kept', 'withdrawn']),
  reviewer: z.string(),
  note: z.string().nullable(),
});

const entryState = z
  .object({
    uscc: z.string(),
    name: z.string().nullable(),
    reportingUnit: z.string(),
    tier,
    tierText: z.string(),
    entryDate: z.string(),
    validUntil: z.string(),
    document: z.string().nullable(),
    level: z.enum(POOL_LEVELS).nullable(),
    listYear: z.number(),
    provenance: z.object({ batchId: z.number(), sheetRow: z.number() }),
    validity: z.enum(['not_yet', 'in_force', 'expiring', 'expired', 'withdrawn']),
    daysLeft: z.number(),
    lastReview: review.nullable(),
  })
  .meta({ id: 'PoolEntryState' });

const conditionResult = z.object({
  id: z.string(),
  text: bilingualName,
  check: z.enum(['at_least', 'in_pool', 'manual']),
  metric: z.enum(POOL_METRICS).nullable(),
  threshold: z.number().nullable(),
  value: z.number().nullable(),
  outcome: z.enum(CONDITION_OUTCOMES),
  reason: z.enum(['manual', 'no_data']).nullable(),
});

const screening = z
  .object({
    tier,
    year: z.number(),
    screenable: z.boolean(),
    source: z.string(),
    firmsScreened: z.number(),
    alreadyInTier: z.number(),
    withoutFigures: z.number(),
    eligible: z.number(),
    missingData: z.number(),
    candidates: z.array(
      z.object({
        uscc: z.string(),
        name: z.string().nullable(),
        reportingUnit: z.string(),
        industryCode: z.string().nullable(),
        aboveScale: z.boolean().nullable(),
        outcome: z.enum(['eligible', 'missing_data']),
        revenueYuan: z.number().nullable(),
        conditions: z.array(conditionResult),
      }),
    ),
  })
  .meta({ id: 'PoolScreening' });

const tierCounts = z.record(tier, z.number());

export const poolsRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/pools/summary',
    summary:
      '培育库在库企业数（层级 × 报送单位；默认最近名单年末）(entries in force on a date by tier and unit; default the latest list year end)',
    tag: 'pools',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({ date: isoDate.optional() }),
    response: z
      .object({
        date: z.string(),
        listYears: z.array(z.number()),
        units: z.array(z.string()),
        tiers: z.array(
          z.object({ tier, total: z.number(), expiring: z.number(), byUnit: z.record(z.string(), z.number()) }),
        ),
      })
      .meta({ id: 'PoolSummary' }),
    handler: (context, { query }) => summarisePools(context.database.db, query.date),
  }),
  defineRoute({
    method: 'get',
    path: '/api/pools/entries',
    summary: '在库企业及其有效期状态与最近复核 (entries on a date with validity and latest review; within scope)',
    tag: 'pools',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({
      date: isoDate,
      tier: tier.optional(),
      unit: z.string().max(20).optional(),
      includeEnded: z.enum(['true', 'false']).optional(),
    }),
    response: z.array(entryState),
    handler: (context, { query, caller }) => {
      const scope = callerDataScope(caller, 'register.read');
      return withScopedRead(context.database, scope, (db) =>
        listPoolEntryStates(db, {
          date: query.date,
          scope,
          tier: query.tier,
          unit: query.unit,
          includeEnded: query.includeEnded === 'true',
        }),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/pools/candidates',
    summary: '候选筛选：按认定条件逐条核验当年数据 (candidates for a tier screened condition by condition)',
    tag: 'pools',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({ tier, year: yearParam }),
    response: screening,
    handler: (context, { query, caller }) => {
      const scope = callerDataScope(caller, 'register.read');
      return withScopedRead(context.database, scope, (db) =>
        screenPoolCandidates(db, { tier: query.tier, year: query.year, scope }),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/pools/transitions',
    summary: '层级变动：两个名单年度之间的新入库、升级、降级、保持、退出与到期 (tier transitions between two years)',
    tag: 'pools',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({ from: yearParam, to: yearParam }),
    response: z
      .object({
        from: z.number(),
        to: z.number(),
        ladders: z.array(z.object({ id: z.string(), name: bilingualName, tiers: z.array(tier) })),
        counts: z.record(z.enum(POOL_TRANSITION_KINDS), z.number()),
        transitions: z.array(
          z.object({
            uscc: z.string(),
            name: z.string().nullable(),
            reportingUnit: z.string(),
            ladder: z.string(),
            fromTier: tier.nullable(),
            toTier: tier.nullable(),
            kind: z.enum(POOL_TRANSITION_KINDS),
          }),
        ),
      })
      .meta({ id: 'PoolTransitions' }),
    handler: (context, { query, caller }) => {
      const scope = callerDataScope(caller, 'register.read');
      return withScopedRead(context.database, scope, (db) =>
        listPoolTransitions(db, { from: query.from, to: query.to, scope }),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/pools/clusters',
    summary: '集群成员企业的培育库层级计数 (a cluster’s member firms in force by tier at a year’s end)',
    tag: 'pools',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({ system: z.string().min(1).max(100), cluster: z.string().min(1).max(100), year: yearParam }),
    response: z.object({
      system: z.string(),
      cluster: z.string(),
      year: z.number(),
      date: z.string(),
      membershipYear: z.number().nullable(),
      members: z.number(),
      counts: tierCounts,
    }),
    handler: (context, { query }) =>
      countClusterPools(context.database.db, { system: query.system, cluster: query.cluster, year: query.year }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/pools/targets',
    summary: '培育库相关的 2025 年目标及其实测值 (the system’s pool targets with the value measured at a year’s end)',
    tag: 'pools',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({ system: z.string().min(1).max(100).default('wuda'), year: yearParam }),
    response: z.array(
      z.object({
        id: z.string(),
        name: bilingualName,
        measure: z.string(),
        target: z.number(),
        unit: z.string(),
        deadline: z.string(),
        value: z.number().nullable(),
        year: z.number().nullable(),
        basis: bilingualName.nullable(),
        unavailable: bilingualName.nullable(),
      }),
    ),
    handler: (context, { query }) =>
      listPoolTargetProgress(context.database.db, { system: query.system, year: query.year }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/pools/criteria',
    summary: '培育库认定条件与层级梯度 (the criteria per tier and the ladders)',
    tag: 'pools',
    access: 'register.read',
    scoping: 'rows',
    response: z.object({
      source: z.string(),
      ladders: z.array(z.object({ id: z.string(), name: bilingualName, tiers: z.array(tier) })),
      tiers: z.array(
        z.object({
          tier,
          level: z.enum(POOL_LEVELS).nullable(),
          validityYears: z.number().nullable(),
          source: z.string(),
          note: bilingualName.optional(),
          conditions: z.array(
            z.object({
              id: z.string(),
              check: z.enum(['at_least', 'in_pool', 'manual']),
              text: bilingualName,
              metric: z.enum(POOL_METRICS).optional(),
              value: z.number().optional(),
              tiers: z.array(tier).optional(),
            }),
          ),
        }),
      ),
    }),
    handler: async () => poolCriteria(),
  }),
  defineRoute({
    method: 'post',
    path: '/api/pools/reviews',
    summary: '记录培育库复核（保留或撤销；复核人为当前登录账号）(record a review; the reviewer is the caller)',
    tag: 'pools',
    access: 'register.write',
    scoping: 'rows',
    status: 201,
    body: z.object({
      uscc,
      tier,
      entryDate: isoDate.optional(),
      reviewedOn: isoDate,
      outcome: z.enum(['kept', 'withdrawn']),
      note: z.string().max(2000).optional(),
    }),
    response: z.object({
      id: z.number(),
      uscc: z.string(),
      tier,
      entryDate: z.string(),
      reviewedOn: z.string(),
      outcome: z.enum(['kept', 'withdrawn']),
      note: z.string().nullable(),
      reviewer: z.string(),
      recordedAt: z.string(),
    }),
    handler: (context, { body, caller }) =>
      recordPoolReview(context.database.db, {
        ...body,
        by: actorOf(caller),
        subject: requireCaller(caller).subject,
      }),
  }),
];
