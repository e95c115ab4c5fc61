/**
 * The level a cluster is listed under on the clusters page: 国家级 (national or world-class designation),
 * 省级·核心区 / 省级·协同区 (a provincial designation with a core or focus zone, or a collaborative zone in the
 * city), 市级 (a city designation, or a cluster of a city-owned system with none). A cluster can be on several
 * levels (a provincial cluster with both a core and a collaborative zone); a sub-direction takes its parent's.
 */
import type { Bilingual } from '../../i18n/language.tsx';
import type { RegistryCluster } from './registry-types.ts';

export type ClusterLevel = 'national' | 'provincial_core' | 'provincial_collaborative' | 'city';

export const CLUSTER_LEVELS: Record<ClusterLevel, Bilingual> = {
  national: { zh: '国家级', en: 'National' },
  provincial_core: { zh: '省级（核心区）', en: 'Provincial (core zone)' },
  provincial_collaborative: { zh: '省级（协同区）', en: 'Provincial (collaborative zone)' },
  city: { zh: '市级', en: 'City' },
};

function ownLevels(cluster: RegistryCluster, systemOwner: string): Set<ClusterLevel> {
  const levels = new Set<ClusterLevel>();
  for (const designation of cluster.designations) {
    if (designation.status === 'withdrawn') continue;
    if (designation.level === 'national' || designation.level === 'world') levels.add('national');
    else if (designation.level.startsWith('provincial')) {
      const roles = designation.zones.map((zone) => zone.role);
      if (roles.includes('collaborative')) levels.add('provincial_collaborative');
      if (roles.length === 0 || roles.some((role) => role !== 'collaborative')) levels.add('provincial_core');
    } else if (designation.level === 'city') levels.add('city');
  }
  if (levels.size === 0) {
    if (systemOwner === 'national') levels.add('national');
    else if (systemOwner === 'province') levels.add('provincial_core');
    else levels.add('city');
  }
  return levels;
}

/** Levels of every cluster of a system, by cluster id (sub-directions inherit their parent's). */
export function clusterLevels(
  clusters: readonly RegistryCluster[],
  systemOwner: string,
): Map<string, Set<ClusterLevel>> {
  const byId = new Map(clusters.map((cluster) => [cluster.id, cluster]));
  const result = new Map<string, Set<ClusterLevel>>();
  const levelsOf = (cluster: RegistryCluster): Set<ClusterLevel> => {
    const known = result.get(cluster.id);
    if (known) return known;
    const parent = cluster.parentId ? byId.get(cluster.parentId) : undefined;
    const own = cluster.designations.length === 0 && parent ? levelsOf(parent) : ownLevels(cluster, systemOwner);
    result.set(cluster.id, own);
    return own;
  };
  for (const cluster of clusters) levelsOf(cluster);
  return result;
}
