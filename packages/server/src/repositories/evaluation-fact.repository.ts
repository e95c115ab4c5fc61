/**
 * Evidence facts (evaluation_fact): recorded in bulk, listed by year and enterprise, retracted (never deleted).
 * The read that feeds a year's evaluation input is in evaluation-input.repository.ts.
 */
import type { DataScope } from '@observatory/core';
import { inScope } from './data-scope-filter.ts';
import { chunked, type Queryable } from './queryable.ts';

export interface NewEvaluationFact {
  enterpriseId: number;
  reportingUnitId: string;
  year: number;
  tag: string;
  ref: string | null;
  count: number;
  date: string | null;
  source: string | null;
  note: string | null;
  recordedBy: string;
}

export async function insertEvaluationFacts(db: Queryable, rows: readonly NewEvaluationFact[]): Promise<number[]> {
  const ids: number[] = [];
  for (const chunk of chunked(rows, 400)) {
    const inserted = await db
      .insertInto('evaluation_fact')
      .values(
        chunk.map((row) => ({
          enterprise_id: row.enterpriseId,
          reporting_unit_id: row.reportingUnitId,
          year: row.year,
          tag: row.tag,
          ref: row.ref,
          count: row.count,
          fact_date: row.date,
          source: row.source,
          note: row.note,
          recorded_by: row.recordedBy,
        })),
      )
      .returning('id')
      .execute();
    ids.push(...inserted.map((row) => row.id));
  }
  return ids;
}

const factSelection = (db: Queryable) =>
  db
    .selectFrom('evaluation_fact as f')
    .innerJoin('enterprise as e', 'e.id', 'f.enterprise_id')
    .select([
      'f.id',
      'f.enterprise_id',
      'e.uscc',
      'f.reporting_unit_id',
      'f.year',
      'f.tag',
      'f.ref',
      'f.count',
      'f.fact_date',
      'f.source',
      'f.note',
      'f.recorded_by',
      'f.recorded_at',
      'f.retracted_at',
      'f.retracted_by',
      'f.retract_reason',
    ]);

export async function listEvaluationFactRows(
  db: Queryable,
  filter: { year?: number | undefined; enterpriseId?: number | undefined; scope: DataScope },
) {
  let query = factSelection(db).where((eb) =>
    inScope(eb, filter.scope, { uscc: 'e.uscc', reportingUnitId: 'f.reporting_unit_id' }),
  );
  if (filter.year !== undefined) query = query.where('f.year', '=', filter.year);
  if (filter.enterpriseId !== undefined) query = query.where('f.enterprise_id', '=', filter.enterpriseId);
  return query.orderBy('f.year').orderBy('e.uscc').orderBy('f.tag').orderBy('f.id').execute();
}

export async function findEvaluationFact(db: Queryable, id: number) {
  return factSelection(db).where('f.id', '=', id).executeTakeFirst();
}

/** Active facts of these enterprises and years (to refuse recording the same fact twice). */
export async function listActiveFactsOf(db: Queryable, enterpriseIds: readonly number[], years: readonly number[]) {
  if (enterpriseIds.length === 0 || years.length === 0) return [];
  const rows = [];
  for (const chunk of chunked([...new Set(enterpriseIds)], 5000))
    rows.push(
      ...(await db
        .selectFrom('evaluation_fact')
        .select(['id', 'enterprise_id', 'year', 'tag', 'ref', 'fact_date'])
        .where('enterprise_id', 'in', chunk)
        .where('year', 'in', [...new Set(years)])
        .where('retracted_at', 'is', null)
        .execute()),
    );
  return rows;
}

/** Retracts an active fact; false when it was retracted meanwhile. */
export async function retractEvaluationFactRow(
  db: Queryable,
  id: number,
  retraction: { by: string; reason: string; at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('evaluation_fact')
    .set({ retracted_at: retraction.at, retracted_by: retraction.by, retract_reason: retraction.reason })
    .where('id', '=', id)
    .where('retracted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Every stored scheme document (the fact tags they name are the ones that may be recorded). */
export async function listEvaluationSchemeDocuments(db: Queryable) {
  return db.selectFrom('evaluation_scheme').select(['id', 'version', 'document']).orderBy('id').execute();
}
