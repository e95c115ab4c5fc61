/**
 * Evaluation runs, newest first, optionally of one scheme, year or status. A unit's or an enterprise's scope sees
 * published runs only (evaluation-guards.ts requireRunVisible); no scope sees none.
 */
import type { DataScope } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listEvaluationRunRecords } from '../../repositories/evaluation.repository.ts';
import { presentRunRecord } from './present-evaluation.ts';

export async function listEvaluationRuns(
  db: Kysely<DatabaseSchema>,
  filter: { scope: DataScope; schemeId?: string | undefined; year?: number | undefined; status?: string | undefined },
) {
  const { scope, ...rest } = filter;
  if (scope.kind === 'none') return [];
  if (scope.kind !== 'all') {
    if (rest.status !== undefined && rest.status !== 'published') return [];
    rest.status = 'published';
  }
  return (await listEvaluationRunRecords(db, rest)).map(presentRunRecord);
}
