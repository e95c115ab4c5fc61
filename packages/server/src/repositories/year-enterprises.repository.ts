/**
 * The enterprises of a year (enterprise_year: 规上 and 规下) within a data scope, with USCC, latest name, reporting
 * unit, industry code and 规上 flag: what chain assessment and pool screening start from.
 */
import type { DataScope } from '@observatory/core';
import { inScope } from './data-scope-filter.ts';
import { latestEnterpriseNames } from './enterprise.repository.ts';
import type { Queryable } from './queryable.ts';

/** The year's enterprises within the scope, with USCC, latest name, industry code and 规上 flag. */
export async function listYearEnterprises(db: Queryable, year: number, scope: DataScope) {
  return db
    .selectFrom('enterprise_year as y')
    .innerJoin('enterprise as e', 'e.id', 'y.enterprise_id')
    .leftJoin(latestEnterpriseNames(db), (join) => join.onRef('n.enterprise_id', '=', 'e.id'))
    .select(['e.id', 'e.uscc', 'y.reporting_unit_id', 'n.name', 'y.industry_code', 'y.above_scale'])
    .where('y.year', '=', year)
    .where((eb) => inScope(eb, scope, { uscc: 'e.uscc', reportingUnitId: 'y.reporting_unit_id' }))
    .orderBy('e.id')
    .execute();
}
