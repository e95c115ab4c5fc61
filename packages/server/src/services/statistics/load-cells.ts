/**
 * Reads the kept leaf aggregates as core's AggregateCell: per cluster (a system's leaves) or per unit (the
 * city's 规上 totals), optionally restricted to one reporting unit. The statistics of the period must have
 * been made current first (ensureStatistics).
 */
import { EMPTY_CELL, mergeCells, type AggregateCell } from '@observatory/core';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, StatisticAggregateTable } from '../../db/schema.ts';
import { listLeafAggregates } from '../../repositories/statistics.repository.ts';

export function toCell(
  row: Pick<
    Selectable<StatisticAggregateTable>,
    'value' | 'value_with_base' | 'base' | 'contributors' | 'reported_base' | 'derived_base'
  >,
): AggregateCell {
  return {
    value: String(row.value),
    valueWithBase: String(row.value_with_base),
    base: row.base === null ? null : String(row.base),
    contributors: row.contributors,
    reportedBase: row.reported_base,
    derivedBase: row.derived_base,
  };
}

export interface CellQuery {
  measure: string;
  year: number;
  month: number;
  reportingUnitId?: string | undefined;
}

/** The kept leaf aggregates of a system ('*': the city's totals) for one period and measure. */
const leafRows = (db: Kysely<DatabaseSchema>, systemId: string, query: CellQuery) =>
  listLeafAggregates(db, {
    measure: query.measure,
    years: [query.year],
    months: [query.month],
    systemId,
    reportingUnitId: query.reportingUnitId,
  });

/** Leaf cells of a system keyed by cluster, merged over the units in scope. */
export async function loadClusterLeafCells(
  db: Kysely<DatabaseSchema>,
  systemId: string,
  query: CellQuery,
): Promise<Map<string, AggregateCell>> {
  const rows = await leafRows(db, systemId, query);
  const byCluster = new Map<string, AggregateCell[]>();
  for (const row of rows) byCluster.set(row.cluster_id, [...(byCluster.get(row.cluster_id) ?? []), toCell(row)]);
  return new Map([...byCluster].map(([clusterId, cells]) => [clusterId, mergeCells(cells)]));
}

/** Leaf cells of a system keyed by unit then cluster. */
export async function loadUnitClusterCells(
  db: Kysely<DatabaseSchema>,
  systemId: string,
  query: CellQuery,
): Promise<Map<string, Map<string, AggregateCell>>> {
  const rows = await leafRows(db, systemId, query);
  const byUnit = new Map<string, Map<string, AggregateCell>>();
  for (const row of rows) {
    const unit = byUnit.get(row.reporting_unit_id) ?? new Map<string, AggregateCell>();
    unit.set(row.cluster_id, toCell(row));
    byUnit.set(row.reporting_unit_id, unit);
  }
  return byUnit;
}

/** The city's 规上 total per unit. */
export async function loadCityCells(db: Kysely<DatabaseSchema>, query: CellQuery): Promise<Map<string, AggregateCell>> {
  const rows = await leafRows(db, '*', query);
  return new Map(rows.map((row) => [row.reporting_unit_id, toCell(row)]));
}

/** The merge of all cells of a map (the whole city, or a system's total). */
export function mergeAll(cells: ReadonlyMap<string, AggregateCell>): AggregateCell {
  return cells.size === 0 ? EMPTY_CELL : mergeCells([...cells.values()]);
}
