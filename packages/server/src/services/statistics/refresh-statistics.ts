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
  replaceMembershipTransitions,
  findFirstDataYear,
} from '../../repositories/statistics.repository.ts';
import { assignClusters } from './assign-clusters.ts';
import {
  analyzeBulkChangedTables,
  markTableChanges,
  transactionRenewingStatistics,
} from '../../db/table-statistics.ts';

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

/**
 * Recomputes the stale memberships and, with them, the transitions from the year before (entrants and
 * exits). Those need the year before's memberships current too, so a stale year before is recomputed first
 * (down to the first year with 规上 data). The city's transitions are recounted for every year touched.
 */
async function refreshMemberships(
  trx: Kysely<DatabaseSchema>,
  stale: readonly { systemId: string; year: number }[],
): Promise<{ systemId: string; year: number }[]> {
  if (stale.length === 0) return [];
  const [states, firstYear] = await Promise.all([
    listMembershipStates(trx, [...new Set(stale.flatMap((entry) => range(entry.year)))]),
    findFirstDataYear(trx),
  ]);
  const fresh = new Set(states.map((state) => `${state.system_id}|${state.year}`));
  const done: { systemId: string; year: number }[] = [];
  const refresh = async (systemId: string, year: number): Promise<void> => {
    if (fresh.has(`${systemId}|${year}`)) return;
    if (firstYear !== null && year > firstYear) await refresh(systemId, year - 1);
    const { clusterOf } = await assignClusters(trx, systemId, year);
    await replaceMemberships(trx, systemId, year, clusterOf);
    await replaceMembershipTransitions(trx, systemId, year);
    fresh.add(`${systemId}|${year}`);
    done.push({ systemId, year });
  };
  for (const entry of [...stale].sort((a, b) => a.year - b.year)) await refresh(entry.systemId, entry.year);
  for (const year of new Set(done.map((entry) => entry.year))) await replaceMembershipTransitions(trx, '*', year);
  return done;
}

/** The years from the given one down to 1990, for looking up states in one query. */
const range = (year: number) => Array.from({ length: Math.max(1, year - 1989) }, (_, index) => year - index);

/** Makes the statistics of the given periods current; returns what had to be recomputed. */
export async function ensureStatistics(
  db: Kysely<DatabaseSchema>,
  periods: readonly StatisticsPeriod[],
): Promise<RefreshOutcome> {
  const first = await staleParts(db, periods);
  if (first.staleMemberships.length === 0 && first.staleMonths.length === 0) return { memberships: [], months: [] };
  return transactionRenewingStatistics(db, async (trx) => {
    await lockStatisticsInputs(trx);
    const mark = await markTableChanges(trx);
    const { staleMemberships, staleMonths } = await staleParts(trx, periods);
    const recomputed = await refreshMemberships(trx, staleMemberships);
    // The month aggregates join the memberships just rewritten: planned on their true number, not the last one.
    if (recomputed.length > 0) await analyzeBulkChangedTables(trx, mark);
    for (const period of staleMonths) await recomputeMonthAggregates(trx, period.year, period.month);
    return { memberships: recomputed, months: staleMonths };
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
