/**
 * A second person rejects a pending re-grade request (with a reason): the class stays and the request is kept as
 * decided (`regrade_rejected`). The requester cannot reject — nor approve — their own request.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { decideEvaluationApprovalRow } from '../../repositories/evaluation-approval.repository.ts';
import { insertEvaluationEvent } from '../../repositories/evaluation.repository.ts';
import { requireApproval, requirePending, requireSecondPerson } from './approval-guards.ts';
import { requireActor, requireRunRecord, requireText } from './evaluation-guards.ts';
import { presentEvaluationApproval } from './present-evaluation-approval.ts';

export async function rejectEvaluationRegrade(
  db: Kysely<DatabaseSchema>,
  input: { requestId: number; rejectedBy: string; reason: string; now?: Date },
) {
  const rejectedBy = requireActor(input.rejectedBy, 'rejectedBy');
  const reason = requireText(input.reason, 'reason', '驳回理由');
  const request = await requireApproval(db, input.requestId, 'regrade');
  requirePending(request);
  requireSecondPerson(request, rejectedBy, 'rejectedBy');
  const record = await requireRunRecord(db, request.run_id);
  const now = input.now ?? new Date();
  await db.transaction().execute(async (trx) => {
    const decision = { status: 'rejected' as const, by: rejectedBy, at: now, note: reason };
    if (!(await decideEvaluationApprovalRow(trx, request.id, decision)))
      throw new AppError('conflict', `申请 ${request.id} 已被他人处理 (request ${request.id} changed meanwhile)`);
    await insertEvaluationEvent(trx, {
      runId: request.run_id,
      schemeId: record.scheme_id,
      enterpriseId: request.enterprise_id,
      reportingUnitId: request.reporting_unit_id,
      action: 'regrade_rejected',
      actor: rejectedBy,
      details: {
        approvalId: request.id,
        fromClass: request.from_class,
        toClass: request.to_class,
        requestedBy: request.requested_by,
        reason,
      },
    });
  });
  return presentEvaluationApproval({
    ...request,
    status: 'rejected',
    decided_by: rejectedBy,
    decided_at: now,
    decision_note: reason,
  });
}
