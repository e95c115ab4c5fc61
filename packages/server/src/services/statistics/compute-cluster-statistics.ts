/**
 * Cluster statistics of one system, measure and period (1–N月), for the city or one reporting unit: each
 * cluster's value, 当月, comparable growth, share of the city's 规上 total of the same scope, 拉动, 贡献率, rank
 * among its siblings, and its 规上 enterprises with entrants and exits; the system's total (each enterprise
 * once) and the city's. Everything comes from the kept aggregates, made current first.
 */
import {
  cellFigures,
  competitionRanks,
  monthValue,
  orderClusterTree,
  rollUpClusterCells,
  type AggregateCell,
  type BilingualName,
  type CellFigures,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findClusterSystem, listClusters } from '../../repositories/registry.repository.ts';
import { countClusterEnterprises, type EnterpriseCounts } from './count-cluster-enterprises.ts';
import { loadCityCells, loadClusterLeafCells, mergeAll, type CellQuery } from './load-cells.ts';
import { ensureStatistics } from './refresh-statistics.ts';
import { requireMeasure, requirePeriod } from './statistics-query.ts';

export interface ClusterStatisticsQuery {
  systemId: string;
  measure: string;
  year: number;
  month: number;
  reportingUnitId?: string | undefined;
}

export interface ClusterFigures extends CellFigures {
  /** 当月: this month's cumulative minus last month's (the whole cluster, not only the comparable part). */
  monthValue: number | null;
  enterprises: EnterpriseCounts;
  /** The cell behind the figures (for disclosure control; never sent out as such). */
  cell: AggregateCell;
}

export interface ClusterStatisticsRow extends ClusterFigures {
  clusterId: string;
  name: BilingualName;
  parentId: string | null;
  depth: number;
  /** Rank by value among the clusters with the same parent. */
  rank: number | null;
}

export interface ClusterStatistics {
  system: { id: string; name: BilingualName };
  measure: string;
  year: number;
  month: number;
  reportingUnitId: string | null;
  clusters: ClusterStatisticsRow[];
  /** The system's clusters together, each enterprise once. */
  systemTotal: ClusterFigures;
  /** The city's (or the unit's) 规上 total: the whole for shares and 拉动. */
  total: ClusterFigures;
}

export async function computeClusterStatistics(
  db: Kysely<DatabaseSchema>,
  query: ClusterStatisticsQuery,
): Promise<ClusterStatistics> {
  requireMeasure(query.measure);
  requirePeriod(query.year, query.month);
  const system = await findClusterSystem(db, query.systemId);
  if (!system)
    throw new AppError('not_found', `没有集群体系 "${query.systemId}" (no cluster system "${query.systemId}")`);
  const previousMonth = query.month > 1 ? query.month - 1 : null;
  await ensureStatistics(db, [
    { year: query.year, month: query.month },
    ...(previousMonth === null ? [] : [{ year: query.year, month: previousMonth }]),
    { year: query.year - 1, month: query.month },
  ]);
  const clusters = await listClusters(db, query.systemId);
  const nodes = clusters.map((cluster) => ({
    id: cluster.id,
    parentId: cluster.parent_id,
    sortOrder: cluster.sort_order,
  }));
  const current: CellQuery = { ...query };
  const [leaves, city, previousLeaves, previousCity, counts] = await Promise.all([
    loadClusterLeafCells(db, query.systemId, current),
    loadCityCells(db, current),
    previousMonth === null ? null : loadClusterLeafCells(db, query.systemId, { ...current, month: previousMonth }),
    previousMonth === null ? null : loadCityCells(db, { ...current, month: previousMonth }),
    countClusterEnterprises(db, query.systemId, query.year, nodes, query.reportingUnitId),
  ]);
  const cells = rollUpClusterCells(nodes, leaves);
  const previousCells = previousLeaves ? rollUpClusterCells(nodes, previousLeaves) : null;
  const whole = mergeAll(city);
  const figuresOf = (
    cell: AggregateCell,
    previous: AggregateCell | null | undefined,
    enterprises: EnterpriseCounts,
  ) => {
    const figures = cellFigures(cell, whole);
    const previousValue = previous && previous.contributors > 0 ? Number(previous.value) : null;
    return { ...figures, monthValue: monthValue(figures.value, previousValue, query.month), enterprises, cell };
  };
  const ordered = orderClusterTree(nodes);
  const names = new Map(clusters.map((cluster) => [cluster.id, { zh: cluster.name_zh, en: cluster.name_en }]));
  const rows: ClusterStatisticsRow[] = ordered.map((node) => ({
    clusterId: node.id,
    name: names.get(node.id)!,
    parentId: node.parentId,
    depth: node.depth,
    rank: null,
    ...figuresOf(cells.get(node.id)!, previousCells?.get(node.id), counts.byCluster.get(node.id)!),
  }));
  for (const parentId of new Set(rows.map((row) => row.parentId))) {
    const siblings = rows.filter((row) => row.parentId === parentId);
    competitionRanks(siblings.map((row) => row.value)).forEach((rank, index) => (siblings[index]!.rank = rank));
  }
  return {
    system: { id: system.id, name: { zh: system.name_zh, en: system.name_en } },
    measure: query.measure,
    year: query.year,
    month: query.month,
    reportingUnitId: query.reportingUnitId ?? null,
    clusters: rows,
    systemTotal: figuresOf(mergeAll(leaves), previousLeaves && mergeAll(previousLeaves), counts.system),
    total: figuresOf(whole, previousCity && mergeAll(previousCity), counts.city),
  };
}
