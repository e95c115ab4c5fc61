/**
 * Cultivation-pool entries (企业培育库): rows of a pool list per import batch; reads go through
 * current_pool_entry (the rows of the current batch of each list year).
 */
import type { DataScope } from '@observatory/core';
import { inScope } from './data-scope-filter.ts';
import type { Insertable } from 'kysely';
import type { PoolEntryTable } from '../db/schema.ts';
import { chunked, type Queryable } from './queryable.ts';

export async function insertPoolEntries(db: Queryable, rows: readonly Insertable<PoolEntryTable>[]): Promise<void> {
  for (const chunk of chunked(rows)) await db.insertInto('pool_entry').values(chunk).execute();
}

export interface PoolEntryFilter {
  date: string;
  tier?: string | undefined;
  /** Reporting unit id. */
  unit?: string | undefined;
  /** The rows the caller may see. */
  scope: DataScope;
}

/**
 * Entries in force on a date: from the current lists of that year and earlier, entered on or before the date
 * and valid until the date or later; one per enterprise and tier (the latest entry wins when lists repeat it).
 */
export async function listPoolEntries(db: Queryable, filter: PoolEntryFilter) {
  let query = db
    .selectFrom('current_pool_entry as p')
    .innerJoin('enterprise as e', 'e.id', 'p.enterprise_id')
    .select([
      'p.id',
      'p.batch_id',
      'p.sheet_row',
      'p.period_year',
      'p.enterprise_id',
      'e.uscc',
      'p.reporting_unit_id',
      'p.tier',
      'p.tier_text',
      'p.entry_date',
      'p.valid_until',
      'p.document',
      'p.level',
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
    .distinctOn(['p.enterprise_id', 'p.tier'])
    .where('p.period_year', '<=', Number(filter.date.slice(0, 4)))
    .where('p.entry_date', '<=', filter.date)
    .where('p.valid_until', '>=', filter.date);
  if (filter.tier !== undefined) query = query.where('p.tier', '=', filter.tier);
  if (filter.unit !== undefined) query = query.where('p.reporting_unit_id', '=', filter.unit);
  query = query.where((eb) => inScope(eb, filter.scope, { uscc: 'e.uscc', reportingUnitId: 'p.reporting_unit_id' }));
  return query
    .orderBy('p.enterprise_id')
    .orderBy('p.tier')
    .orderBy('p.entry_date', 'desc')
    .orderBy('p.period_year', 'desc')
    .execute();
}

/** Whether any current pool list of this year or earlier is stored (else a count of 0 would be a guess). */
export async function hasPoolList(db: Queryable, upToYear: number): Promise<boolean> {
  const row = await db
    .selectFrom('current_pool_entry')
    .select('id')
    .where('period_year', '<=', upToYear)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
