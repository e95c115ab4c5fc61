/**
 * A second person rejects the class change proposed for an appeal (with a reason): the request is kept as
 * rejected (`appeal_acceptance_rejected`), the class stays, and the appeal is open again for a new decision.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { decideEvaluationApprovalRow } from '../../repositories/evaluation-approval.repository.ts';
import { insertEvaluationEvent } from '../../repositories/evaluation.repository.ts';
import { requireSecondPerson } from './approval-guards.ts';
import { requirePendingAppealChange } from './approve-appeal-class-change.ts';
import type { AppealDecision } from './decide-evaluation-appeal.ts';
import { requireActor, requireRunRecord, requireText } from './evaluation-guards.ts';

export async function rejectAppealClassChange(
  db: Kysely<DatabaseSchema>,
  input: { appealId: number; rejectedBy: string; reason: string; now?: Date },
): Promise<AppealDecision> {
  const rejectedBy = requireActor(input.rejectedBy, 'rejectedBy');
  const reason = requireText(input.reason, 'reason', '驳回理由');
  const { appeal, request } = await requirePendingAppealChange(db, input.appealId);
  requireSecondPerson(request, rejectedBy, 'rejectedBy');
  const record = await requireRunRecord(db, appeal.run_id);
  const now = input.now ?? new Date();
  await db.transaction().execute(async (trx) => {
    const decision = { status: 'rejected' as const, by: rejectedBy, at: now, note: reason };
    if (!(await decideEvaluationApprovalRow(trx, request.id, decision)))
      throw new AppError('conflict', `申请 ${request.id} 已被他人处理 (request ${request.id} changed meanwhile)`);
    await insertEvaluationEvent(trx, {
      runId: appeal.run_id,
      schemeId: record.scheme_id,
      enterpriseId: appeal.enterprise_id,
      reportingUnitId: appeal.reporting_unit_id,
      action: 'appeal_acceptance_rejected',
      actor: rejectedBy,
      details: {
        appealId: appeal.id,
        approvalId: request.id,
        proposedBy: request.requested_by,
        classBefore: request.from_class,
        proposedClass: request.to_class,
        reason,
      },
    });
  });
  return {
    id: appeal.id,
    uscc: request.uscc,
    status: 'open',
    classBefore: request.from_class,
    classAfter: request.from_class,
    proposedClass: null,
    approvalId: request.id,
  };
}
