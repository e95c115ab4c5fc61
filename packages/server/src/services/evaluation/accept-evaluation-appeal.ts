/**
 * The step that accepts an appeal, inside the caller's transaction: the decision on the appeal row (only while it is
 * open), the final class of the evaluated unit when it changes, and the `appeal_accepted` event. A class change gets
 * here only with its second person (`approvedBy`): named at once by an admin-token call, or approving a pending
 * request (approve-appeal-class-change.ts).
 */
import { AppError } from '../../app-error.ts';
import { insertEvaluationEvent, setFinalClass } from '../../repositories/evaluation.repository.ts';
import { decideEvaluationAppealRow } from '../../repositories/evaluation-review.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';

export interface AppealAcceptance {
  appeal: { id: number; run_id: number; enterprise_id: number; reporting_unit_id: string };
  schemeId: string;
  unitId: string;
  initialClass: string | null;
  reason: string;
  decidedBy: string;
  approvedBy: string | null;
  approvalId: number | null;
  classBefore: string | null;
  classAfter: string | null;
  /** Who the event names as acting: the decider, or the approver when approval is the step that applies it. */
  actor: string;
  at: Date;
}

export async function acceptEvaluationAppeal(trx: Queryable, acceptance: AppealAcceptance): Promise<void> {
  const { appeal } = acceptance;
  const updated = await decideEvaluationAppealRow(trx, appeal.id, {
    status: 'accepted',
    reason: acceptance.reason,
    decidedBy: acceptance.decidedBy,
    approvedBy: acceptance.approvedBy,
    decidedAt: acceptance.at,
    classBefore: acceptance.classBefore,
    classAfter: acceptance.classAfter,
  });
  if (!updated)
    throw new AppError('conflict', `申诉 ${appeal.id} 已被他人处理 (appeal ${appeal.id} changed meanwhile)`);
  if (acceptance.classAfter !== acceptance.classBefore)
    await setFinalClass(trx, appeal.run_id, acceptance.unitId, acceptance.classAfter!);
  await insertEvaluationEvent(trx, {
    runId: appeal.run_id,
    schemeId: acceptance.schemeId,
    enterpriseId: appeal.enterprise_id,
    reportingUnitId: appeal.reporting_unit_id,
    action: 'appeal_accepted',
    actor: acceptance.actor,
    details: {
      appealId: appeal.id,
      reason: acceptance.reason,
      classBefore: acceptance.classBefore,
      classAfter: acceptance.classAfter,
      decidedBy: acceptance.decidedBy,
      approvedBy: acceptance.approvedBy,
      approvalId: acceptance.approvalId,
      initialClass: acceptance.initialClass,
    },
  });
}
