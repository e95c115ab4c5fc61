/**
 * Monthly figures of a rule's subjects for the warnings, from the kept aggregates: each top-level cluster of a
 * system (with its sub-directions) or each reporting unit (the city's 规上 industry, or a system's clusters
 * together), and the city's 规上 total; per month from January of the year before to the period: 1–N月 value
 * and comparable growth, 当月 value and 当月 growth (the difference of two months' comparable sums). A month
 * without data is null, never 0.
 */
import {
  comparableGrowth,
  comparablePairOf,
  EMPTY_CELL,
  mergeCells,
  monthValue,
  rollUpClusterCells,
  type AggregateCell,
  type WarningSubject,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listReportingUnits } from '../../repositories/region.repository.ts';
import { findClusterSystem, listClusters } from '../../repositories/registry.repository.ts';
import { listLeafAggregates } from '../../repositories/statistics.repository.ts';
import { toCell } from '../statistics/load-cells.ts';
import { ensureStatistics, listDataPeriods, type StatisticsPeriod } from '../statistics/refresh-statistics.ts';

export interface SeriesPoint {
  year: number;
  month: number;
  value: number | null;
  growth: number | null;
  monthValue: number | null;
  monthGrowth: number | null;
}

export interface SubjectSeries {
  subject: WarningSubject;
  /** Oldest first, ending at the period. */
  points: SeriesPoint[];
}

export interface SeriesQuery extends StatisticsPeriod {
  systemId: string | null;
  subjectKind: 'cluster' | 'unit';
  measure: string;
}

const merge = (cells: readonly AggregateCell[]) => (cells.length === 0 ? EMPTY_CELL : mergeCells(cells));

function pointsOf(cells: readonly { period: StatisticsPeriod; cell: AggregateCell }[]): SeriesPoint[] {
  return cells.map(({ period, cell }, index) => {
    const previous = period.month > 1 ? cells[index - 1]?.cell : undefined;
    const value = cell.contributors === 0 ? null : Number(cell.value);
    const previousValue = previous && previous.contributors > 0 ? Number(previous.value) : null;
    const pair = comparablePairOf(cell);
    let monthGrowth: number | null = null;
    if (period.month === 1) monthGrowth = comparableGrowth(pair);
    else if (previous && previous.contributors > 0 && pair.base !== null && previous.base !== null)
      monthGrowth = comparableGrowth({
        value: pair.value - Number(previous.valueWithBase),
        base: pair.base - Number(previous.base),
      });
    return {
      ...period,
      value,
      growth: value === null ? null : comparableGrowth(pair),
      monthValue: monthValue(value, previousValue, period.month),
      monthGrowth: value === null ? null : monthGrowth,
    };
  });
}

export async function loadSubjectSeries(
  db: Kysely<DatabaseSchema>,
  query: SeriesQuery,
): Promise<{ subjects: SubjectSeries[]; city: SeriesPoint[] }> {
  const { year, month, systemId, measure } = query;
  if (systemId !== null && !(await findClusterSystem(db, systemId)))
    throw new AppError('not_found', `没有集群体系 "${systemId}" (no cluster system "${systemId}")`);
  const months: StatisticsPeriod[] = [
    ...Array.from({ length: 12 }, (_, index) => ({ year: year - 1, month: index + 1 })),
    ...Array.from({ length: month }, (_, index) => ({ year, month: index + 1 })),
  ];
  const withData = new Set((await listDataPeriods(db)).map((period) => `${period.year}-${period.month}`));
  await ensureStatistics(
    db,
    months.filter((period) => withData.has(`${period.year}-${period.month}`)),
  );
  const years = [year - 1, year];
  const [rows, cityRows, units, clusters] = await Promise.all([
    listLeafAggregates(db, { measure, years, systemId: systemId ?? '*' }),
    systemId === null ? null : listLeafAggregates(db, { measure, years, systemId: '*' }),
    listReportingUnits(db),
    systemId === null ? [] : listClusters(db, systemId),
  ]);
  const key = (period: StatisticsPeriod) => period.year * 100 + period.month;
  const byMonth = (list: typeof rows) => {
    const grouped = new Map<number, typeof rows>();
    for (const row of list) {
      const at = row.period_year * 100 + row.period_month;
      grouped.set(at, [...(grouped.get(at) ?? []), row]);
    }
    return grouped;
  };
  const scoped = byMonth(rows);
  const city = byMonth(cityRows ?? rows);
  const series = (cellAt: (monthRows: typeof rows) => AggregateCell) =>
    pointsOf(months.map((period) => ({ period, cell: cellAt(scoped.get(key(period)) ?? []) })));
  const nodes = clusters.map((c) => ({ id: c.id, parentId: c.parent_id, sortOrder: c.sort_order }));
  const subjects: SubjectSeries[] =
    query.subjectKind === 'cluster'
      ? clusters
          .filter((cluster) => cluster.parent_id === null)
          .map((cluster) => ({
            subject: {
              kind: 'cluster',
              id: cluster.id,
              name: { zh: cluster.name_zh, en: cluster.name_en },
              reportingUnitId: null,
            },
            points: series((monthRows) => {
              const leaves = new Map<string, AggregateCell[]>();
              for (const row of monthRows)
                leaves.set(row.cluster_id, [...(leaves.get(row.cluster_id) ?? []), toCell(row)]);
              const merged = new Map([...leaves].map(([id, cells]) => [id, merge(cells)]));
              return rollUpClusterCells(nodes, merged).get(cluster.id) ?? EMPTY_CELL;
            }),
          }))
      : units.map((unit) => ({
          subject: {
            kind: 'unit',
            id: unit.id,
            name: { zh: unit.name_zh, en: unit.name_en },
            reportingUnitId: unit.id,
          },
          points: series((monthRows) =>
            merge(monthRows.filter((row) => row.reporting_unit_id === unit.id).map(toCell)),
          ),
        }));
  const cityPoints = pointsOf(
    months.map((period) => ({ period, cell: merge((city.get(key(period)) ?? []).map(toCell)) })),
  );
  return { subjects, city: cityPoints };
}
