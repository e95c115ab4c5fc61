/**
 * Disclosure control of a system's published cluster figures for one audience: one linked table, reporting
 * unit × cluster, protected as a whole so that no suppressed cell can be recomputed from any published cell
 * of the cluster table, the unit × cluster matrix or their totals. The cluster dimension is the city's 规上
 * total → { the system's clusters → top-level clusters → sub-directions (+ the parent's own enterprises),
 * enterprises outside the system }, so "city − system" is protected too. Cells that are not printed (the
 * parents' own enterprises, unit × sub-direction) count as published, which is the cautious side.
 */
import {
  protectTable,
  type DisclosureRules,
  type HierarchyNode,
  type MicrodataRecord,
  type ProtectedTable,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listReportingUnits } from '../../repositories/region.repository.ts';
import { listClusters } from '../../repositories/registry.repository.ts';
import {
  findStatisticsStamp,
  listAboveScaleMembers,
  listFirmValues,
} from '../../repositories/statistics.repository.ts';
import { cacheOf } from './protected-table-cache.ts';

export const CITY_CODE = '*city';
export const SYSTEM_CODE = '*system';
export const OUTSIDE_CODE = '*outside';
export const UNIT_TOTAL_CODE = '*all-units';
const ownCode = (clusterId: string) => `*own:${clusterId}`;

/** Who receives the figures: the public (knows no firm), a reporting unit's staff (knows its own firms). */
export type Audience = { kind: 'public' } | { kind: 'unit'; reportingUnitId: string } | { kind: 'full' };

export interface ProtectedClusterTable {
  /** The published value of (unit or UNIT_TOTAL_CODE, cluster id or CITY_CODE / SYSTEM_CODE), or 'suppressed'. */
  lookup(unit: string, cluster: string): number | 'suppressed' | undefined;
  table: ProtectedTable | null;
}

export interface ProtectClusterTableInput {
  systemId: string;
  measure: string;
  year: number;
  month: number;
  audience: Audience;
  rules: DisclosureRules;
}

/**
 * The protected table of the input, kept between calls while its data stay the same (protected-table-cache.ts).
 * Without current statistics (no freshness stamp) it is computed and not kept.
 */
export async function protectClusterTable(
  db: Kysely<DatabaseSchema>,
  input: ProtectClusterTableInput,
): Promise<ProtectedClusterTable> {
  const stamp = await findStatisticsStamp(db, input.systemId, input.year, input.month);
  if (stamp === null) return computeProtectedClusterTable(db, input);
  const key = JSON.stringify([
    stamp,
    input.systemId,
    input.measure,
    input.year,
    input.month,
    input.audience,
    input.rules,
  ]);
  return cacheOf<ProtectedClusterTable>(db).get(key, () => computeProtectedClusterTable(db, input));
}

async function computeProtectedClusterTable(
  db: Kysely<DatabaseSchema>,
  input: ProtectClusterTableInput,
): Promise<ProtectedClusterTable> {
  const [clusters, units, members, values] = await Promise.all([
    listClusters(db, input.systemId),
    listReportingUnits(db),
    listAboveScaleMembers(db, input.systemId, input.year),
    listFirmValues(db, input.measure, input.year, input.month),
  ]);
  const children = new Map<string | null, typeof clusters>();
  for (const cluster of clusters)
    children.set(cluster.parent_id, [...(children.get(cluster.parent_id) ?? []), cluster]);
  const node = (clusterId: string): HierarchyNode => {
    const below = children.get(clusterId) ?? [];
    if (below.length === 0) return { code: clusterId, children: [] };
    return {
      code: clusterId,
      children: [...below.map((child) => node(child.id)), { code: ownCode(clusterId), children: [] }],
    };
  };
  const clusterRoot: HierarchyNode = {
    code: CITY_CODE,
    children: [
      { code: SYSTEM_CODE, children: (children.get(null) ?? []).map((cluster) => node(cluster.id)) },
      { code: OUTSIDE_CODE, children: [] },
    ],
  };
  const unitRoot: HierarchyNode = {
    code: UNIT_TOTAL_CODE,
    children: units.map((unit) => ({ code: unit.id, children: [] })),
  };
  const clusterOf = new Map(members.map((member) => [member.enterprise_id, member.cluster_id]));
  const hasChildren = (clusterId: string) => (children.get(clusterId)?.length ?? 0) > 0;
  const knownUnits = new Set(units.map((unit) => unit.id));
  const records: MicrodataRecord[] = values
    .filter((row) => knownUnits.has(row.reporting_unit_id))
    .map((row) => {
      const cluster = clusterOf.get(row.enterprise_id);
      const code = cluster === undefined ? OUTSIDE_CODE : hasChildren(cluster) ? ownCode(cluster) : cluster;
      return {
        contributorId: String(row.enterprise_id),
        value: Math.abs(Number(row.value)),
        codes: [row.reporting_unit_id, code],
      };
    });
  if (input.audience.kind === 'full') return { table: null, lookup: () => undefined };
  const audience = input.audience;
  const known =
    audience.kind === 'unit'
      ? values
          .filter((row) => row.reporting_unit_id === audience.reportingUnitId)
          .map((row) => String(row.enterprise_id))
      : [];
  const table = protectTable({
    dimensions: [
      { name: 'unit', root: unitRoot },
      { name: 'cluster', root: clusterRoot },
    ],
    records,
    rules: input.rules,
    knownContributors: known,
  });
  const byCodes = new Map(table.cells.map((cell) => [cell.codes.join('|'), cell]));
  return {
    table,
    lookup(unit, cluster) {
      const cell = byCodes.get(`${unit}|${cluster}`);
      if (!cell) return undefined;
      return cell.status === 'published' ? (cell.value ?? 0) : 'suppressed';
    },
  };
}
