/**
 * The explanation of one enterprise's result (core explainEvaluationResult: indicators, scores, rules with
 * evidence, what would reach the next class) with its final class, re-gradings and appeals. A unit's or an
 * enterprise's scope reads it for its own enterprises of published runs only. The enterprise's rows are read
 * through `readRows` (over HTTP a scoped read under row-level security), the run document before it.
 */
import { explainEvaluationResult as explainResult, type DataScope } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listEvaluationAppeals, listEvaluationRegrades } from '../../repositories/evaluation-review.repository.ts';
import {
  directRows,
  requireResultInScope,
  requireRunDocument,
  requireRunVisible,
  type RowReader,
} from './evaluation-guards.ts';

export async function explainEvaluationResult(
  db: Kysely<DatabaseSchema>,
  runId: number,
  uscc: string,
  scope: DataScope,
  readRows: RowReader = directRows(db),
) {
  const { record, run } = await requireRunDocument(db, runId);
  requireRunVisible(record, scope);
  const { row, regrades, appeals } = await readRows(async (rowsDb) => {
    const found = await requireResultInScope(rowsDb, runId, uscc, scope);
    const [regradeRows, appealRows] = await Promise.all([
      listEvaluationRegrades(rowsDb, runId, found.enterprise_id),
      listEvaluationAppeals(rowsDb, runId, found.enterprise_id),
    ]);
    return { row: found, regrades: regradeRows, appeals: appealRows };
  });
  const explanation = explainResult(run, String(row.enterprise_id));
  return {
    runId,
    uscc: row.uscc,
    initialClass: row.initial_class,
    finalClass: row.final_class,
    explanation,
    regrades: regrades.map((r) => ({
      id: r.id,
      fromClass: r.from_class,
      toClass: r.to_class,
      reason: r.reason,
      requestedBy: r.requested_by,
      approvedBy: r.approved_by,
      at: r.created_at,
    })),
    appeals: appeals.map((a) => ({
      id: a.id,
      status: a.status,
      reason: a.reason,
      requestedClass: a.requested_class,
      filedBy: a.filed_by,
      filedAt: a.filed_at,
      decisionReason: a.decision_reason,
      decidedBy: a.decided_by,
      approvedBy: a.approved_by,
      decidedAt: a.decided_at,
      classBefore: a.class_before,
      classAfter: a.class_after,
    })),
  };
}
