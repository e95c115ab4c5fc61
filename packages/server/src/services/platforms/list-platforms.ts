/**
 * The platform register for a caller: every platform in the caller's scope (a unit's staff see their unit's),
 * optionally of one kind or unit, and the count by kind, level and unit of those in force today (认定/复核), those
 * being cultivated and those delisted — the "by kind × unit" view of the platforms page.
 */
import { subtreeOf, type DataScope, type PlatformKind, type PlatformLevel } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listPlatformRows, listPlatformStatusChanges } from '../../repositories/platform.repository.ts';
import { listClusters } from '../../repositories/registry.repository.ts';
import { presentPlatform, todayIso, type PresentedPlatform } from './present-platform.ts';

export interface PlatformFilter {
  scope: DataScope;
  kind?: PlatformKind | undefined;
  unit?: string | undefined;
  /** A cluster of the system (default 五大): its platforms and its sub-clusters'. */
  cluster?: string | undefined;
  system?: string | undefined;
}

/** The ids of a cluster and its sub-clusters in a system (empty when the cluster is unknown). */
async function clusterSubtree(db: Kysely<DatabaseSchema>, systemId: string, clusterId: string) {
  const clusters = await listClusters(db, systemId);
  const subtree = subtreeOf(clusters.map((c) => ({ id: c.id, parentId: c.parent_id, sortOrder: c.sort_order })));
  return subtree.get(clusterId) ?? new Set<string>();
}

export interface PlatformCount {
  kind: PlatformKind;
  level: PlatformLevel;
  reportingUnitId: string;
  inForce: number;
  cultivating: number;
  delisted: number;
}

export async function listPlatforms(db: Kysely<DatabaseSchema>, filter: PlatformFilter) {
  if (filter.scope.kind === 'none' || filter.scope.kind === 'enterprise')
    return { platforms: [] as PresentedPlatform[], counts: [] as PlatformCount[] };
  const unit = filter.scope.kind === 'unit' ? filter.scope.reportingUnitId : filter.unit;
  if (filter.scope.kind === 'unit' && filter.unit !== undefined && filter.unit !== unit)
    return { platforms: [], counts: [] };
  const systemId = filter.system ?? 'wuda';
  const inCluster = filter.cluster === undefined ? null : await clusterSubtree(db, systemId, filter.cluster);
  const rows = (await listPlatformRows(db, { reportingUnitId: unit })).filter(
    (row) =>
      (filter.kind === undefined || row.kind === filter.kind) &&
      (inCluster === null || (row.system_id === systemId && row.cluster_id !== null && inCluster.has(row.cluster_id))),
  );
  const changes = await listPlatformStatusChanges(
    db,
    rows.map((row) => row.id),
  );
  const today = todayIso();
  const platforms = rows.map((row) => presentPlatform(row, changes, today));
  const counts = new Map<string, PlatformCount>();
  for (const platform of platforms) {
    const key = `${platform.kind}|${platform.level}|${platform.reportingUnitId}`;
    const count = counts.get(key) ?? {
      kind: platform.kind,
      level: platform.level,
      reportingUnitId: platform.reportingUnitId,
      inForce: 0,
      cultivating: 0,
      delisted: 0,
    };
    if (platform.status === 'recognised' || platform.status === 'reviewed') count.inForce += 1;
    else if (platform.status === 'cultivating') count.cultivating += 1;
    else if (platform.status === 'delisted') count.delisted += 1;
    counts.set(key, count);
  }
  return { platforms, counts: [...counts.values()] };
}
