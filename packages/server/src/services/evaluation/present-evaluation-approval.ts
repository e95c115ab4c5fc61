/** How a two-person approval request is shown by the API (camelCase: what changes, who asked, who decided). */
import type { ApprovalRow } from './approval-guards.ts';

export function presentEvaluationApproval(row: ApprovalRow) {
  return {
    id: row.id,
    kind: row.kind,
    runId: row.run_id,
    uscc: row.uscc,
    reportingUnit: row.reporting_unit_id,
    appealId: row.appeal_id,
    fromClass: row.from_class,
    toClass: row.to_class,
    reason: row.reason,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    status: row.status,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
  };
}
