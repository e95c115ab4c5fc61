/**
 * Retracts an evidence fact (撤销): it stays stored with who retracted it, when and why, and no longer counts in
 * runs started afterwards (runs already stored keep the input they used; their verification then reports that the
 * store's data changed). A retracted fact cannot be retracted again.
 */
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findEvaluationFact, retractEvaluationFactRow } from '../../repositories/evaluation-fact.repository.ts';
import { insertEvaluationEvent } from '../../repositories/evaluation.repository.ts';
import { requireActor, requireText } from './evaluation-guards.ts';
import { presentEvaluationFact } from './present-evaluation-fact.ts';

export async function retractEvaluationFact(
  db: Kysely<DatabaseSchema>,
  input: { id: number; retractedBy: string; reason: string; now?: Date },
) {
  const retractedBy = requireActor(input.retractedBy, 'retractedBy');
  const reason = requireText(input.reason, 'reason', '撤销理由');
  const fact = await findEvaluationFact(db, input.id);
  if (!fact) throw notFound('证据事实', String(input.id));
  const alreadyRetracted = () =>
    new AppError('conflict', `证据事实 ${input.id} 已撤销 (fact ${input.id} is already retracted)`);
  if (fact.retracted_at !== null) throw alreadyRetracted();
  const at = input.now ?? new Date();
  await db.transaction().execute(async (trx) => {
    if (!(await retractEvaluationFactRow(trx, input.id, { by: retractedBy, reason, at }))) throw alreadyRetracted();
    await insertEvaluationEvent(trx, {
      runId: null,
      enterpriseId: fact.enterprise_id,
      reportingUnitId: fact.reporting_unit_id,
      action: 'fact_retracted',
      actor: retractedBy,
      details: { factId: fact.id, year: fact.year, tag: fact.tag, ref: fact.ref, reason },
    });
  });
  return presentEvaluationFact({ ...fact, retracted_at: at, retracted_by: retractedBy, retract_reason: reason });
}
