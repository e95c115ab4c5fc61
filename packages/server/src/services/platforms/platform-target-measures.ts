/**
 * The platform register's answers to target measures (core PLATFORM_MEASURES): the number of platforms of a kind
 * and level in force at the end of the year — "new" parks only if recognised after the policy of 2020-09-29 — or,
 * for 产业创新服务综合体, the number of the system's top-level clusters with one. A target of one cluster counts that
 * cluster's platforms (its sub-clusters included). No platform registered at all: unavailable, never 0.
 */
import { PLATFORM_MEASURES, countPlatforms, subtreeOf } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listPlatformRows, listPlatformStatusChanges } from '../../repositories/platform.repository.ts';
import { listClusters } from '../../repositories/registry.repository.ts';
import type { RegisterMeasureProvider, RegisterMeasureQuery } from '../targets/register-measure.ts';

async function countablePlatforms(db: Kysely<DatabaseSchema>, query: RegisterMeasureQuery) {
  const rows = await listPlatformRows(db);
  const changes = await listPlatformStatusChanges(db);
  const clusters = await listClusters(db, query.systemId);
  const parentOf = new Map(clusters.map((cluster) => [cluster.id, cluster.parent_id]));
  const topOf = (id: string): string => {
    let current = id;
    for (let step = 0; step < 20 && parentOf.get(current); step += 1) current = parentOf.get(current)!;
    return current;
  };
  const subtree =
    query.clusterId === null
      ? null
      : (subtreeOf(
          clusters.map((cluster) => ({ id: cluster.id, parentId: cluster.parent_id, sortOrder: cluster.sort_order })),
        ).get(query.clusterId) ?? new Set([query.clusterId]));
  return {
    registered: rows.length,
    platforms: rows
      .filter((row) => subtree === null || (row.system_id === query.systemId && subtree.has(row.cluster_id ?? '')))
      .map((row) => ({
        kind: row.kind,
        level: row.level,
        recognisedDate: row.recognised_date,
        topClusterId:
          row.system_id === query.systemId && row.cluster_id !== null && parentOf.has(row.cluster_id)
            ? topOf(row.cluster_id)
            : null,
        history: changes.filter((change) => change.platform_id === row.id),
      })),
  };
}

export const platformTargetMeasures: RegisterMeasureProvider[] = PLATFORM_MEASURES.map((definition) => ({
  measure: definition.measure,
  async measureValue(db, query) {
    const { registered, platforms } = await countablePlatforms(db, query);
    if (registered === 0)
      return {
        value: null,
        unavailable: {
          zh: '平台名录尚无数据，请先导入平台名单',
          en: 'the platform register is empty: import the list first',
        },
      };
    return {
      value: countPlatforms(definition, platforms, query.asOfYear),
      year: query.asOfYear,
      basis: definition.basis,
    };
  },
}));
