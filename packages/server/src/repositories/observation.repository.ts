/** Observations: append-only facts in canonical units; reads go through the current_observation view. */
import type { CopyRows } from '../db/bulk-transaction.ts';
import { chunked, type Queryable } from './queryable.ts';

export interface NewObservation {
  batchId: number;
  enterpriseId: number;
  reportingUnitId: string;
  periodYear: number;
  periodMonth: number;
  measure: string;
  value: string;
  baseValue: string | null;
  sheetRow: number;
}

/** Appends observations by COPY inside a bulk transaction, reporting progress every 50,000 rows. */
export async function copyObservations(
  copyRows: CopyRows,
  observations: readonly NewObservation[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  let done = 0;
  for (const chunk of chunked(observations, 50_000)) {
    await copyRows(
      'observation',
      [
        'batch_id',
        'enterprise_id',
        'reporting_unit_id',
        'period_year',
        'period_month',
        'measure',
        'value',
        'base_value',
        'sheet_row',
      ],
      chunk.map((row) => [
        row.batchId,
        row.enterpriseId,
        row.reportingUnitId,
        row.periodYear,
        row.periodMonth,
        row.measure,
        row.value,
        row.baseValue,
        row.sheetRow,
      ]),
    );
    done += chunk.length;
    onProgress?.(done, observations.length);
  }
}

/** Current values of one measure and period for the given enterprises (e.g. last month's cumulative values). */
export async function findCurrentValues(
  db: Queryable,
  measure: string,
  year: number,
  month: number,
  enterpriseIds: readonly number[],
) {
  if (enterpriseIds.length === 0) return [];
  const rows = [];
  for (const chunk of chunked(enterpriseIds, 5000)) {
    rows.push(
      ...(await db
        .selectFrom('current_observation')
        .select(['enterprise_id', 'value', 'base_value'])
        .where('measure', '=', measure)
        .where('period_year', '=', year)
        .where('period_month', '=', month)
        .where('enterprise_id', 'in', chunk)
        .execute()),
    );
  }
  return rows;
}

export interface ObservationFilter {
  enterpriseId?: number | undefined;
  measure?: string | undefined;
  periodYear?: number | undefined;
  periodMonth?: number | undefined;
  reportingUnitId?: string | undefined;
  limit: number;
  offset: number;
}

export async function listCurrentObservations(db: Queryable, filter: ObservationFilter) {
  let query = db.selectFrom('current_observation').selectAll().orderBy('id');
  if (filter.enterpriseId !== undefined) query = query.where('enterprise_id', '=', filter.enterpriseId);
  if (filter.measure) query = query.where('measure', '=', filter.measure);
  if (filter.periodYear !== undefined) query = query.where('period_year', '=', filter.periodYear);
  if (filter.periodMonth !== undefined) query = query.where('period_month', '=', filter.periodMonth);
  if (filter.reportingUnitId) query = query.where('reporting_unit_id', '=', filter.reportingUnitId);
  return query.limit(filter.limit).offset(filter.offset).execute();
}

/** Every stored value of one enterprise, measure and period, newest batch first: the history behind a figure. */
export async function listObservationHistory(
  db: Queryable,
  enterpriseId: number,
  measure: string,
  year: number,
  month: number,
) {
  return db
    .selectFrom('observation as o')
    .innerJoin('import_batch as b', 'b.id', 'o.batch_id')
    .select([
      'o.value',
      'o.base_value',
      'o.sheet_row',
      'b.id as batch_id',
      'b.file_name',
      'b.sheet_name',
      'b.status',
      'b.created_by',
      'b.created_at',
    ])
    .where('o.enterprise_id', '=', enterpriseId)
    .where('o.measure', '=', measure)
    .where('o.period_year', '=', year)
    .where('o.period_month', '=', month)
    .orderBy('b.id', 'desc')
    .execute();
}

/** Σ current value and Σ 上年同期 of one measure and period per enterprise (one row per enterprise). */
export async function sumCurrentByEnterprise(db: Queryable, measure: string, year: number, month: number) {
  return db
    .selectFrom('current_observation')
    .select((eb) => [
      'enterprise_id',
      'reporting_unit_id',
      eb.fn.sum<string>('value').as('value'),
      eb.fn.sum<string | null>('base_value').as('base_value'),
    ])
    .where('measure', '=', measure)
    .where('period_year', '=', year)
    .where('period_month', '=', month)
    .groupBy(['enterprise_id', 'reporting_unit_id'])
    .execute();
}
