/**
 * Enterprise self-service (企业自助): an enterprise's own stored figures of a year with their sources, and data
 * corrections (数据更正申请) — filed by the enterprise or its county's staff, listed within the caller's scope
 * (pending first), decided by the city. An accepted correction is a decision record; the value changes by a
 * re-import. (Appeals against evaluation results use POST /api/evaluation/runs/{id}/appeals.)
 */
import { z } from 'zod';
import { fileCorrectionRequest } from '../../services/corrections/file-correction-request.ts';
import { decideCorrectionRequest } from '../../services/corrections/decide-correction-request.ts';
import { listCorrectionRequests } from '../../services/corrections/list-correction-requests.ts';
import { listEnterpriseObservations } from '../../services/enterprise/list-enterprise-observations.ts';
import { actingPerson, actorOf, callerDataScope, requireCaller } from '../caller-access.ts';
import { defineRoute } from '../route-definition.ts';
import { bilingualName, paging, periodParam, yearParam } from '../schemas/common.schema.ts';

const usccParam = z.object({ uscc: z.string().min(1).max(40) });
const statusSchema = z.enum(['pending', 'accepted', 'rejected']);

const correctionSchema = z
  .object({
    id: z.number(),
    uscc: z.string(),
    reportingUnit: z.string(),
    measure: z.string(),
    period: z.string(),
    currentValue: z.string().nullable(),
    proposedValue: z.string(),
    reason: z.string(),
    filedBy: z.string(),
    filedAt: z.string(),
    status: statusSchema,
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
  })
  .meta({ id: 'CorrectionRequest' });

export const enterpriseSelfServiceRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/enterprises/{uscc}/observations',
    summary:
      '企业某年的现行数据：指标、期别、数值、单位与来源批次 (an enterprise’s current values of a year, with sources)',
    tag: 'enterprises',
    access: 'enterprise.read',
    scoping: 'rows',
    params: usccParam,
    query: z.object({ year: yearParam }),
    response: z.object({
      uscc: z.string(),
      year: z.number(),
      observations: z.array(
        z.object({
          measure: z.string(),
          name: bilingualName,
          unit: z.string(),
          period: z.string(),
          value: z.string(),
          baseValue: z.string().nullable(),
          batchId: z.number(),
          source: z.string(),
          fileName: z.string().nullable(),
          importedAt: z.string().nullable(),
        }),
      ),
    }),
    handler: (context, { params, query, caller }) =>
      listEnterpriseObservations(context.database, {
        uscc: params.uscc,
        year: query.year,
        scope: callerDataScope(caller, 'enterprise.read'),
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/enterprises/{uscc}/corrections',
    summary: '提出数据更正申请（申请人为当前登录账号）(request a data correction; the filer is the signed-in account)',
    tag: 'enterprises',
    access: 'correction.file',
    scoping: 'rows',
    status: 201,
    params: usccParam,
    body: z.object({
      measure: z.string().min(1).max(64),
      period: periodParam,
      proposedValue: z.string().min(1).max(40),
      reason: z.string().trim().min(1).max(2000),
    }),
    response: correctionSchema,
    handler: (context, { params, body, caller }) =>
      fileCorrectionRequest(
        context.database.db,
        {
          uscc: params.uscc,
          measure: body.measure,
          ...body.period,
          proposedValue: body.proposedValue,
          reason: body.reason,
          filedBy: actorOf(caller),
        },
        callerDataScope(caller, 'correction.file'),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/api/corrections',
    summary: '数据更正申请列表，待处理在前 (data-correction requests in the caller’s scope, pending first)',
    tag: 'enterprises',
    access: 'enterprise.read',
    scoping: 'rows',
    query: z.object({ status: statusSchema.optional(), uscc: z.string().min(1).max(40).optional(), ...paging }),
    response: z.array(correctionSchema.extend({ enterpriseName: z.string().nullable(), measureName: bilingualName })),
    handler: (context, { query, caller }) =>
      listCorrectionRequests(context.database, { ...query, scope: callerDataScope(caller, 'enterprise.read') }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/corrections/{id}/decision',
    summary:
      '处理更正申请：受理或驳回并填写意见；受理仅为处理记录，数据须重新导入更正 ' +
      '(accept or reject a correction; acceptance is a record, the value changes by a re-import)',
    tag: 'enterprises',
    access: 'enterprise.write',
    params: z.object({ id: z.coerce.number().int().positive() }),
    body: z.object({
      decision: z.enum(['accept', 'reject']),
      note: z.string().trim().min(1).max(2000),
      decidedBy: z.string().min(1).max(100).optional(),
    }),
    response: correctionSchema.extend({ message: bilingualName }),
    handler: (context, { params, body, caller, origin }) =>
      decideCorrectionRequest(context.database.db, {
        id: params.id,
        decision: body.decision,
        note: body.note,
        decidedBy: actingPerson(caller, body.decidedBy, 'decidedBy'),
        actor: requireCaller(caller).subject.accountId,
        origin,
      }),
  }),
];
