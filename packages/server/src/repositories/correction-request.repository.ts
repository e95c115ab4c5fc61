/**
 * Data-correction requests (migration 0014): filed, listed within a data scope (pending first, then newest) and
 * decided once. Every list takes the caller's data scope (data-scope-filter.ts); PostgreSQL repeats it with
 * row-level security.
 */
import type { DataScope } from '@observatory/core';
import { sql, type Insertable, type Selectable } from 'kysely';
import type { CorrectionRequestTable } from '../db/schema-corrections.ts';
import { inScope } from './data-scope-filter.ts';
import type { Queryable } from './queryable.ts';

export type CorrectionRequestRow = Selectable<CorrectionRequestTable>;

export async function insertCorrectionRequest(
  db: Queryable,
  row: Insertable<CorrectionRequestTable>,
): Promise<CorrectionRequestRow> {
  return db.insertInto('correction_request').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findCorrectionRequest(db: Queryable, id: number): Promise<CorrectionRequestRow | undefined> {
  return db.selectFrom('correction_request').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPendingCorrection(
  db: Queryable,
  key: { uscc: string; measure: string; year: number; month: number },
): Promise<CorrectionRequestRow | undefined> {
  return db
    .selectFrom('correction_request')
    .selectAll()
    .where('uscc', '=', key.uscc)
    .where('measure', '=', key.measure)
    .where('period_year', '=', key.year)
    .where('period_month', '=', key.month)
    .where('status', '=', 'pending')
    .executeTakeFirst();
}

export interface CorrectionListFilter {
  scope: DataScope;
  status?: 'pending' | 'accepted' | 'rejected' | undefined;
  uscc?: string | undefined;
  limit: number;
  offset: number;
}

/** Requests in the scope, pending first, then newest first, with the measure's and the enterprise's names. */
export async function listCorrectionRequests(db: Queryable, filter: CorrectionListFilter) {
  let query = db
    .selectFrom('correction_request as c')
    .innerJoin('measure as m', 'm.code', 'c.measure')
    .selectAll('c')
    .select(['m.name_zh as measure_name_zh', 'm.name_en as measure_name_en'])
    .select(
      sql<string | null>`(select n.name from enterprise e join enterprise_name n on n.enterprise_id = e.id
                           where e.uscc = c.uscc order by n.valid_from desc limit 1)`.as('enterprise_name'),
    )
    .where((eb) => inScope(eb, filter.scope, { uscc: 'c.uscc', reportingUnitId: 'c.reporting_unit_id' }));
  if (filter.status !== undefined) query = query.where('c.status', '=', filter.status);
  if (filter.uscc !== undefined) query = query.where('c.uscc', '=', filter.uscc);
  return query
    .orderBy(sql`case when c.status = 'pending' then 0 else 1 end`)
    .orderBy('c.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

/** Records the decision of a pending request; undefined when it was no longer pending. */
export async function decideCorrectionRequest(
  db: Queryable,
  id: number,
  decision: { status: 'accepted' | 'rejected'; decidedBy: string; note: string },
): Promise<CorrectionRequestRow | undefined> {
  return db
    .updateTable('correction_request')
    .set({
      status: decision.status,
      decided_by: decision.decidedBy,
      decided_at: new Date(),
      decision_note: decision.note,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
}
