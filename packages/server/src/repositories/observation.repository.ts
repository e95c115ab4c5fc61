/** Observations: append-only facts in canonical units; reads go through the current_observation view. */
import { sql } from 'kysely';
import type { CopyRows } from '../db/bulk-transaction.ts';
import type { CopyValue } from '../db/copy-text.ts';
import type { Queryable } from './queryable.ts';

/** The batch and period every observation of one import shares. */
export interface ObservationBatch {
  batchId: number;
  periodYear: number;
  periodMonth: number;
}

/** One enterprise's row of a file: its values in canonical units, each becoming one observation. */
export interface ObservationSourceRow {
  enterpriseId: number;
  reportingUnitId: string;
  sheetRow: number;
  values: readonly { measure: string; value: number; base: number | null }[];
}

const observationColumns = [
  'batch_id',
  'enterprise_id',
  'reporting_unit_id',
  'period_year',
  'period_month',
  'measure',
  'value',
  'base_value',
  'sheet_row',
] as const;

/** The next COPY rows from `cursor` on, at most `limit` observations, straight from the source rows. */
function* copyValues(
  batch: ObservationBatch,
  rows: readonly ObservationSourceRow[],
  cursor: { row: number; value: number },
  limit: number,
): Generator<CopyValue[]> {
  let count = 0;
  while (count < limit && cursor.row < rows.length) {
    const row = rows[cursor.row]!;
    for (; count < limit && cursor.value < row.values.length; count++) {
      const { measure, value, base } = row.values[cursor.value++]!;
      yield [
        batch.batchId,
        row.enterpriseId,
        row.reportingUnitId,
        batch.periodYear,
        batch.periodMonth,
        measure,
        value,
        base,
        row.sheetRow,
      ];
    }
    if (cursor.value >= row.values.length) {
      cursor.row++;
      cursor.value = 0;
    }
  }
}

/** Appends observations by COPY inside a bulk transaction, reporting progress every 50,000 rows. */
export async function copyObservations(
  copyRows: CopyRows,
  batch: ObservationBatch,
  rows: readonly ObservationSourceRow[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const chunkSize = 50_000;
  const total = rows.reduce((sum, row) => sum + row.values.length, 0);
  const cursor = { row: 0, value: 0 };
  for (let done = 0; done < total;) {
    const size = Math.min(chunkSize, total - done);
    await copyRows('observation', observationColumns, copyValues(batch, rows, cursor, size));
    done += size;
    onProgress?.(done, total);
  }
}

/**
 * Current values of some measures in one period, for every enterprise (e.g. last month's cumulative values):
 * current_observation restricted to that period, read through the batches that are current for it, so the
 * batch index serves the query instead of one index probe per enterprise. The rows travel as one JSON
 * document (values as exact decimal text), which both engines hand over far faster than 40,000 rows.
 */
export async function findCurrentValuesOfPeriod(
  db: Queryable,
  measures: readonly string[],
  year: number,
  month: number,
): Promise<{ enterprise_id: number; measure: string; value: string }[]> {
  if (measures.length === 0) return [];
  const result = await sql<{ rows: string }>`
    select coalesce(json_agg(json_build_array(o.enterprise_id, o.measure, o.value::text)), '[]')::text as rows
    from source_period_state s
    join observation o on o.batch_id = s.current_batch_id
    where s.period_year = ${year} and s.period_month = ${month}
      and o.period_year = ${year} and o.period_month = ${month}
      and o.measure = any(${[...measures]}::text[])`.execute(db);
  return (JSON.parse(result.rows[0]!.rows) as [number, string, string][]).map(([id, measure, value]) => ({
    enterprise_id: id,
    measure,
    value,
  }));
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

/**
 * One enterprise's current values of a year (every measure and period), with the measure's names and canonical
 * unit and the batch and source each came from. Only columns observatory_scoped may read, so it runs inside a
 * scoped read; the batches' file names and times are read separately (findBatchSummaries).
 */
export async function listEnterpriseYearObservations(db: Queryable, enterpriseId: number, year: number) {
  return db
    .selectFrom('current_observation as o')
    .innerJoin('measure as m', 'm.code', 'o.measure')
    .innerJoin('import_batch as b', 'b.id', 'o.batch_id')
    .select([
      'o.measure',
      'm.name_zh',
      'm.name_en',
      'm.canonical_unit',
      'o.period_year',
      'o.period_month',
      sql<string>`o.value::text`.as('value'),
      sql<string | null>`o.base_value::text`.as('base_value'),
      'o.batch_id',
      'b.source_profile',
    ])
    .where('o.enterprise_id', '=', enterpriseId)
    .where('o.period_year', '=', year)
    .orderBy('o.measure')
    .orderBy('o.period_month')
    .orderBy('b.source_profile')
    .execute();
}

/** Σ over sources of one enterprise's current value of a measure and period (exact text), or null when none. */
export async function sumCurrentValueOf(
  db: Queryable,
  key: { enterpriseId: number; measure: string; year: number; month: number },
): Promise<string | null> {
  const row = await db
    .selectFrom('current_observation')
    .select(sql<string | null>`sum(value)::text`.as('value'))
    .where('enterprise_id', '=', key.enterpriseId)
    .where('measure', '=', key.measure)
    .where('period_year', '=', key.year)
    .where('period_month', '=', key.month)
    .executeTakeFirst();
  return row?.value ?? null;
}
