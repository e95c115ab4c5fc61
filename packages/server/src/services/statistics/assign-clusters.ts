/**
 * The cluster of every enterprise in one system and year: its class through the catalogue (the most
 * specific sub-direction), or a manual override; with each cluster's chain up to its top cluster, so an
 * enterprise of 光伏 counts in 新能源 too. Enterprises whose code matches only partially, or nothing, have
 * no cluster.
 */
import { matchCatalogue } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listEnterpriseYearsOf, listLatestOverrides } from '../../repositories/enterprise.repository.ts';
import { listCatalogueEntries, listClusters } from '../../repositories/registry.repository.ts';
import { parentLookup, toCatalogueRules } from '../registry/catalogue-rules.ts';

export interface ClusterAssignments {
  /** Enterprise → its most specific cluster. */
  clusterOf: Map<number, string>;
  /** A cluster and all the clusters above it, most specific first. */
  chainOf(clusterId: string): string[];
}

export async function assignClusters(
  db: Kysely<DatabaseSchema>,
  systemId: string,
  year: number,
): Promise<ClusterAssignments> {
  const [clusters, catalogue, years, overrides] = await Promise.all([
    listClusters(db, systemId),
    listCatalogueEntries(db, systemId),
    listEnterpriseYearsOf(db, year),
    listLatestOverrides(db, systemId, year),
  ]);
  const parentOf = parentLookup(clusters);
  const chainOf = (id: string) => {
    const chain = [id];
    for (let parent = parentOf(id); parent !== null && !chain.includes(parent); parent = parentOf(parent))
      chain.push(parent);
    return chain;
  };
  const rules = toCatalogueRules(catalogue);
  const assigned = new Map<number, string>();
  for (const row of years) {
    if (row.industry_code === null) continue;
    const match = matchCatalogue(row.industry_code, rules, year, parentOf);
    if (match.status === 'assigned') assigned.set(row.enterprise_id, match.clusterId);
  }
  for (const override of overrides) {
    if (override.cluster_id === null) assigned.delete(override.enterprise_id);
    else assigned.set(override.enterprise_id, override.cluster_id);
  }
  return { clusterOf: assigned, chainOf };
}
