/**
 * Σ of one measure for a period over the 规上 enterprises of a system's clusters (all of them, or the
 * named ones), optionally in one reporting unit, with Σ 上年同期 of the same enterprises (comparable basis)
 * and the number of contributors. Without a system: the city's 规上 total. Exact: sums of numeric in SQL.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listEnterpriseYearsOf } from '../../repositories/enterprise.repository.ts';
import { sumCurrentByEnterprise } from '../../repositories/observation.repository.ts';
import { assignClusters } from './assign-clusters.ts';

export interface ClusterMeasureQuery {
  measure: string;
  year: number;
  month: number;
  systemId?: string | undefined;
  clusterIds?: readonly string[] | undefined;
  reportingUnitId?: string | undefined;
}

export interface ClusterMeasureSum {
  value: number;
  base: number | null;
  contributors: number;
}

export async function sumClusterMeasure(
  db: Kysely<DatabaseSchema>,
  query: ClusterMeasureQuery,
): Promise<ClusterMeasureSum> {
  const aboveScale = new Set(
    (await listEnterpriseYearsOf(db, query.year)).filter((row) => row.above_scale).map((row) => row.enterprise_id),
  );
  const clusters = query.systemId ? await assignClusters(db, query.systemId, query.year) : null;
  const wanted = query.clusterIds ? new Set(query.clusterIds) : null;
  let value = 0;
  let base = 0;
  let baseCount = 0;
  let contributors = 0;
  for (const row of await sumCurrentByEnterprise(db, query.measure, query.year, query.month)) {
    if (!aboveScale.has(row.enterprise_id)) continue;
    if (query.reportingUnitId && row.reporting_unit_id !== query.reportingUnitId) continue;
    if (clusters) {
      const cluster = clusters.clusterOf.get(row.enterprise_id);
      if (cluster === undefined || (wanted && !clusters.chainOf(cluster).some((id) => wanted.has(id)))) continue;
    }
    value += Number(row.value);
    contributors++;
    if (row.base_value !== null) {
      base += Number(row.base_value);
      baseCount++;
    }
  }
  return {
    value: Math.round(value * 100) / 100,
    base: baseCount === 0 ? null : Math.round(base * 100) / 100,
    contributors,
  };
}
