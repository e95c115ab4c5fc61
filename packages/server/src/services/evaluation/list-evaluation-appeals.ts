/**
 * The appeals filed against a run, within the caller's data scope (an enterprise sees its own, a county its
 * unit's, the city all; scoped callers only on published runs), oldest first, each with its decision and, while a
 * class change waits for a second person, that pending change (status `awaiting_approval`).
 */
import type { DataScope } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listEvaluationApprovals } from '../../repositories/evaluation-approval.repository.ts';
import { listRunAppealsInScope } from '../../repositories/evaluation-review.repository.ts';
import { requireRunRecord, requireRunVisible } from './evaluation-guards.ts';

export async function listEvaluationAppeals(db: Kysely<DatabaseSchema>, runId: number, scope: DataScope) {
  const record = await requireRunRecord(db, runId);
  requireRunVisible(record, scope);
  const [appeals, pending] = await Promise.all([
    listRunAppealsInScope(db, runId, scope),
    listEvaluationApprovals(db, { runId, kind: 'appeal', status: 'pending', scope }),
  ]);
  const pendingOf = new Map(pending.map((request) => [request.appeal_id, request]));
  return appeals.map((appeal) => {
    const change = pendingOf.get(appeal.id);
    return {
      id: appeal.id,
      runId: appeal.run_id,
      uscc: appeal.uscc,
      reportingUnit: appeal.reporting_unit_id,
      status: change ? ('awaiting_approval' as const) : (appeal.status as 'open' | 'accepted' | 'rejected'),
      reason: appeal.reason,
      requestedClass: appeal.requested_class,
      filedBy: appeal.filed_by,
      filedAt: appeal.filed_at,
      decisionReason: appeal.decision_reason,
      decidedBy: appeal.decided_by,
      approvedBy: appeal.approved_by,
      decidedAt: appeal.decided_at,
      classBefore: appeal.class_before,
      classAfter: appeal.class_after,
      pendingChange: change
        ? {
            approvalId: change.id,
            fromClass: change.from_class,
            toClass: change.to_class,
            reason: change.reason,
            requestedBy: change.requested_by,
            requestedAt: change.requested_at,
          }
        : null,
    };
  });
}
