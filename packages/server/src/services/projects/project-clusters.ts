/**
 * The clusters of a system as the projects pages group by them: each registry cluster of the system mapped to its
 * top-level cluster (a project named with a sub-cluster counts under its top cluster), with the top clusters'
 * names in registry order. A project whose list names a cluster the import could not resolve (a name two systems
 * share, such as 智能家居) is placed by that name among the system's own clusters.
 */
import type { BilingualName } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listClusters } from '../../repositories/registry.repository.ts';
import { clusterNameResolver } from '../registers/resolve-cluster-name.ts';

export interface SystemClusters {
  systemId: string;
  /** Top-level clusters in registry order. */
  tops: { id: string; name: BilingualName }[];
  /** Any cluster id of the system → its top-level cluster id. */
  topOf: Map<string, string>;
  /** A project's top cluster in the system: its resolved cluster, else its cluster text read within the system. */
  topOfProject: (project: { clusterId: string | null; clusterText: string | null }) => string | null;
}

export async function systemClusters(db: Kysely<DatabaseSchema>, systemId: string): Promise<SystemClusters> {
  const clusters = await listClusters(db, systemId);
  const parentOf = new Map(clusters.map((cluster) => [cluster.id, cluster.parent_id]));
  const topOf = new Map<string, string>();
  for (const cluster of clusters) {
    let id = cluster.id;
    for (let guard = 0; guard < 20 && parentOf.get(id); guard++) id = parentOf.get(id)!;
    topOf.set(cluster.id, id);
  }
  const tops = clusters
    .filter((cluster) => cluster.parent_id === null)
    .map((cluster) => ({ id: cluster.id, name: { zh: cluster.name_zh, en: cluster.name_en } }));
  const byName = clusterNameResolver(clusters);
  const topOfProject = (project: { clusterId: string | null; clusterText: string | null }) => {
    const known = project.clusterId === null ? undefined : topOf.get(project.clusterId);
    if (known !== undefined) return known;
    const named = project.clusterText === null ? null : byName(project.clusterText);
    return named === null ? null : (topOf.get(named) ?? null);
  };
  return { systemId, tops, topOf, topOfProject };
}
