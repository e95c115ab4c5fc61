/**
 * Pool counts of a cluster (the cluster page's panel, cluster-scoped targets): the entries in force at a year's
 * end held by the cluster's member firms — the members the statistics keep (cluster_membership, the cluster and
 * its sub-directions) for that year, else the latest year before it with memberships — counted by tier.
 */
import { POOL_TIERS, type PoolTier } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findLatestMembershipYear,
  listClusterMemberIds,
  listSystemClusterTree,
} from '../../repositories/pool-membership.repository.ts';
import { ensureStatistics, listDataPeriods } from '../statistics/refresh-statistics.ts';
import { endOfYear, readEntriesInForce, type PoolEntryState } from './pool-entry-states.ts';

/** The cluster and every cluster below it. */
export async function clusterSubtreeIds(db: Kysely<DatabaseSchema>, systemId: string, clusterId: string) {
  const clusters = await listSystemClusterTree(db, systemId);
  const ids = new Set([clusterId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const cluster of clusters)
      if (cluster.parent_id !== null && ids.has(cluster.parent_id) && !ids.has(cluster.id)) {
        ids.add(cluster.id);
        grew = true;
      }
  }
  return { ids: [...ids], known: clusters.some((cluster) => cluster.id === clusterId) };
}

/** The member enterprise ids of the cluster for the year (memberships brought up to date first), with the year used. */
export async function clusterMembers(
  db: Kysely<DatabaseSchema>,
  systemId: string,
  clusterId: string,
  year: number,
): Promise<{ ids: Set<number>; membershipYear: number | null; known: boolean }> {
  const periods = (await listDataPeriods(db)).filter((period) => period.year <= year);
  const latestYear = periods.at(-1)?.year;
  if (latestYear !== undefined)
    await ensureStatistics(
      db,
      periods.filter((period) => period.year === latestYear),
    );
  const subtree = await clusterSubtreeIds(db, systemId, clusterId);
  const membershipYear = await findLatestMembershipYear(db, systemId, year);
  const ids = membershipYear === null ? [] : await listClusterMemberIds(db, systemId, membershipYear, subtree.ids);
  return { ids: new Set(ids), membershipYear, known: subtree.known };
}

export interface ClusterPoolCounts {
  system: string;
  cluster: string;
  year: number;
  date: string;
  membershipYear: number | null;
  members: number;
  counts: Record<PoolTier, number>;
}

export function countByTier(entries: readonly PoolEntryState[]): Record<PoolTier, number> {
  const counts = Object.fromEntries(POOL_TIERS.map((tier) => [tier, 0])) as Record<PoolTier, number>;
  for (const entry of entries) counts[entry.tier] += 1;
  return counts;
}

export async function countClusterPools(
  db: Kysely<DatabaseSchema>,
  input: { system: string; cluster: string; year: number },
): Promise<ClusterPoolCounts> {
  const members = await clusterMembers(db, input.system, input.cluster, input.year);
  const date = endOfYear(input.year);
  const entries = await readEntriesInForce(db, { date, scope: { kind: 'all' } });
  return {
    system: input.system,
    cluster: input.cluster,
    year: input.year,
    date,
    membershipYear: members.membershipYear,
    members: members.ids.size,
    counts: countByTier(entries.filter((entry) => members.ids.has(entry.enterpriseId))),
  };
}
