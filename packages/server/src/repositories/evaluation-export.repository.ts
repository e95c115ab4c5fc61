/** The reads a run's list export needs besides its results: every re-grade and appeal of the run, oldest first. */
import type { Queryable } from './queryable.ts';

export async function listRunRegrades(db: Queryable, runId: number) {
  return db
    .selectFrom('evaluation_regrade')
    .select(['id', 'enterprise_id', 'from_class', 'to_class', 'reason'])
    .where('run_id', '=', runId)
    .orderBy('id')
    .execute();
}

export async function listRunAppeals(db: Queryable, runId: number) {
  return db
    .selectFrom('evaluation_appeal')
    .select(['id', 'enterprise_id', 'status', 'decision_reason', 'class_before', 'class_after'])
    .where('run_id', '=', runId)
    .orderBy('id')
    .execute();
}
