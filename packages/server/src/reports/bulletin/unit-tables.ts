/**
 * The reporting units' tables: a unit × cluster matrix of one system (units down, the system's top-level
 * clusters across, 合计 right and 全市 below), and the ranking of units on the city's 规上工业总产值.
 */
import {
  displayUnitOfMeasure,
  type BulletinCell,
  type BulletinDocument,
  type BulletinSystemSection,
  type BulletinUnitMatrix,
} from '@observatory/core';
import type { BulletinTable, TableRow } from './bulletin-table.ts';
import { growthCell, integerCell, measureCell, percentCell, pointsCell, textCell } from './table-cells.ts';
import { COLUMNS, DERIVED_NOTE, grouped, periodColumn } from './table-labels.ts';

/** The sum of published cells, or a missing cell when any is not published (never a partial sum). */
function totalOf(cells: BulletinCell[]): BulletinCell {
  if (cells.some((cell) => cell.value === null || cell.suppressed !== undefined)) return { value: null };
  return { value: cells.reduce((sum, cell) => sum + (cell.value ?? 0), 0) };
}

export function buildUnitMatrixTable(
  matrix: BulletinUnitMatrix,
  system: BulletinSystemSection | undefined,
  sheetName: string,
): BulletinTable {
  const unit = displayUnitOfMeasure(matrix.measure).name;
  const systemName = system?.name ?? { zh: matrix.systemId, en: matrix.systemId };
  const rows: TableRow[] = matrix.units.map((reportingUnit, u) => ({
    style: 'normal',
    cells: [
      textCell(reportingUnit.name.zh),
      ...matrix.clusters.map((_, c) => measureCell(matrix.cells[u]?.[c] ?? { value: null }, matrix.measure)),
      measureCell(matrix.unitTotals[u] ?? { value: null }, matrix.measure),
    ],
  }));
  rows.push({
    style: 'total',
    cells: [
      textCell('全市'),
      ...matrix.clusterTotals.map((cell) => measureCell(cell, matrix.measure)),
      measureCell(totalOf(matrix.clusterTotals), matrix.measure),
    ],
  });
  return {
    sheetName,
    title: {
      zh: `各区县${systemName.zh}${matrix.measureName.zh}`,
      en: `${systemName.en} by reporting unit: ${matrix.measureName.en}`,
    },
    columns: [
      { label: { zh: '区县', en: 'Reporting unit' }, width: 20 },
      ...matrix.clusters.map((cluster) => grouped({ label: cluster.name, width: 13 }, matrix.measureName, unit)),
      grouped({ label: { zh: '合计', en: 'Total' }, width: 11 }, matrix.measureName, unit),
    ],
    rows,
    notes: [],
  };
}

export function buildUnitRankingTable(document: BulletinDocument): BulletinTable {
  const ranking = document.unitRanking;
  const unit = displayUnitOfMeasure(ranking.measure).name;
  const rows: TableRow[] = ranking.rows.map((row) => {
    const withheld = row.value.suppressed !== undefined;
    return {
      style: 'normal',
      cells: [
        integerCell(row.rankByValue, withheld),
        textCell(row.unit.name.zh),
        measureCell(row.value, ranking.measure),
        growthCell(row.growth.value, withheld, row.growth.derived),
        integerCell(row.rankByGrowth, withheld),
        percentCell(row.share, withheld),
        pointsCell(row.pull, withheld),
      ],
    };
  });
  return {
    sheetName: '区县排名',
    title: { zh: `各区县${ranking.measureName.zh}排名`, en: `Reporting units ranked by ${ranking.measureName.en}` },
    columns: [
      COLUMNS.rank,
      { label: { zh: '区县', en: 'Reporting unit' }, width: 20 },
      grouped(periodColumn(document.period), ranking.measureName, unit),
      COLUMNS.growth,
      { label: { zh: '增速位次', en: 'Growth rank' }, width: 8 },
      COLUMNS.share,
      COLUMNS.pull,
    ],
    rows,
    notes: ranking.rows.some((row) => row.growth.derived) ? [DERIVED_NOTE] : [],
  };
}
