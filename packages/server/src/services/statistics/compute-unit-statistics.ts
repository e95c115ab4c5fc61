/**
 * Reporting units compared on one measure and period: for the city's 规上 industry (no system), a system's
 * clusters together, or one cluster (with its sub-directions): each unit's value, comparable growth, share of
 * the city-wide figure of the same scope, 拉动 on it, and ranks by value and by growth. Also the unit ×
 * cluster matrix of a system's top-level clusters, the table the bulletin publishes.
 */
import {
  cellFigures,
  competitionRanks,
  mergeCells,
  EMPTY_CELL,
  rollUpClusterCells,
  type AggregateCell,
  type BilingualName,
  type CellFigures,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listReportingUnits } from '../../repositories/region.repository.ts';
import { findCluster, findClusterSystem, listClusters } from '../../repositories/registry.repository.ts';
import { loadCityCells, loadUnitClusterCells } from './load-cells.ts';
import { ensureStatistics } from './refresh-statistics.ts';
import { requireMeasure, requirePeriod } from './statistics-query.ts';

export interface UnitStatisticsQuery {
  measure: string;
  year: number;
  month: number;
  systemId?: string | undefined;
  /** A cluster of the system (its subtree counts); without it, the system's clusters together. */
  clusterId?: string | undefined;
}

export interface UnitStatisticsRow extends CellFigures {
  unit: { id: string; name: BilingualName };
  rankByValue: number | null;
  rankByGrowth: number | null;
  cell: AggregateCell;
}

export interface UnitStatistics {
  measure: string;
  year: number;
  month: number;
  systemId: string | null;
  clusterId: string | null;
  units: UnitStatisticsRow[];
  total: CellFigures & { cell: AggregateCell };
}

export interface UnitClusterMatrix {
  units: { id: string; name: BilingualName }[];
  clusters: { id: string; name: BilingualName }[];
  /** cells[unit][cluster]: each top-level cluster with its sub-directions. */
  cells: AggregateCell[][];
  unitTotals: AggregateCell[];
  clusterTotals: AggregateCell[];
  total: AggregateCell;
}

async function checked(db: Kysely<DatabaseSchema>, query: UnitStatisticsQuery) {
  requireMeasure(query.measure);
  requirePeriod(query.year, query.month);
  if (query.clusterId !== undefined && query.systemId === undefined) {
    const cluster = await findCluster(db, query.clusterId);
    if (!cluster) throw new AppError('not_found', `没有集群 "${query.clusterId}" (no cluster "${query.clusterId}")`);
    query = { ...query, systemId: cluster.system_id };
  }
  if (query.systemId !== undefined && !(await findClusterSystem(db, query.systemId)))
    throw new AppError('not_found', `没有集群体系 "${query.systemId}" (no cluster system "${query.systemId}")`);
  await ensureStatistics(db, [{ year: query.year, month: query.month }]);
  return query;
}

/** Each unit's cell of the scope: city 规上, a system's clusters together, or one cluster's subtree. */
async function unitCells(db: Kysely<DatabaseSchema>, query: UnitStatisticsQuery): Promise<Map<string, AggregateCell>> {
  const period = { measure: query.measure, year: query.year, month: query.month };
  if (query.systemId === undefined) return loadCityCells(db, period);
  const byUnit = await loadUnitClusterCells(db, query.systemId, period);
  const clusters = (await listClusters(db, query.systemId)).map((cluster) => ({
    id: cluster.id,
    parentId: cluster.parent_id,
    sortOrder: cluster.sort_order,
  }));
  if (query.clusterId !== undefined && !clusters.some((cluster) => cluster.id === query.clusterId))
    throw new AppError(
      'validation_failed',
      `集群 ${query.clusterId} 不属于体系 ${query.systemId} (cluster not in system)`,
    );
  return new Map(
    [...byUnit].map(([unitId, leaves]) => {
      const cell =
        query.clusterId === undefined
          ? mergeCells([...leaves.values()])
          : rollUpClusterCells(clusters, leaves).get(query.clusterId)!;
      return [unitId, cell];
    }),
  );
}

export async function computeUnitStatistics(
  db: Kysely<DatabaseSchema>,
  input: UnitStatisticsQuery,
): Promise<UnitStatistics> {
  const query = await checked(db, input);
  const [units, cells] = await Promise.all([listReportingUnits(db), unitCells(db, query)]);
  const whole = cells.size === 0 ? EMPTY_CELL : mergeCells([...cells.values()]);
  const rows: UnitStatisticsRow[] = units.map((unit) => {
    const cell = cells.get(unit.id) ?? EMPTY_CELL;
    return {
      unit: { id: unit.id, name: { zh: unit.name_zh, en: unit.name_en } },
      ...cellFigures(cell, whole),
      rankByValue: null,
      rankByGrowth: null,
      cell,
    };
  });
  competitionRanks(rows.map((row) => row.value)).forEach((rank, index) => (rows[index]!.rankByValue = rank));
  competitionRanks(rows.map((row) => row.growth)).forEach((rank, index) => (rows[index]!.rankByGrowth = rank));
  return {
    measure: query.measure,
    year: query.year,
    month: query.month,
    systemId: query.systemId ?? null,
    clusterId: query.clusterId ?? null,
    units: rows,
    total: { ...cellFigures(whole, whole), cell: whole },
  };
}

/** Units × a system's top-level clusters (each with its sub-directions), with margins. */
export async function computeUnitClusterMatrix(
  db: Kysely<DatabaseSchema>,
  input: UnitStatisticsQuery & { systemId: string },
): Promise<UnitClusterMatrix> {
  const query = await checked(db, input);
  const period = { measure: query.measure, year: query.year, month: query.month };
  const [units, clusterRows, byUnit] = await Promise.all([
    listReportingUnits(db),
    listClusters(db, input.systemId),
    loadUnitClusterCells(db, input.systemId, period),
  ]);
  const nodes = clusterRows.map((cluster) => ({
    id: cluster.id,
    parentId: cluster.parent_id,
    sortOrder: cluster.sort_order,
  }));
  const top = clusterRows
    .filter((cluster) => cluster.parent_id === null)
    .sort((a, b) => a.sort_order - b.sort_order || a.id.localeCompare(b.id));
  const cells = units.map((unit) => {
    const rolled = rollUpClusterCells(nodes, byUnit.get(unit.id) ?? new Map());
    return top.map((cluster) => rolled.get(cluster.id) ?? EMPTY_CELL);
  });
  const merge = (parts: AggregateCell[]) => (parts.length === 0 ? EMPTY_CELL : mergeCells(parts));
  return {
    units: units.map((unit) => ({ id: unit.id, name: { zh: unit.name_zh, en: unit.name_en } })),
    clusters: top.map((cluster) => ({ id: cluster.id, name: { zh: cluster.name_zh, en: cluster.name_en } })),
    cells,
    unitTotals: cells.map((row) => merge(row)),
    clusterTotals: top.map((_, column) => merge(cells.map((row) => row[column]!))),
    total: merge(cells.flat()),
  };
}
