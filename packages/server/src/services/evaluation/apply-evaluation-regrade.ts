/**
 * The step of a re-grade (调档) that changes the class, inside the caller's transaction: the applied re-grade row
 * (requester, approver, the request it came from), the final class (调档后) of every member of the evaluated unit
 * (firms merged on one parcel share one result), and the `result_regraded` event by the approver. Only an
 * approved request gets here.
 */
import { insertEvaluationEvent, setFinalClass } from '../../repositories/evaluation.repository.ts';
import { insertEvaluationRegrade } from '../../repositories/evaluation-review.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';

export interface ApprovedRegrade {
  approvalId: number;
  runId: number;
  schemeId: string;
  enterpriseId: number;
  reportingUnitId: string;
  unitId: string;
  initialClass: string | null;
  fromClass: string;
  toClass: string;
  reason: string;
  requestedBy: string;
  approvedBy: string;
}

export async function applyEvaluationRegrade(trx: Queryable, regrade: ApprovedRegrade): Promise<number> {
  const id = await insertEvaluationRegrade(trx, {
    runId: regrade.runId,
    enterpriseId: regrade.enterpriseId,
    reportingUnitId: regrade.reportingUnitId,
    fromClass: regrade.fromClass,
    toClass: regrade.toClass,
    reason: regrade.reason,
    requestedBy: regrade.requestedBy,
    approvedBy: regrade.approvedBy,
    approvalId: regrade.approvalId,
  });
  await setFinalClass(trx, regrade.runId, regrade.unitId, regrade.toClass);
  await insertEvaluationEvent(trx, {
    runId: regrade.runId,
    schemeId: regrade.schemeId,
    enterpriseId: regrade.enterpriseId,
    reportingUnitId: regrade.reportingUnitId,
    action: 'result_regraded',
    actor: regrade.approvedBy,
    details: {
      regradeId: id,
      approvalId: regrade.approvalId,
      unitId: regrade.unitId,
      initialClass: regrade.initialClass,
      fromClass: regrade.fromClass,
      toClass: regrade.toClass,
      reason: regrade.reason,
      requestedBy: regrade.requestedBy,
      approvedBy: regrade.approvedBy,
    },
  });
  return id;
}
