/**
 * Re-grades (调档) and appeals of an evaluation run, with two-person approval of every class change. A re-grade
 * request and an appeal's acceptance that changes a class are stored pending; a second account with the same
 * permission approves (the class changes) or rejects them. A signed-in account acts as itself and can never be both
 * requester and approver; an admin-token script may still name both people in one call (`approvedBy`), as before.
 * Appeals are filed by enterprise users for themselves and by county staff for their unit's firms; the appeals of
 * a run are listed within the caller's scope.
 */
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { withScopedRead } from '../../services/access/scoped-read.ts';
import { approveAppealClassChange } from '../../services/evaluation/approve-appeal-class-change.ts';
import { approveEvaluationRegrade } from '../../services/evaluation/approve-evaluation-regrade.ts';
import { decideEvaluationAppeal } from '../../services/evaluation/decide-evaluation-appeal.ts';
import { fileEvaluationAppeal } from '../../services/evaluation/file-evaluation-appeal.ts';
import { listEvaluationAppeals } from '../../services/evaluation/list-evaluation-appeals.ts';
import { listRegradeRequests } from '../../services/evaluation/list-regrade-requests.ts';
import { regradeEvaluationResult } from '../../services/evaluation/regrade-evaluation-result.ts';
import { rejectAppealClassChange } from '../../services/evaluation/reject-appeal-class-change.ts';
import { rejectEvaluationRegrade } from '../../services/evaluation/reject-evaluation-regrade.ts';
import { actingPerson, callerDataScope, requireCaller } from '../caller-access.ts';
import type { Caller } from '../caller.ts';
import { defineRoute } from '../route-definition.ts';
import {
  actor,
  appealDecision,
  appealRecord,
  approvalRecord,
  classId,
  idParam,
  reasonText,
} from '../schemas/evaluation.schema.ts';

/**
 * The second person named in the same call: only an admin-token script may (it names both people); a signed-in
 * account approves someone else's request through the approve route, never its own in one step.
 */
function secondPersonAtOnce(caller: Caller | null, approvedBy: string | undefined): string | null {
  if (approvedBy === undefined) return null;
  if (requireCaller(caller).via === 'session')
    throw new AppError(
      'forbidden',
      '登录账号不能在同一请求中批准自己的申请，须由另一账号批准 (a signed-in account cannot approve its own request: another account approves it)',
      [{ path: 'body.approvedBy', message: 'not allowed for a session' }],
    );
  return approvedBy;
}

const approvalStatus = z.enum(['pending', 'approved', 'rejected']);
const approveBody = z.object({ approvedBy: actor, note: z.string().trim().max(2000).optional() });
const rejectBody = z.object({ rejectedBy: actor, reason: reasonText });

export const evaluationReviewRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/evaluation/runs/{id}/regrades',
    summary:
      '申请调档，待另一人批准 (request a re-grade before publication; it waits for a second person; an admin-token call may name the approver at once)',
    tag: 'evaluation',
    access: 'evaluation.regrade',
    status: 201,
    params: idParam,
    body: z.object({
      uscc: z.string().min(1).max(40),
      toClass: classId,
      reason: reasonText,
      requestedBy: actor,
      approvedBy: actor,
    }),
    response: approvalRecord.extend({ initialClass: z.string().nullable(), regradeId: z.number().nullable() }),
    handler: (context, { params, body, caller }) =>
      regradeEvaluationResult(context.database.db, {
        runId: params.id,
        uscc: body.uscc,
        toClass: body.toClass,
        reason: body.reason,
        requestedBy: actingPerson(caller, body.requestedBy, 'requestedBy'),
        approvedBy: secondPersonAtOnce(caller, body.approvedBy),
      }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/evaluation/runs/{id}/regrades',
    summary: '调档申请 (the re-grade requests of a run: pending, approved or rejected, with both people)',
    tag: 'evaluation',
    access: 'evaluation.read',
    params: idParam,
    query: z.object({ status: approvalStatus.optional() }),
    response: z.array(approvalRecord),
    handler: (context, { params, query, caller }) =>
      listRegradeRequests(context.database.db, params.id, {
        scope: callerDataScope(caller, 'evaluation.read'),
        status: query.status,
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/evaluation/regrades/{id}/approve',
    summary:
      '批准调档，须为申请人以外的另一人 (approve a pending re-grade: someone other than the requester; the class changes)',
    tag: 'evaluation',
    access: 'evaluation.regrade',
    params: idParam,
    body: approveBody,
    response: approvalRecord.extend({ regradeId: z.number() }),
    handler: (context, { params, body, caller }) =>
      approveEvaluationRegrade(context.database.db, {
        requestId: params.id,
        approvedBy: actingPerson(caller, body.approvedBy, 'approvedBy'),
        note: body.note,
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/evaluation/regrades/{id}/reject',
    summary:
      '驳回调档申请 (reject a pending re-grade with a reason: someone other than the requester; the class stays)',
    tag: 'evaluation',
    access: 'evaluation.regrade',
    params: idParam,
    body: rejectBody,
    response: approvalRecord,
    handler: (context, { params, body, caller }) =>
      rejectEvaluationRegrade(context.database.db, {
        requestId: params.id,
        rejectedBy: actingPerson(caller, body.rejectedBy, 'rejectedBy'),
        reason: body.reason,
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/evaluation/runs/{id}/appeals',
    summary:
      '企业申诉 (appeal a published result within the window: an enterprise user for itself, county staff for their unit’s firms)',
    tag: 'evaluation',
    access: 'appeal.file',
    scoping: 'rows',
    status: 201,
    params: idParam,
    body: z.object({
      uscc: z.string().min(1).max(40),
      reason: reasonText,
      requestedClass: classId.nullable().optional(),
      filedBy: actor,
    }),
    response: z.object({
      id: z.number(),
      uscc: z.string(),
      status: z.literal('open'),
      finalClass: z.string().nullable(),
    }),
    handler: (context, { params, body, caller }) =>
      fileEvaluationAppeal(context.database.db, {
        runId: params.id,
        uscc: body.uscc,
        reason: body.reason,
        requestedClass: body.requestedClass,
        filedBy: actingPerson(caller, body.filedBy, 'filedBy'),
        scope: callerDataScope(caller, 'appeal.file'),
      }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/evaluation/runs/{id}/appeals',
    summary:
      '申诉列表，限本人数据范围 (the appeals of a run in the caller’s scope, with decisions and any class change awaiting approval)',
    tag: 'evaluation',
    access: 'evaluation.read',
    scoping: 'rows',
    params: idParam,
    response: z.array(appealRecord),
    handler: (context, { params, caller }) => {
      const scope = callerDataScope(caller, 'evaluation.read');
      return withScopedRead(context.database, scope, (db) => listEvaluationAppeals(db, params.id, scope));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/evaluation/appeals/{id}/decision',
    summary:
      '处理申诉 (reject, accept, or accept with a new class: the class change waits for a second person unless an admin-token call names one)',
    tag: 'evaluation',
    access: 'appeal.decide',
    params: idParam,
    body: z.object({
      decision: z.enum(['accept', 'reject']),
      reason: reasonText,
      decidedBy: actor,
      newClass: classId.nullable().optional(),
      approvedBy: actor.nullable(),
    }),
    response: appealDecision,
    handler: (context, { params, body, caller }) =>
      decideEvaluationAppeal(context.database.db, {
        appealId: params.id,
        decision: body.decision,
        reason: body.reason,
        decidedBy: actingPerson(caller, body.decidedBy, 'decidedBy'),
        newClass: body.newClass,
        approvedBy: secondPersonAtOnce(caller, body.approvedBy ?? undefined),
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/evaluation/appeals/{id}/approve',
    summary:
      '批准申诉改档 (approve the class change proposed for an appeal: neither the decider nor the filer; the appeal is accepted and the class changes)',
    tag: 'evaluation',
    access: 'appeal.decide',
    params: idParam,
    body: approveBody,
    response: appealDecision,
    handler: (context, { params, body, caller }) =>
      approveAppealClassChange(context.database.db, {
        appealId: params.id,
        approvedBy: actingPerson(caller, body.approvedBy, 'approvedBy'),
        note: body.note,
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/evaluation/appeals/{id}/reject',
    summary:
      '驳回申诉改档 (reject the class change proposed for an appeal, with a reason: the class stays and the appeal is open for a new decision)',
    tag: 'evaluation',
    access: 'appeal.decide',
    params: idParam,
    body: rejectBody,
    response: appealDecision,
    handler: (context, { params, body, caller }) =>
      rejectAppealClassChange(context.database.db, {
        appealId: params.id,
        rejectedBy: actingPerson(caller, body.rejectedBy, 'rejectedBy'),
        reason: body.reason,
      }),
  }),
];
