/**
 * What a chain assessment reads besides the core rules: the year's enterprises (规上 and 规下, from enterprise_year)
 * with their USCC and latest name, and which periods of a measure the year has (annual, 1–N月). Output per firm
 * comes from observation.repository.ts (sumCurrentByEnterprise).
 */
import type { DataScope } from '@observatory/core';
import { inScope } from './data-scope-filter.ts';
import type { Queryable } from './queryable.ts';

/** The year's enterprises within the scope, with USCC, latest name, industry code and 规上 flag. */
export async function listChainCandidates(db: Queryable, year: number, scope: DataScope) {
  return db
    .selectFrom('enterprise_year as y')
    .innerJoin('enterprise as e', 'e.id', 'y.enterprise_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('enterprise_name')
          .distinctOn('enterprise_id')
          .select(['enterprise_id', 'name'])
          .orderBy('enterprise_id')
          .orderBy('valid_from', 'desc')
          .as('n'),
      (join) => join.onRef('n.enterprise_id', '=', 'e.id'),
    )
    .select(['e.id', 'e.uscc', 'y.reporting_unit_id', 'n.name', 'y.industry_code', 'y.above_scale'])
    .where('y.year', '=', year)
    .where((eb) => inScope(eb, scope, { uscc: 'e.uscc', reportingUnitId: 'y.reporting_unit_id' }))
    .orderBy('e.id')
    .execute();
}

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
