/**
 * The indicator table of a cluster index for one period: the system's clusters at the definition's level (the
 * units of the index) × the definition's indicators, in shown units (the source's value × `scale`), plus the
 * same indicators for the system's clusters together and for the city's 规上 industry (reference rows, not
 * ranked). Everything comes from the stored statistics through indicator-sources.ts.
 */
import type { BilingualName } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findClusterSystem } from '../../repositories/registry.repository.ts';
import { computeClusterStatistics } from '../statistics/compute-cluster-statistics.ts';
import type { IndexDefinition } from './index-definition-schema.ts';
import { indicatorsOf } from './index-framework.ts';
import { measurePeriod, sourceValues, type IndexPeriod, type SourceContext } from './indicator-sources.ts';

export interface IndicatorColumn {
  indicator: string;
  /** One value per cluster, in the order of `clusters`. */
  clusters: (number | null)[];
  system: number | null;
  city: number | null;
  note: string | null;
}

export interface IndicatorTable {
  systemId: string;
  period: IndexPeriod;
  clusters: { id: string; name: BilingualName }[];
  columns: IndicatorColumn[];
}

const scaled = (value: number | null, scale: number) => (value === null ? null : value * scale);

export async function buildIndicatorTable(
  db: Kysely<DatabaseSchema>,
  definition: IndexDefinition,
  period: IndexPeriod,
): Promise<IndicatorTable> {
  const system = await findClusterSystem(db, definition.system);
  if (!system)
    throw new AppError(
      'not_found',
      `定义 ${definition.id} 所指集群体系 "${definition.system}" 不存在 (no cluster system "${definition.system}")`,
    );
  const base = await computeClusterStatistics(db, {
    systemId: definition.system,
    measure: 'industrial_output',
    ...measurePeriod('industrial_output', period),
  });
  const clusters = base.clusters
    .filter((row) => row.depth === definition.clusterLevel - 1)
    .map((row) => ({ id: row.clusterId, name: row.name }));
  if (clusters.length === 0)
    throw new AppError(
      'validation_failed',
      `集群体系 ${definition.system} 没有第 ${definition.clusterLevel} 层集群 (the system has no clusters at level ${definition.clusterLevel})`,
    );
  const context: SourceContext = {
    db,
    systemId: definition.system,
    period,
    clusterIds: clusters.map((cluster) => cluster.id),
    statistics: new Map(),
  };
  const columns: IndicatorColumn[] = [];
  // One indicator at a time: the statistics of a period are refreshed once, then read from the memo.
  for (const { indicator } of indicatorsOf(definition)) {
    const values = await sourceValues(context, indicator.source);
    columns.push({
      indicator: indicator.id,
      clusters: values.clusters.map((value) => scaled(value, indicator.scale)),
      system: scaled(values.system, indicator.scale),
      city: scaled(values.city, indicator.scale),
      note: values.note,
    });
  }
  return { systemId: definition.system, period, clusters, columns };
}
