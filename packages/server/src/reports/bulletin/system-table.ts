/**
 * One cluster system's table: the system total first (合计), then each cluster with its sub-directions indented
 * under it; value and base in 亿元, growth, share of the city, 拉动, 贡献率, rank and enterprises.
 */
import {
  displayUnitOfMeasure,
  type BulletinClusterRow,
  type BulletinPeriod,
  type BulletinSystemSection,
} from '@observatory/core';
import type { BulletinTable, TableRow } from './bulletin-table.ts';
import { growthCell, integerCell, measureCell, percentCell, pointsCell, textCell } from './table-cells.ts';
import { COLUMNS, DERIVED_NOTE, grouped, periodColumn } from './table-labels.ts';

function clusterRow(row: BulletinClusterRow, measure: string, style: TableRow['style']): TableRow {
  const withheld = row.value.suppressed !== undefined;
  return {
    style,
    cells: [
      textCell(row.name.zh, row.depth),
      measureCell(row.value, measure),
      measureCell(row.base, measure),
      growthCell(row.growth.value, withheld, row.growth.derived),
      percentCell(row.share, withheld),
      pointsCell(row.pull, withheld),
      percentCell(row.contribution, withheld),
      integerCell(row.rank, withheld),
      integerCell(row.enterprises, withheld),
    ],
  };
}

export function buildSystemTable(
  section: BulletinSystemSection,
  period: BulletinPeriod,
  sheetName: string,
): BulletinTable {
  const unit = displayUnitOfMeasure(section.measure).name;
  const rows = [clusterRow(section.total, section.measure, 'total')];
  for (const row of section.rows) rows.push(clusterRow(row, section.measure, 'normal'));
  const all = [section.total, ...section.rows];
  return {
    sheetName,
    title: {
      zh: `${section.name.zh}${section.measureName.zh}`,
      en: `${section.name.en}: ${section.measureName.en}`,
    },
    columns: [
      { label: { zh: '集群', en: 'Cluster' }, width: 30 },
      grouped(periodColumn(period), section.measureName, unit),
      grouped(COLUMNS.base, section.measureName, unit),
      COLUMNS.growth,
      COLUMNS.share,
      COLUMNS.pull,
      COLUMNS.contribution,
      COLUMNS.rank,
      COLUMNS.enterprises,
    ],
    rows,
    notes: all.some((row) => row.growth.derived && row.value.suppressed === undefined) ? [DERIVED_NOTE] : [],
  };
}
