/**
 * Evidence facts (证据事实) for the evaluation's bonus, penalty and veto rules: list them by year and enterprise
 * (enterprise.read, within the caller's scope: a county its unit's firms, an enterprise user its own), record many
 * at once (all or nothing; tags must be known to the loaded schemes) and retract one (it stays as history) with
 * enterprise.write, city-wide accounts only. The recorder is the session's login; the admin token names one.
 */
import { z } from 'zod';
import { withScopedRead } from '../../services/access/scoped-read.ts';
import { listEvaluationFacts } from '../../services/evaluation/list-evaluation-facts.ts';
import { recordEvaluationFacts } from '../../services/evaluation/record-evaluation-facts.ts';
import { retractEvaluationFact } from '../../services/evaluation/retract-evaluation-fact.ts';
import { actingPerson, callerDataScope } from '../caller-access.ts';
import { defineRoute } from '../route-definition.ts';
import { yearParam } from '../schemas/common.schema.ts';
import { actor } from '../schemas/evaluation.schema.ts';
const optionalText = (max: number) => z.string().max(max).nullable().optional();

const factRecord = z
  .object({
    id: z.number(),
    uscc: z.string(),
    reportingUnit: z.string(),
    year: z.number(),
    tag: z.string(),
    ref: z.string().nullable(),
    count: z.number(),
    date: z.string().nullable(),
    source: z.string().nullable(),
    note: z.string().nullable(),
    recordedBy: z.string(),
    recordedAt: z.date(),
    retracted: z.boolean(),
    retractedAt: z.date().nullable(),
    retractedBy: z.string().nullable(),
    retractReason: z.string().nullable(),
  })
  .meta({ id: 'EvaluationFact' });

const newFact = z.object({
  uscc: z.string().min(1).max(40),
  year: z.number().int().min(1900).max(2200),
  tag: z.string().trim().min(1).max(100),
  ref: optionalText(200),
  count: z.number().int().min(1).max(1_000_000).optional(),
  date: optionalText(10),
  source: optionalText(200),
  note: optionalText(2000),
});

export const evaluationFactRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/evaluation/facts',
    summary: '证据事实 (evidence facts, by year and enterprise; retracted ones marked)',
    tag: 'evaluation',
    access: 'enterprise.read',
    scoping: 'rows',
    query: z.object({ year: yearParam.optional(), uscc: z.string().min(1).max(40).optional() }),
    response: z.array(factRecord),
    handler: (context, { query, caller }) => {
      const scope = callerDataScope(caller, 'enterprise.read');
      return withScopedRead(context.database, scope, (db) => listEvaluationFacts(db, { ...query, scope }));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/evaluation/facts',
    summary: '登记证据事实，全部成功或全部不登记 (record evidence facts, all or nothing; tags known to the schemes)',
    tag: 'evaluation',
    access: 'enterprise.write',
    status: 201,
    body: z.object({ recordedBy: actor, facts: z.array(newFact).min(1).max(10_000) }),
    response: z.object({ recorded: z.number(), ids: z.array(z.number()) }),
    handler: (context, { body, caller }) =>
      recordEvaluationFacts(context.database.db, {
        facts: body.facts,
        recordedBy: actingPerson(caller, body.recordedBy, 'recordedBy'),
        origin: 'api',
        pathOf: (index, field) => `body.facts.${index}.${field}`,
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/evaluation/facts/{id}/retract',
    summary: '撤销证据事实，保留记录 (retract a fact; it stays as history and no longer counts in new runs)',
    tag: 'evaluation',
    access: 'enterprise.write',
    params: z.object({ id: z.coerce.number().int().positive() }),
    body: z.object({ retractedBy: actor, reason: z.string().trim().min(1).max(2000) }),
    response: factRecord,
    handler: (context, { params, body, caller }) =>
      retractEvaluationFact(context.database.db, {
        id: params.id,
        retractedBy: actingPerson(caller, body.retractedBy, 'retractedBy'),
        reason: body.reason,
      }),
  }),
];
