/**
 * The 规上 enterprises of each cluster in a year, with entrants (规上 in the cluster this year, not last year)
 * and exits (last year, not this year), for the city or one unit. The 规上 set changes every year, which is why
 * growth is computed on the comparable basis. Without any 规上 enterprise recorded for the year before,
 * entrants and exits are unknown (null), not "everyone".
 */
import { subtreeOf, type ClusterNode } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listAboveScaleEnterprises, listAboveScaleMembers } from '../../repositories/statistics.repository.ts';

export interface EnterpriseCounts {
  count: number;
  entrants: number | null;
  exits: number | null;
}

export interface ClusterEnterpriseCounts {
  byCluster: Map<string, EnterpriseCounts>;
  system: EnterpriseCounts;
  city: EnterpriseCounts;
}

function compare(current: ReadonlySet<number>, previous: ReadonlySet<number>, known: boolean): EnterpriseCounts {
  if (!known) return { count: current.size, entrants: null, exits: null };
  let entrants = 0;
  for (const id of current) if (!previous.has(id)) entrants++;
  let exits = 0;
  for (const id of previous) if (!current.has(id)) exits++;
  return { count: current.size, entrants, exits };
}

export async function countClusterEnterprises(
  db: Kysely<DatabaseSchema>,
  systemId: string,
  year: number,
  clusters: readonly ClusterNode[],
  reportingUnitId?: string,
): Promise<ClusterEnterpriseCounts> {
  const inScope = (row: { reporting_unit_id: string }) =>
    reportingUnitId === undefined || row.reporting_unit_id === reportingUnitId;
  const [members, previousMembers, city, previousCity] = await Promise.all([
    listAboveScaleMembers(db, systemId, year),
    listAboveScaleMembers(db, systemId, year - 1),
    listAboveScaleEnterprises(db, year),
    listAboveScaleEnterprises(db, year - 1),
  ]);
  const known = previousCity.length > 0;
  const setOf = (rows: readonly { enterprise_id: number; reporting_unit_id: string }[]) =>
    new Set(rows.filter(inScope).map((row) => row.enterprise_id));
  const subtree = subtreeOf(clusters);
  const byCluster = new Map(
    clusters.map((cluster) => {
      const ids = subtree.get(cluster.id)!;
      const current = setOf(members.filter((row) => ids.has(row.cluster_id)));
      const previous = setOf(previousMembers.filter((row) => ids.has(row.cluster_id)));
      return [cluster.id, compare(current, previous, known)];
    }),
  );
  return {
    byCluster,
    system: compare(setOf(members), setOf(previousMembers), known),
    city: compare(setOf(city), setOf(previousCity), known),
  };
}
