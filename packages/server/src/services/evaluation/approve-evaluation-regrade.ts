/**
 * The second step of a re-grade (调档): another person approves the pending request and the final class changes
 * (apply-evaluation-regrade.ts). Refused when the approver asked for it, when the request is no longer pending,
 * when the run was published meanwhile, or when the class changed since the request (ask again then).
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { decideEvaluationApprovalRow } from '../../repositories/evaluation-approval.repository.ts';
import { findEvaluationResult } from '../../repositories/evaluation.repository.ts';
import { requireApproval, requirePending, requireSecondPerson } from './approval-guards.ts';
import { applyEvaluationRegrade } from './apply-evaluation-regrade.ts';
import { requireActor, requireRunRecord, requireStatus } from './evaluation-guards.ts';
import { presentEvaluationApproval } from './present-evaluation-approval.ts';

export async function approveEvaluationRegrade(
  db: Kysely<DatabaseSchema>,
  input: { requestId: number; approvedBy: string; note?: string | null | undefined; now?: Date },
) {
  const approvedBy = requireActor(input.approvedBy, 'approvedBy');
  const note = input.note?.trim() || null;
  const request = await requireApproval(db, input.requestId, 'regrade');
  requirePending(request);
  requireSecondPerson(request, approvedBy, 'approvedBy');
  const record = await requireRunRecord(db, request.run_id);
  requireStatus(record, ['draft', 'in_review'], '批准调档 (approve a re-grade)');
  const result = await findEvaluationResult(db, request.run_id, request.enterprise_id);
  if (result.final_class !== request.from_class)
    throw new AppError(
      'conflict',
      `企业 ${result.uscc} 的等级已由 ${request.from_class} 变为 ${result.final_class ?? '—'}，请重新申请 (the class changed since request ${request.id}; ask again)`,
    );
  const now = input.now ?? new Date();
  const regradeId = await db.transaction().execute(async (trx) => {
    if (!(await decideEvaluationApprovalRow(trx, request.id, { status: 'approved', by: approvedBy, at: now, note })))
      throw new AppError('conflict', `申请 ${request.id} 已被他人处理 (request ${request.id} changed meanwhile)`);
    return applyEvaluationRegrade(trx, {
      approvalId: request.id,
      runId: request.run_id,
      schemeId: record.scheme_id,
      enterpriseId: request.enterprise_id,
      reportingUnitId: request.reporting_unit_id,
      unitId: result.unit_id,
      initialClass: result.initial_class,
      fromClass: request.from_class,
      toClass: request.to_class,
      reason: request.reason,
      requestedBy: request.requested_by,
      approvedBy,
    });
  });
  return {
    ...presentEvaluationApproval({
      ...request,
      status: 'approved',
      decided_by: approvedBy,
      decided_at: now,
      decision_note: note,
    }),
    regradeId,
  };
}
