/**
 * Pool entries for the cultivation-pool services (企业培育库): every entry (enterprise, tier, entry date) of the
 * current lists up to a date, once — the latest list that repeats an entry gives its row — with the firm's USCC,
 * latest name and unit. Validity, reviews and transitions are worked out from these rows by the services.
 */
import type { DataScope } from '@observatory/core';
import { inScope } from './data-scope-filter.ts';
import type { Queryable } from './queryable.ts';

export interface PoolHoldingFilter {
  /** Entries entered on or before this date, from lists of its year or earlier. */
  upToDate: string;
  tier?: string | undefined;
  unit?: string | undefined;
  scope: DataScope;
}

export async function listPoolHoldingRows(db: Queryable, filter: PoolHoldingFilter) {
  let query = db
    .selectFrom('current_pool_entry as p')
    .innerJoin('enterprise as e', 'e.id', 'p.enterprise_id')
    .select([
      'p.enterprise_id',
      'e.uscc',
      'p.reporting_unit_id',
      'p.tier',
      'p.tier_text',
      'p.entry_date',
      'p.valid_until',
      'p.document',
      'p.level',
      'p.period_year',
      'p.batch_id',
      'p.sheet_row',
    ])
    .select((eb) =>
      eb
        .selectFrom('enterprise_name as n')
        .select('n.name')
        .whereRef('n.enterprise_id', '=', 'p.enterprise_id')
        .orderBy('n.valid_from', 'desc')
        .limit(1)
        .as('name'),
    )
    .distinctOn(['p.enterprise_id', 'p.tier', 'p.entry_date'])
    .where('p.period_year', '<=', Number(filter.upToDate.slice(0, 4)))
    .where('p.entry_date', '<=', filter.upToDate);
  if (filter.tier !== undefined) query = query.where('p.tier', '=', filter.tier);
  if (filter.unit !== undefined) query = query.where('p.reporting_unit_id', '=', filter.unit);
  query = query.where((eb) => inScope(eb, filter.scope, { uscc: 'e.uscc', reportingUnitId: 'p.reporting_unit_id' }));
  return query
    .orderBy('p.enterprise_id')
    .orderBy('p.tier')
    .orderBy('p.entry_date')
    .orderBy('p.period_year', 'desc')
    .execute();
}

export type PoolHoldingRow = Awaited<ReturnType<typeof listPoolHoldingRows>>[number];

/** The years that have a current pool list, ascending. */
export async function listPoolListYears(db: Queryable): Promise<number[]> {
  const rows = await db
    .selectFrom('current_pool_entry')
    .select('period_year')
    .distinct()
    .orderBy('period_year')
    .execute();
  return rows.map((row) => row.period_year);
}
