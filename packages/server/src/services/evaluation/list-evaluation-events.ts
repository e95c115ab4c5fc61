/** The evaluation trail of a run (who did what, when, with which details), oldest first. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listEvaluationEvents as listRows } from '../../repositories/evaluation.repository.ts';
import { requireRunRecord } from './evaluation-guards.ts';

export async function listEvaluationEvents(db: Kysely<DatabaseSchema>, runId: number) {
  await requireRunRecord(db, runId);
  const rows = await listRows(db, { runId });
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    actor: row.actor,
    at: row.at,
    enterpriseId: row.enterprise_id,
    reportingUnit: row.reporting_unit_id,
    details: row.details,
  }));
}
