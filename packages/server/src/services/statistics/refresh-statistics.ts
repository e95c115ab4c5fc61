/**
 * Keeps the statistics current: before statistics of a period are read (and after every import), the
 * memberships of its year and the aggregates of its month are recomputed if an input changed since (the
 * database's triggers delete the freshness marks). One refresh at a time; writers of the inputs wait for it.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listClusterSystems } from '../../repositories/registry.repository.ts';
import {
  listAggregateStates,
  listCurrentSourcePeriods,
  listMembershipStates,
  lockStatisticsInputs,
  recomputeMonthAggregates,
  replaceMemberships,
} from '../../repositories/statistics.repository.ts';
import { assignClusters } from './assign-clusters.ts';

export interface StatisticsPeriod {
  year: number;
  /** 1–12 for monthly figures, 0 for annual ones. */
  month: number;
}

export interface RefreshOutcome {
  memberships: { systemId: string; year: number }[];
  months: StatisticsPeriod[];
}

const periodKey = (period: StatisticsPeriod) => `${period.year}-${period.month}`;

async function staleParts(db: Kysely<DatabaseSchema>, periods: readonly StatisticsPeriod[]) {
  const years = [...new Set(periods.map((period) => period.year))];
  const [systems, memberships, aggregates] = await Promise.all([
    listClusterSystems(db),
    listMembershipStates(db, years),
    listAggregateStates(db, years),
  ]);
  const fresh = new Set(memberships.map((state) => `${state.system_id}|${state.year}`));
  const staleMemberships = years.flatMap((year) =>
    systems.filter((system) => !fresh.has(`${system.id}|${year}`)).map((system) => ({ systemId: system.id, year })),
  );
  const computed = new Set(
    aggregates.map((state) => periodKey({ year: state.period_year, month: state.period_month })),
  );
  const seen = new Set<string>();
  const staleMonths = periods.filter((period) => {
    const key = periodKey(period);
    if (computed.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { staleMemberships, staleMonths };
}

/** Makes the statistics of the given periods current; returns what had to be recomputed. */
export async function ensureStatistics(
  db: Kysely<DatabaseSchema>,
  periods: readonly StatisticsPeriod[],
): Promise<RefreshOutcome> {
  const first = await staleParts(db, periods);
  if (first.staleMemberships.length === 0 && first.staleMonths.length === 0) return { memberships: [], months: [] };
  return db.transaction().execute(async (trx) => {
    await lockStatisticsInputs(trx);
    const { staleMemberships, staleMonths } = await staleParts(trx, periods);
    for (const { systemId, year } of staleMemberships) {
      const { clusterOf } = await assignClusters(trx, systemId, year);
      await replaceMemberships(trx, systemId, year, clusterOf);
    }
    for (const period of staleMonths) await recomputeMonthAggregates(trx, period.year, period.month);
    return { memberships: staleMemberships, months: staleMonths };
  });
}

/** Every period for which some source has current data. */
export async function listDataPeriods(db: Kysely<DatabaseSchema>): Promise<StatisticsPeriod[]> {
  const rows = await listCurrentSourcePeriods(db);
  const unique = new Map(rows.map((row) => [periodKey({ year: row.period_year, month: row.period_month }), row]));
  return [...unique.values()]
    .map((row) => ({ year: row.period_year, month: row.period_month }))
    .sort((a, b) => a.year - b.year || a.month - b.month);
}

/** Brings the statistics of every period with data up to date (after imports, `observatory stats refresh`). */
export async function refreshAllStatistics(db: Kysely<DatabaseSchema>): Promise<RefreshOutcome> {
  return ensureStatistics(db, await listDataPeriods(db));
}
