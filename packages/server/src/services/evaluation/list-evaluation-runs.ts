/** Evaluation runs, newest first, optionally of one scheme, year or status. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listEvaluationRunRecords } from '../../repositories/evaluation.repository.ts';
import { presentRunRecord } from './present-evaluation.ts';

export async function listEvaluationRuns(
  db: Kysely<DatabaseSchema>,
  filter: { schemeId?: string | undefined; year?: number | undefined; status?: string | undefined } = {},
) {
  return (await listEvaluationRunRecords(db, filter)).map(presentRunRecord);
}
