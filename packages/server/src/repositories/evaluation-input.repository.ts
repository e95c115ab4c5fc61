/**
 * The reads that assemble a year's 亩均 evaluation input: enterprises with their year's attributes, current annual
 * (and December, or every month's) observations, the land parcels valid in the year, and the evidence facts of the
 * year that are not retracted.
 */
import { sql } from 'kysely';
import type { Queryable } from './queryable.ts';

/** Enterprises with attributes or observations in the year: identity, latest name, the year's attributes. */
export async function listEvaluationEnterprises(db: Queryable, year: number) {
  return db
    .selectFrom('enterprise as e')
    .leftJoin('enterprise_year as y', (join) => join.onRef('y.enterprise_id', '=', 'e.id').on('y.year', '=', year))
    .select((eb) => [
      'e.id',
      'e.uscc',
      eb.fn.coalesce('y.reporting_unit_id', 'e.reporting_unit_id').as('reporting_unit_id'),
      'y.industry_code',
      'y.above_scale',
      'y.in_production',
      eb
        .selectFrom('enterprise_name as n')
        .select('n.name')
        .whereRef('n.enterprise_id', '=', 'e.id')
        .orderBy(sql`n.valid_from <= ${`${year}-12-31`}`, 'desc')
        .orderBy('n.valid_from', 'desc')
        .limit(1)
        .as('name'),
    ])
    .where((eb) =>
      eb.or([
        eb('y.year', '=', year),
        eb.exists(
          eb
            .selectFrom('current_observation as o')
            .select('o.id')
            .whereRef('o.enterprise_id', '=', 'e.id')
            .where('o.period_year', '=', year),
        ),
      ]),
    )
    .orderBy('e.id')
    .execute();
}

/** Current observations of the year: annual (month 0) and December of every measure, all months of the given ones. */
export async function listEvaluationObservations(db: Queryable, year: number, everyMonthOf: readonly string[]) {
  return db
    .selectFrom('current_observation')
    .select(['enterprise_id', 'measure', 'period_month', 'value'])
    .where('period_year', '=', year)
    .where((eb) =>
      everyMonthOf.length === 0
        ? eb('period_month', 'in', [0, 12])
        : eb.or([eb('period_month', 'in', [0, 12]), eb('measure', 'in', [...everyMonthOf])]),
    )
    .execute();
}

/** Land parcels valid at some time in the year: manual ones and those of the land file's current revision. */
export async function listEvaluationParcels(db: Queryable, year: number) {
  return db
    .selectFrom('current_land_parcel')
    .select(['enterprise_id', 'certificate_no', 'tenure', 'area_mu', 'valid_from', 'valid_to'])
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', `${year}-12-31`)]))
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', `${year}-01-01`)]))
    .orderBy('enterprise_id')
    .orderBy('certificate_no')
    .execute();
}

/** Evidence facts of the year that are not retracted, in the order they were recorded. */
export async function listEvaluationFacts(db: Queryable, year: number) {
  return db
    .selectFrom('evaluation_fact')
    .select(['enterprise_id', 'tag', 'ref', 'count', 'fact_date', 'source', 'note'])
    .where('year', '=', year)
    .where('retracted_at', 'is', null)
    .orderBy('enterprise_id')
    .orderBy('id')
    .execute();
}
