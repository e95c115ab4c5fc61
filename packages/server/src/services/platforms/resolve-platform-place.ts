/**
 * Where a platform belongs: its reporting unit from the unit text (id, name or short name) and its cluster from
 * the cluster text, looked up among the clusters of one system (default 五大). An unknown unit is a problem; an
 * unresolved cluster keeps its text and no cluster id.
 */
import { reportingUnitLookup } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listClusterNames } from '../../repositories/project.repository.ts';
import { listReportingUnits } from '../../repositories/region.repository.ts';
import { clusterNameResolver } from '../registers/resolve-cluster-name.ts';

export const DEFAULT_PLATFORM_SYSTEM = 'wuda';

export async function platformPlaceResolver(db: Kysely<DatabaseSchema>, systemId = DEFAULT_PLATFORM_SYSTEM) {
  const units = await listReportingUnits(db);
  const unitOf = reportingUnitLookup(units.map((unit) => ({ id: unit.id, nameZh: unit.name_zh })));
  const clusters = (await listClusterNames(db)).filter((cluster) => cluster.system_id === systemId);
  const byName = clusterNameResolver(clusters);
  const ids = new Set(clusters.map((cluster) => cluster.id));
  return {
    unitOf,
    /** A cluster id of the system (given as id or name), or null. */
    clusterOf: (text: string | null | undefined): string | null => {
      if (text === null || text === undefined || text.trim() === '') return null;
      return ids.has(text.trim()) ? text.trim() : byName(text);
    },
    systemId,
  };
}
