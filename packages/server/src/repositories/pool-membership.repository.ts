/**
 * Cluster membership for the pools' counts by cluster: the enterprises of a set of clusters in a system's year,
 * as the statistics keep it (cluster_membership), and the latest year with memberships at or before a year.
 */
import type { Queryable } from './queryable.ts';

export async function listClusterMemberIds(
  db: Queryable,
  systemId: string,
  year: number,
  clusterIds: readonly string[],
): Promise<number[]> {
  if (clusterIds.length === 0) return [];
  const rows = await db
    .selectFrom('cluster_membership')
    .select('enterprise_id')
    .where('system_id', '=', systemId)
    .where('year', '=', year)
    .where('cluster_id', 'in', [...clusterIds])
    .execute();
  return rows.map((row) => row.enterprise_id);
}

export async function findLatestMembershipYear(db: Queryable, systemId: string, upToYear: number) {
  const row = await db
    .selectFrom('cluster_membership')
    .select((eb) => eb.fn.max('year').as('year'))
    .where('system_id', '=', systemId)
    .where('year', '<=', upToYear)
    .executeTakeFirst();
  return row?.year ?? null;
}

/** The clusters of a system with their parents, for a subtree. */
export async function listSystemClusterTree(db: Queryable, systemId: string) {
  return db
    .selectFrom('cluster')
    .select(['id', 'parent_id', 'name_zh', 'name_en'])
    .where('system_id', '=', systemId)
    .execute();
}
