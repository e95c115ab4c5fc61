/**
 * 亩均 evaluation review: re-gradings (调档) with requester and approver, and appeals with their decisions. The
 * requests that wait for a second person are in evaluation-approval.repository.ts.
 */
import type { DataScope } from '@observatory/core';
import { inScope } from './data-scope-filter.ts';
import type { Queryable } from './queryable.ts';

export async function insertEvaluationRegrade(
  db: Queryable,
  row: {
    runId: number;
    enterpriseId: number;
    reportingUnitId: string;
    fromClass: string;
    toClass: string;
    reason: string;
    requestedBy: string;
    approvedBy: string;
    /** The approval request it applies (evaluation_approval). */
    approvalId: number;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('evaluation_regrade')
    .values({
      run_id: row.runId,
      enterprise_id: row.enterpriseId,
      reporting_unit_id: row.reportingUnitId,
      from_class: row.fromClass,
      to_class: row.toClass,
      reason: row.reason,
      requested_by: row.requestedBy,
      approved_by: row.approvedBy,
      approval_id: row.approvalId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function listEvaluationRegrades(db: Queryable, runId: number, enterpriseId?: number) {
  let query = db.selectFrom('evaluation_regrade').selectAll().where('run_id', '=', runId);
  if (enterpriseId !== undefined) query = query.where('enterprise_id', '=', enterpriseId);
  return query.orderBy('id').execute();
}

export async function insertEvaluationAppeal(
  db: Queryable,
  row: {
    runId: number;
    enterpriseId: number;
    reportingUnitId: string;
    reason: string;
    requestedClass: string | null;
    filedBy: string;
    filedAt: Date;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('evaluation_appeal')
    .values({
      run_id: row.runId,
      enterprise_id: row.enterpriseId,
      reporting_unit_id: row.reportingUnitId,
      reason: row.reason,
      requested_class: row.requestedClass,
      filed_by: row.filedBy,
      filed_at: row.filedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findEvaluationAppeal(db: Queryable, id: number) {
  return db.selectFrom('evaluation_appeal').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findOpenEvaluationAppeal(db: Queryable, runId: number, enterpriseId: number) {
  return db
    .selectFrom('evaluation_appeal')
    .select('id')
    .where('run_id', '=', runId)
    .where('enterprise_id', '=', enterpriseId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

export async function decideEvaluationAppealRow(
  db: Queryable,
  id: number,
  decision: {
    status: 'accepted' | 'rejected';
    reason: string;
    decidedBy: string;
    approvedBy: string | null;
    decidedAt: Date;
    classBefore: string | null;
    classAfter: string | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('evaluation_appeal')
    .set({
      status: decision.status,
      decision_reason: decision.reason,
      decided_by: decision.decidedBy,
      approved_by: decision.approvedBy,
      decided_at: decision.decidedAt,
      class_before: decision.classBefore,
      class_after: decision.classAfter,
    })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listEvaluationAppeals(db: Queryable, runId: number, enterpriseId?: number) {
  let query = db.selectFrom('evaluation_appeal').selectAll().where('run_id', '=', runId);
  if (enterpriseId !== undefined) query = query.where('enterprise_id', '=', enterpriseId);
  return query.orderBy('id').execute();
}

/** The appeals of a run within a data scope, with the enterprise's USCC, oldest first. */
export async function listRunAppealsInScope(db: Queryable, runId: number, scope: DataScope) {
  return db
    .selectFrom('evaluation_appeal as a')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .selectAll('a')
    .select('e.uscc')
    .where('a.run_id', '=', runId)
    .where((eb) => inScope(eb, scope, { uscc: 'e.uscc', reportingUnitId: 'a.reporting_unit_id' }))
    .orderBy('a.id')
    .execute();
}
