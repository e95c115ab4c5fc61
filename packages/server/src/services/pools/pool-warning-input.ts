/**
 * The figures of the pool_entry_expiring warning rule for a period: every pool entry in force at the period's end
 * (city-wide), with its days left and whether it has been reviewed. No pool list imported: null (not evaluable).
 */
import { POOL_TIER_NAMES, type TrackedPoolEntry, type WarningInput } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listPoolListYears } from '../../repositories/pool-holding.repository.ts';
import { readEntriesInForce } from './pool-entry-states.ts';

export async function poolExpiringInput(
  db: Kysely<DatabaseSchema>,
  period: { year: number; month: number },
): Promise<WarningInput> {
  const asOf = new Date(Date.UTC(period.year, period.month === 0 ? 12 : period.month, 0)).toISOString().slice(0, 10);
  if ((await listPoolListYears(db)).length === 0) return { kind: 'pool_entry_expiring', entries: null, asOf };
  const entries = await readEntriesInForce(db, { date: asOf, scope: { kind: 'all' } });
  return {
    kind: 'pool_entry_expiring',
    asOf,
    entries: entries.map((entry): TrackedPoolEntry => ({
      subject: {
        kind: 'enterprise',
        id: `${entry.uscc}/${entry.tier}`,
        name: { zh: entry.name ?? entry.uscc, en: entry.name ?? entry.uscc },
        reportingUnitId: entry.reportingUnit,
      },
      tierName: POOL_TIER_NAMES[entry.tier],
      validUntil: entry.validUntil,
      daysLeft: entry.daysLeft,
      reviewed: entry.lastReview !== null,
    })),
  };
}
