/** Reviews of pool entries (复核, migration 0017): appended, never changed; read per entry, oldest first. */
import type { DataScope } from '@observatory/core';
import type { Insertable } from 'kysely';
import type { PoolReviewTable } from '../db/schema.ts';
import { inScope } from './data-scope-filter.ts';
import type { Queryable } from './queryable.ts';

export async function insertPoolReview(db: Queryable, row: Insertable<PoolReviewTable>) {
  return db.insertInto('pool_review').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Reviews up to a date within the scope (optionally of one enterprise), oldest first. */
export async function listPoolReviews(
  db: Queryable,
  filter: { upToDate: string; scope: DataScope; enterpriseId?: number },
) {
  let query = db
    .selectFrom('pool_review as r')
    .innerJoin('enterprise as e', 'e.id', 'r.enterprise_id')
    .selectAll('r')
    .select('e.uscc')
    .where('r.reviewed_on', '<=', filter.upToDate);
  if (filter.enterpriseId !== undefined) query = query.where('r.enterprise_id', '=', filter.enterpriseId);
  query = query.where((eb) => inScope(eb, filter.scope, { uscc: 'e.uscc', reportingUnitId: 'r.reporting_unit_id' }));
  return query.orderBy('r.reviewed_on').orderBy('r.id').execute();
}

export type PoolReviewRow = Awaited<ReturnType<typeof listPoolReviews>>[number];
