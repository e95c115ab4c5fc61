/**
 * 亩均论英雄 evaluations: schemes, runs (start, show, verify), the workflow (submit, publish with two-person
 * approval) and what a run gives (explanation, robustness, policy ledger, rectification candidates, the event
 * trail), with re-grades and appeals (evaluation-review.routes.ts), the list export and the evidence facts
 * (evaluation-list.routes.ts, evaluation-fact.routes.ts) appended. Each route names its permission. Reads a county
 * (unit scope) or an enterprise user may make carry `scoping: 'rows'`: published runs only, the whole record and
 * group figures, the results of its own enterprises; everything else serves city-wide accounts. Every acting
 * person (createdBy, submittedBy, approvedBy, …) is the session's login; the admin token must name one. Scoped
 * reads of enterprise-level rows go through withScopedRead, so PostgreSQL's row-level security repeats the scope.
 */
import { z } from 'zod';
import { withScopedRead } from '../../services/access/scoped-read.ts';
import { assessEvaluationRobustness } from '../../services/evaluation/assess-evaluation-robustness.ts';
import { buildEvaluationLedger } from '../../services/evaluation/build-evaluation-ledger.ts';
import { explainEvaluationResult } from '../../services/evaluation/explain-evaluation-result.ts';
import { findEvaluationCandidates } from '../../services/evaluation/find-evaluation-candidates.ts';
import { getEvaluationRun } from '../../services/evaluation/get-evaluation-run.ts';
import { listEvaluationEvents } from '../../services/evaluation/list-evaluation-events.ts';
import { listEvaluationRuns } from '../../services/evaluation/list-evaluation-runs.ts';
import { listEvaluationSchemes } from '../../services/evaluation/list-evaluation-schemes.ts';
import { loadEvaluationSchemes } from '../../services/evaluation/load-evaluation-schemes.ts';
import { publishEvaluationRun } from '../../services/evaluation/publish-evaluation-run.ts';
import { startEvaluationRun } from '../../services/evaluation/start-evaluation-run.ts';
import { submitEvaluationRun } from '../../services/evaluation/submit-evaluation-run.ts';
import { verifyEvaluationRun } from '../../services/evaluation/verify-evaluation-run.ts';
import { actingPerson, callerDataScope } from '../caller-access.ts';
import { defineRoute } from '../route-definition.ts';
import { bilingualName, yearParam } from '../schemas/common.schema.ts';
import { actor, idParam as runParam } from '../schemas/evaluation.schema.ts';
import { evaluationFactRoutes } from './evaluation-fact.routes.ts';
import { evaluationListRoutes } from './evaluation-list.routes.ts';
import { evaluationReviewRoutes } from './evaluation-review.routes.ts';

const runUsccParam = runParam.extend({ uscc: z.string().min(1).max(40) });
const status = z.enum(['draft', 'in_review', 'published']);
const json = z.record(z.string(), z.unknown());

const runRecord = z
  .object({
    id: z.number(),
    schemeId: z.string(),
    schemeVersion: z.number(),
    year: z.number(),
    region: z.string().nullable(),
    status,
    digest: z.string(),
    schemeDigest: z.string(),
    inputDigest: z.string(),
    createdBy: z.string(),
    createdAt: z.date(),
    submittedBy: z.string().nullable(),
    submittedAt: z.date().nullable(),
    publishedBy: z.string().nullable(),
    publishedAt: z.date().nullable(),
    appealDeadline: z.date().nullable(),
  })
  .meta({ id: 'EvaluationRunRecord' });

const resultRow = z
  .object({
    uscc: z.string(),
    name: z.string().nullable(),
    reportingUnit: z.string(),
    unitId: z.string(),
    groupId: z.string().nullable(),
    status: z.enum(['rated', 'unrated', 'excluded']),
    total: z.number().nullable(),
    rank: z.number().nullable(),
    percentile: z.number().nullable(),
    initialClass: z.string().nullable(),
    finalClass: z.string().nullable(),
    reason: z.object({ code: z.string(), zh: z.string(), en: z.string() }).nullable(),
  })
  .meta({ id: 'EvaluationResultRow' });

export const evaluationRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/evaluation/schemes',
    summary: '评价方案 (the stored evaluation schemes, every version; methods only, no enterprise data)',
    tag: 'evaluation',
    access: 'evaluation.read',
    scoping: 'rows',
    response: z.array(
      z.object({
        id: z.string(),
        version: z.number(),
        year: z.number(),
        region: z.string().nullable(),
        name: bilingualName,
        digest: z.string(),
        file: z.string().nullable(),
        loadedAt: z.date(),
      }),
    ),
    handler: (context) => listEvaluationSchemes(context.database.db),
  }),
  defineRoute({
    method: 'post',
    path: '/api/evaluation/schemes/load',
    summary: '载入随产品提供的评价方案 (load the shipped schemes; unchanged ones are skipped by digest)',
    tag: 'evaluation',
    access: 'evaluation.scheme',
    body: z.object({ loadedBy: actor }),
    response: z.array(
      z.object({
        id: z.string(),
        version: z.number(),
        file: z.string(),
        digest: z.string(),
        status: z.enum(['added', 'unchanged']),
      }),
    ),
    handler: (context, { body, caller }) =>
      loadEvaluationSchemes(context.database.db, { loadedBy: actingPerson(caller, body.loadedBy, 'loadedBy') }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/evaluation/runs',
    summary: '开始一次评价 (start a run of a scheme on the stored data of its year; a draft with its digest)',
    tag: 'evaluation',
    access: 'evaluation.run',
    status: 201,
    body: z.object({
      scheme: z.string().min(1).max(100),
      version: z.number().int().positive().optional(),
      createdBy: actor,
    }),
    response: z.object({
      runId: z.number(),
      digest: z.string(),
      inputDigest: z.string(),
      enterprises: z.number(),
      issues: z.array(z.string()),
    }),
    handler: async (context, { body, caller }) => {
      const { runId, run } = await startEvaluationRun(context.database.db, {
        schemeId: body.scheme,
        schemeVersion: body.version,
        createdBy: actingPerson(caller, body.createdBy, 'createdBy'),
      });
      return {
        runId,
        digest: run.digest,
        inputDigest: run.inputDigest,
        enterprises: run.results.length,
        issues: run.issues,
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/evaluation/runs',
    summary: '评价批次列表 (runs, newest first; county and enterprise accounts see published runs only)',
    tag: 'evaluation',
    access: 'evaluation.read',
    scoping: 'rows',
    query: z.object({ scheme: z.string().optional(), year: yearParam.optional(), status: status.optional() }),
    response: z.array(runRecord),
    handler: (context, { query, caller }) => {
      const scope = callerDataScope(caller, 'evaluation.read');
      return withScopedRead(context.database, scope, (db) =>
        listEvaluationRuns(db, { scope, schemeId: query.scheme, year: query.year, status: query.status }),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/evaluation/runs/{id}',
    summary:
      '一次评价的结果，县级与企业账号仅见已发布批次中本单位或本企业的结果 (a run: record, groups and every enterprise in the caller’s scope with 初评 and 调档后 class)',
    tag: 'evaluation',
    access: 'evaluation.read',
    scoping: 'rows',
    params: runParam,
    response: runRecord.extend({
      issues: z.array(z.string()),
      excluded: z.number(),
      groups: z.array(json),
      results: z.array(resultRow),
    }),
    handler: (context, { params, caller }) => {
      const scope = callerDataScope(caller, 'evaluation.read');
      return getEvaluationRun(context.database.db, params.id, scope, (work) =>
        withScopedRead(context.database, scope, work),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/evaluation/runs/{id}/verification',
    summary: '校验评价批次 (recompute from the stored scheme and input: the same digest?)',
    tag: 'evaluation',
    access: 'evaluation.read',
    params: runParam,
    response: z.object({
      runId: z.number(),
      digest: z.string(),
      recomputedDigest: z.string(),
      intact: z.boolean(),
      reproducible: z.boolean(),
      inputDigest: z.string(),
      currentInputDigest: z.string(),
      inputChangedSince: z.boolean(),
    }),
    handler: (context, { params }) => verifyEvaluationRun(context.database.db, params.id),
  }),
  defineRoute({
    method: 'post',
    path: '/api/evaluation/runs/{id}/submit',
    summary: '提交审核 (submit a draft for review; it is verified first)',
    tag: 'evaluation',
    access: 'evaluation.submit',
    params: runParam,
    body: z.object({ submittedBy: actor }),
    response: z.object({ ok: z.literal(true) }),
    handler: async (context, { params, body, caller }) => {
      await submitEvaluationRun(context.database.db, {
        runId: params.id,
        submittedBy: actingPerson(caller, body.submittedBy, 'submittedBy'),
      });
      return { ok: true };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/evaluation/runs/{id}/publish',
    summary:
      '发布，发布人须不同于提交人 (publish with two-person approval: not the submitter; opens the appeal window, 15 days unless given)',
    tag: 'evaluation',
    access: 'evaluation.publish',
    params: runParam,
    body: z.object({ approvedBy: actor, appealDays: z.number().int().min(0).max(365).optional() }),
    response: z.object({ publishedAt: z.date(), appealDeadline: z.date() }),
    handler: (context, { params, body, caller }) =>
      publishEvaluationRun(context.database.db, {
        runId: params.id,
        approvedBy: actingPerson(caller, body.approvedBy, 'approvedBy'),
        appealDays: body.appealDays,
      }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/evaluation/runs/{id}/enterprises/{uscc}',
    summary:
      '一家企业的评价说明，限本人数据范围 (one enterprise in the caller’s scope: indicators, scores, rules, next class, re-grades, appeals)',
    tag: 'evaluation',
    access: 'evaluation.read',
    scoping: 'rows',
    params: runUsccParam,
    response: z.object({
      runId: z.number(),
      uscc: z.string(),
      initialClass: z.string().nullable(),
      finalClass: z.string().nullable(),
      explanation: json,
      regrades: z.array(json),
      appeals: z.array(json),
    }),
    handler: (context, { params, caller }) => {
      const scope = callerDataScope(caller, 'evaluation.read');
      return explainEvaluationResult(context.database.db, params.id, params.uscc, scope, (work) =>
        withScopedRead(context.database, scope, work),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/evaluation/runs/{id}/robustness',
    summary: '等级稳健性 (classes under perturbed weights and baselines; seeded)',
    tag: 'evaluation',
    access: 'evaluation.read',
    params: runParam,
    query: z.object({
      seed: z.string().max(100).default('1'),
      draws: z.coerce.number().int().min(1).max(5000).default(200),
      weightSpread: z.coerce.number().min(0).lt(1).optional(),
      baselineSpread: z.coerce.number().min(0).lt(1).optional(),
      stabilityThreshold: z.coerce.number().min(0).max(1).optional(),
    }),
    response: z.object({
      runId: z.number(),
      options: json,
      enterprises: z.array(json),
      fragileCount: z.number(),
    }),
    handler: (context, { params, query }) =>
      assessEvaluationRobustness(context.database.db, params.id, {
        seed: query.seed,
        draws: query.draws,
        ...(query.weightSpread !== undefined ? { weightSpread: query.weightSpread } : {}),
        ...(query.baselineSpread !== undefined ? { baselineSpread: query.baselineSpread } : {}),
        ...(query.stabilityThreshold !== undefined ? { stabilityThreshold: query.stabilityThreshold } : {}),
      }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/evaluation/runs/{id}/ledger',
    summary: '差别化政策台账 (per enterprise what its final class brings, and the city totals)',
    tag: 'evaluation',
    access: 'evaluation.read',
    params: runParam,
    response: z.object({
      runId: z.number(),
      year: z.number(),
      status: z.string(),
      historyRuns: z.array(z.object({ runId: z.number(), year: z.number() })),
      entries: z.array(json),
      totals: z.array(json),
    }),
    handler: (context, { params }) => buildEvaluationLedger(context.database.db, params.id),
  }),
  defineRoute({
    method: 'get',
    path: '/api/evaluation/runs/{id}/candidates',
    summary: '整治对象候选 (rectification candidates: class D, or tax per 亩 under the floor for N years)',
    tag: 'evaluation',
    access: 'evaluation.read',
    params: runParam,
    response: z.object({
      runId: z.number(),
      year: z.number(),
      years: z.array(z.number()),
      candidates: z.array(json),
    }),
    handler: (context, { params }) => findEvaluationCandidates(context.database.db, params.id),
  }),
  defineRoute({
    method: 'get',
    path: '/api/evaluation/runs/{id}/events',
    summary: '评价过程记录 (every workflow step of a run: who, what, when, details)',
    tag: 'evaluation',
    access: 'evaluation.read',
    params: runParam,
    response: z.array(
      z.object({
        id: z.number(),
        action: z.string(),
        actor: z.string(),
        at: z.date(),
        enterpriseId: z.number().nullable(),
        reportingUnit: z.string().nullable(),
        details: json,
      }),
    ),
    handler: (context, { params }) => listEvaluationEvents(context.database.db, params.id),
  }),
  ...evaluationReviewRoutes,
  ...evaluationListRoutes,
  ...evaluationFactRoutes,
];
