/**
 * Two-person approval requests of class changes (evaluation_approval, migration 0013): a re-grade or an appeal's
 * acceptance that changes the class, pending until a second person approves or rejects it. A decision is written
 * only onto a pending row (the update names `status = 'pending'`, so two deciders cannot both win).
 */
import type { DataScope } from '@observatory/core';
import { inScope } from './data-scope-filter.ts';
import type { Queryable } from './queryable.ts';

export interface NewEvaluationApproval {
  kind: 'regrade' | 'appeal';
  runId: number;
  enterpriseId: number;
  reportingUnitId: string;
  appealId: number | null;
  fromClass: string;
  toClass: string;
  reason: string;
  requestedBy: string;
  requestedAt: Date;
  /** A one-step change names both people at once: the request is stored already decided. */
  approved?: { by: string; at: Date; note: string | null };
}

export async function insertEvaluationApproval(db: Queryable, row: NewEvaluationApproval): Promise<number> {
  const { id } = await db
    .insertInto('evaluation_approval')
    .values({
      kind: row.kind,
      run_id: row.runId,
      enterprise_id: row.enterpriseId,
      reporting_unit_id: row.reportingUnitId,
      appeal_id: row.appealId,
      from_class: row.fromClass,
      to_class: row.toClass,
      reason: row.reason,
      requested_by: row.requestedBy,
      requested_at: row.requestedAt,
      ...(row.approved
        ? {
            status: 'approved' as const,
            decided_by: row.approved.by,
            decided_at: row.approved.at,
            decision_note: row.approved.note,
          }
        : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const approvalSelection = (db: Queryable) =>
  db
    .selectFrom('evaluation_approval as a')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .select([
      'a.id',
      'a.kind',
      'a.run_id',
      'a.enterprise_id',
      'e.uscc',
      'a.reporting_unit_id',
      'a.appeal_id',
      'a.from_class',
      'a.to_class',
      'a.reason',
      'a.requested_by',
      'a.requested_at',
      'a.status',
      'a.decided_by',
      'a.decided_at',
      'a.decision_note',
    ]);

export async function findEvaluationApproval(db: Queryable, id: number) {
  return approvalSelection(db).where('a.id', '=', id).executeTakeFirst();
}

export async function findPendingAppealApproval(db: Queryable, appealId: number) {
  return approvalSelection(db).where('a.appeal_id', '=', appealId).where('a.status', '=', 'pending').executeTakeFirst();
}

export async function findPendingRegradeApproval(db: Queryable, runId: number, enterpriseId: number) {
  return approvalSelection(db)
    .where('a.kind', '=', 'regrade')
    .where('a.run_id', '=', runId)
    .where('a.enterprise_id', '=', enterpriseId)
    .where('a.status', '=', 'pending')
    .executeTakeFirst();
}

/** The requests of a run, oldest first, of one kind and status when given, within a data scope. */
export async function listEvaluationApprovals(
  db: Queryable,
  filter: {
    runId: number;
    kind?: 'regrade' | 'appeal';
    status?: 'pending' | 'approved' | 'rejected' | undefined;
    scope: DataScope;
  },
) {
  let query = approvalSelection(db)
    .where('a.run_id', '=', filter.runId)
    .where((eb) => inScope(eb, filter.scope, { uscc: 'e.uscc', reportingUnitId: 'a.reporting_unit_id' }));
  if (filter.kind !== undefined) query = query.where('a.kind', '=', filter.kind);
  if (filter.status !== undefined) query = query.where('a.status', '=', filter.status);
  return query.orderBy('a.id').execute();
}

export async function countPendingApprovals(db: Queryable, runId: number, kind: 'regrade' | 'appeal') {
  const { count } = await db
    .selectFrom('evaluation_approval')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('run_id', '=', runId)
    .where('kind', '=', kind)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Writes the decision onto a pending request; false when it was no longer pending. */
export async function decideEvaluationApprovalRow(
  db: Queryable,
  id: number,
  decision: { status: 'approved' | 'rejected'; by: string; at: Date; note: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('evaluation_approval')
    .set({
      status: decision.status,
      decided_by: decision.by,
      decided_at: decision.at,
      decision_note: decision.note,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
