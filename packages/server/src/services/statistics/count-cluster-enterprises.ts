/**
 * The 规上 enterprises of each cluster in a year, with entrants (规上 in the cluster this year, not last year)
 * and exits (last year, not this year), for the city or one unit. The 规上 set changes every year, which is why
 * growth is computed on the comparable basis. Read from the kept transitions (cluster and unit now and before,
 * counted when the memberships were refreshed), then rolled up per cluster subtree, so a move between two sub-directions of one cluster is neither an entry
 * nor an exit of the parent. Without any 规上 enterprise recorded for the year before, entrants and exits are
 * unknown (null), not "everyone".
 */
import { subtreeOf, type ClusterNode } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listMembershipTransitions, type MembershipTransition } from '../../repositories/statistics.repository.ts';

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

function countIn(
  transitions: readonly MembershipTransition[],
  inSet: (cluster: string | null, unit: string | null) => boolean,
  known: boolean,
): EnterpriseCounts {
  let count = 0;
  let entrants = 0;
  let exits = 0;
  for (const row of transitions) {
    const now = inSet(row.now_cluster, row.now_unit);
    const before = inSet(row.before_cluster, row.before_unit);
    if (now) count += row.enterprises;
    if (now && !before) entrants += row.enterprises;
    if (before && !now) exits += row.enterprises;
  }
  return known ? { count, entrants, exits } : { count, entrants: null, exits: null };
}

export async function countClusterEnterprises(
  db: Kysely<DatabaseSchema>,
  systemId: string,
  year: number,
  clusters: readonly ClusterNode[],
  reportingUnitId?: string,
): Promise<ClusterEnterpriseCounts> {
  const [members, city] = await Promise.all([
    listMembershipTransitions(db, systemId, year),
    listMembershipTransitions(db, '*', year),
  ]);
  const known = city.some((row) => row.before_cluster !== null);
  const unitOk = (unit: string | null) => unit !== null && (reportingUnitId === undefined || unit === reportingUnitId);
  const subtree = subtreeOf(clusters);
  return {
    byCluster: new Map(
      clusters.map((cluster) => {
        const ids = subtree.get(cluster.id)!;
        return [cluster.id, countIn(members, (id, unit) => id !== null && ids.has(id) && unitOk(unit), known)];
      }),
    ),
    system: countIn(members, (id, unit) => id !== null && unitOk(unit), known),
    city: countIn(city, (id, unit) => id !== null && unitOk(unit), known),
  };
}
