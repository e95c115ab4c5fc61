/**
 * Early warnings: the list (filtered by status, severity, unit, rule) with the last run, a run on demand, the
 * lifecycle (acknowledge, close with a note) and the current rules. Warnings about one enterprise are shown only
 * within the caller's enterprise scope; a county's staff handle their own unit's warnings. The actor of a session
 * is its login (a name in the body must match it); the admin token names one.
 */
import { z } from 'zod';
import { acknowledgeWarning, closeWarning } from '../../services/warnings/change-warning-status.ts';
import { listWarningRules } from '../../services/warnings/list-warning-rules.ts';
import { listWarnings } from '../../services/warnings/list-warnings.ts';
import { runWarnings } from '../../services/warnings/run-warnings.ts';
import { actingPerson, callerDataScope, requireCaller } from '../caller-access.ts';
import { defineRoute } from '../route-definition.ts';
import { bilingualName, periodParam } from '../schemas/common.schema.ts';

const actor = z.string().trim().min(1).max(100);
const severity = z.enum(['red', 'orange', 'yellow']);
const status = z.enum(['open', 'acknowledged', 'closed']);
const warningParam = z.object({ id: z.coerce.number().int().positive() });
const json = z.record(z.string(), z.unknown());

const warning = z
  .object({
    id: z.number(),
    ruleId: z.string(),
    ruleDigest: z.string(),
    kind: z.string(),
    subject: z.object({ kind: z.string(), id: z.string(), name: bilingualName }),
    reportingUnitId: z.string().nullable(),
    period: z.string(),
    severity,
    figures: json,
    message: bilingualName,
    owner: z.string(),
    status,
    openedAt: z.date(),
    lastSeenAt: z.date(),
    clearedAt: z.date().nullable(),
    acknowledgedBy: z.string().nullable(),
    acknowledgedAt: z.date().nullable(),
    closedBy: z.string().nullable(),
    closedAt: z.date().nullable(),
    closeNote: z.string().nullable(),
  })
  .meta({ id: 'Warning' });

const runSummary = z
  .object({
    period: z.object({ year: z.number(), month: z.number() }).nullable(),
    ruleSetDigest: z.string(),
    opened: z.number(),
    raised: z.number(),
    seenAgain: z.number(),
    cleared: z.number(),
    rules: z.array(
      z.object({
        ruleId: z.string(),
        kind: z.string(),
        evaluable: z.boolean(),
        reason: bilingualName.nullable(),
        findings: z.number(),
        skipped: z.number(),
      }),
    ),
  })
  .meta({ id: 'WarningRunSummary' });

export const warningsRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/warnings',
    summary: '预警列表 (warnings, red first, newest first; with the last run)',
    tag: 'warnings',
    access: 'warning.read',
    query: z.object({
      status: status.optional(),
      severity: severity.optional(),
      unit: z.string().min(1).max(40).optional(),
      rule: z.string().min(1).max(100).optional(),
      limit: z.coerce.number().int().min(1).max(1000).default(200),
    }),
    response: z.object({
      lastRun: z.object({ action: z.string(), actor: z.string(), at: z.date(), details: json }).nullable(),
      warnings: z.array(warning),
    }),
    handler: (context, { query, caller }) =>
      listWarnings(context.database.db, {
        enterpriseScope: callerDataScope(caller, 'enterprise.read'),
        status: query.status,
        severity: query.severity,
        reportingUnitId: query.unit,
        ruleId: query.rule,
        limit: query.limit,
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/warnings/run',
    summary: '运行预警规则 (evaluate every enabled rule for a month; default the latest with data)',
    tag: 'warnings',
    access: 'warning.run',
    body: z.object({
      period: periodParam
        .refine((period) => period.month > 0, '预警按月运行 (warnings run on a month: YYYY-MM)')
        .optional(),
      runBy: actor.optional(),
    }),
    response: runSummary,
    handler: (context, { body, caller }) =>
      runWarnings(context.database.db, { period: body.period, actor: actingPerson(caller, body.runBy, 'runBy') }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/warnings/{id}/acknowledge',
    summary: '确认预警 (acknowledge an open warning)',
    tag: 'warnings',
    access: 'warning.handle',
    params: warningParam,
    body: z.object({ by: actor.optional() }),
    response: warning,
    handler: (context, { params, body, caller }) =>
      acknowledgeWarning(context.database.db, {
        id: params.id,
        by: actingPerson(caller, body.by, 'by'),
        subject: requireCaller(caller).subject,
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/warnings/{id}/close',
    summary: '关闭预警并说明处理情况 (close a warning with a note)',
    tag: 'warnings',
    access: 'warning.handle',
    params: warningParam,
    body: z.object({ by: actor.optional(), note: z.string().trim().min(1).max(2000) }),
    response: warning,
    handler: (context, { params, body, caller }) =>
      closeWarning(context.database.db, {
        id: params.id,
        by: actingPerson(caller, body.by, 'by'),
        note: body.note,
        subject: requireCaller(caller).subject,
      }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/warnings/rules',
    summary: '当前预警规则 (the current rule set: digest and rules)',
    tag: 'warnings',
    access: 'warning.read',
    response: z.object({ digest: z.string(), source: z.string(), loadedAt: z.date(), rules: z.array(json) }),
    handler: (context) => listWarningRules(context.database.db),
  }),
];
