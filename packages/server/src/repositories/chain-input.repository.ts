/**
 * What a chain assessment reads besides the core rules and the year's enterprises (year-enterprises.repository.ts):
 * which periods of a measure the year has (annual, 1–N月). Output per firm comes from observation.repository.ts
 * (sumCurrentByEnterprise).
 */
import type { Queryable } from './queryable.ts';

/** The months (0 = annual) with current values of the measure in the year, ascending. */
export async function listMeasureMonthsOfYear(db: Queryable, measure: string, year: number): Promise<number[]> {
  const rows = await db
    .selectFrom('current_observation')
    .select('period_month')
    .distinct()
    .where('measure', '=', measure)
    .where('period_year', '=', year)
    .orderBy('period_month')
    .execute();
  return rows.map((row) => row.period_month);
}

/** The latest year with enterprise attributes, or null. */
export async function findLatestEnterpriseYear(db: Queryable): Promise<number | null> {
  const row = await db
    .selectFrom('enterprise_year')
    .select((eb) => eb.fn.max('year').as('year'))
    .executeTakeFirst();
  return row?.year ?? null;
}
