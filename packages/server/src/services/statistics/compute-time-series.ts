/**
 * A monthly series of one measure for the city's 规上 industry, a system's clusters together or one cluster,
 * in the whole city or one unit: per month with data, the 1–N月 value, 当月, the comparable base and growth.
 * It reads the kept aggregates (one query for the whole range), so a dashboard's 48-month chart is cheap.
 */
import {
  comparableGrowth,
  EMPTY_CELL,
  mergeCells,
  monthValue,
  rollUpClusterCells,
  type AggregateCell,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findCluster, listClusters } from '../../repositories/registry.repository.ts';
import { listLeafAggregates } from '../../repositories/statistics.repository.ts';
import { toCell } from './load-cells.ts';
import { ensureStatistics, listDataPeriods, type StatisticsPeriod } from './refresh-statistics.ts';
import { requireMeasure } from './statistics-query.ts';

export interface TimeSeriesQuery {
  measure: string;
  from: StatisticsPeriod;
  to: StatisticsPeriod;
  systemId?: string | undefined;
  clusterId?: string | undefined;
  reportingUnitId?: string | undefined;
}

export interface TimeSeriesPoint {
  year: number;
  month: number;
  value: number | null;
  monthValue: number | null;
  base: number | null;
  growth: number | null;
  derived: boolean;
  contributors: number;
  cell: AggregateCell;
}

const order = (period: StatisticsPeriod) => period.year * 100 + period.month;

export async function computeTimeSeries(
  db: Kysely<DatabaseSchema>,
  query: TimeSeriesQuery,
): Promise<TimeSeriesPoint[]> {
  requireMeasure(query.measure);
  if (order(query.from) > order(query.to))
    throw new AppError('validation_failed', '起始期别晚于结束期别 (the series starts after it ends)');
  let systemId = query.systemId;
  if (query.clusterId !== undefined) {
    const cluster = await findCluster(db, query.clusterId);
    if (!cluster || (systemId !== undefined && cluster.system_id !== systemId))
      throw new AppError('not_found', `没有集群 "${query.clusterId}" (no cluster "${query.clusterId}")`);
    systemId = cluster.system_id;
  }
  const periods = (await listDataPeriods(db)).filter(
    (period) => period.month > 0 && order(period) >= order(query.from) && order(period) <= order(query.to),
  );
  await ensureStatistics(db, periods);
  const years = [...new Set(periods.map((period) => period.year))];
  if (years.length === 0) return [];
  const rows = await listLeafAggregates(db, {
    measure: query.measure,
    years,
    systemId: systemId ?? '*',
    reportingUnitId: query.reportingUnitId,
  });
  const clusters =
    systemId === undefined || query.clusterId === undefined
      ? null
      : (await listClusters(db, systemId)).map((cluster) => ({
          id: cluster.id,
          parentId: cluster.parent_id,
          sortOrder: cluster.sort_order,
        }));
  const byPeriod = new Map<number, Map<string, AggregateCell[]>>();
  for (const row of rows) {
    const key = row.period_year * 100 + row.period_month;
    const leaves = byPeriod.get(key) ?? new Map<string, AggregateCell[]>();
    leaves.set(row.cluster_id, [...(leaves.get(row.cluster_id) ?? []), toCell(row)]);
    byPeriod.set(key, leaves);
  }
  const cellAt = (period: StatisticsPeriod): AggregateCell => {
    const leaves = byPeriod.get(order(period));
    if (!leaves) return EMPTY_CELL;
    const merged = new Map([...leaves].map(([clusterId, cells]) => [clusterId, mergeCells(cells)]));
    if (clusters === null) return merged.size === 0 ? EMPTY_CELL : mergeCells([...merged.values()]);
    return rollUpClusterCells(clusters, merged).get(query.clusterId!) ?? EMPTY_CELL;
  };
  return periods.map((period) => {
    const cell = cellAt(period);
    const previous = period.month > 1 ? cellAt({ year: period.year, month: period.month - 1 }) : null;
    const value = cell.contributors === 0 ? null : Number(cell.value);
    const previousValue = previous === null || previous.contributors === 0 ? null : Number(previous.value);
    const base = cell.base === null ? null : Number(cell.base);
    return {
      year: period.year,
      month: period.month,
      value,
      monthValue: monthValue(value, previousValue, period.month),
      base,
      growth: comparableGrowth({ value: Number(cell.valueWithBase), base }),
      derived: cell.derivedBase > 0,
      contributors: cell.contributors,
      cell,
    };
  });
}
