/**
 * What pool screening reads (候选筛选) besides the year's enterprises (year-enterprises.repository.ts): their
 * current full-year values of the screening measures — one scan for every measure of two years, periods 0
 * (annual) and 12 (1–12月).
 */
import type { DataScope } from '@observatory/core';
import { inScope } from './data-scope-filter.ts';
import type { Queryable } from './queryable.ts';

/** Sums per enterprise, measure, year and period month (0 or 12) of the given measures and years. */
export async function listFullYearValues(
  db: Queryable,
  measures: readonly string[],
  years: readonly number[],
  scope: DataScope,
) {
  return db
    .selectFrom('current_observation as o')
    .innerJoin('enterprise as e', 'e.id', 'o.enterprise_id')
    .select((eb) => [
      'o.enterprise_id',
      'o.measure',
      'o.period_year',
      'o.period_month',
      eb.fn.sum<string>('o.value').as('value'),
    ])
    .where('o.measure', 'in', [...measures])
    .where('o.period_year', 'in', [...years])
    .where('o.period_month', 'in', [0, 12])
    .where((eb) => inScope(eb, scope, { uscc: 'e.uscc', reportingUnitId: 'o.reporting_unit_id' }))
    .groupBy(['o.enterprise_id', 'o.measure', 'o.period_year', 'o.period_month'])
    .execute();
}
