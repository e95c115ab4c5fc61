/** The stored catalogue and cluster tree in the shapes core's matchCatalogue takes. */
import type { CatalogueRule, ParentOf } from '@observatory/core';

interface StoredCatalogueEntry {
  cluster_id: string;
  industry_prefix: string;
  coverage: string;
  valid_from: number | null;
  valid_to: number | null;
}

export function toCatalogueRules(entries: readonly StoredCatalogueEntry[]): CatalogueRule[] {
  return entries.map((entry) => ({
    clusterId: entry.cluster_id,
    industryPrefix: entry.industry_prefix,
    coverage: entry.coverage === 'full' ? 'full' : 'partial',
    validFrom: entry.valid_from,
    validTo: entry.valid_to,
  }));
}

/** A cluster's parent (sub-direction → cluster), null at the top. */
export function parentLookup(clusters: readonly { id: string; parent_id: string | null }[]): ParentOf {
  const parents = new Map(clusters.map((cluster) => [cluster.id, cluster.parent_id]));
  return (clusterId) => parents.get(clusterId) ?? null;
}
