/** 总览: the city's 规上 industry totals, each measure in its display unit, nominal and official growth. */
import { displayUnitOfMeasure, type BulletinDocument } from '@observatory/core';
import type { BulletinTable, TableRow } from './bulletin-table.ts';
import { growthCell, measureCell, textCell } from './table-cells.ts';
import { COLUMNS, DERIVED_NOTE, periodColumn } from './table-labels.ts';

export function buildCityTable(document: BulletinDocument): BulletinTable {
  const rows: TableRow[] = document.city.map((row) => ({
    style: 'normal',
    cells: [
      textCell(row.growth.basis === 'official' ? `${row.name.zh}（可比价增速）` : row.name.zh),
      textCell(displayUnitOfMeasure(row.measure).name.zh),
      measureCell(row.value, row.measure),
      measureCell(row.base, row.measure),
      growthCell(row.growth.value, row.value.suppressed !== undefined, row.growth.derived),
      growthCell(row.officialGrowth, row.value.suppressed !== undefined),
    ],
  }));
  return {
    sheetName: '总览',
    title: { zh: '全市规上工业主要指标', en: 'Main indicators of industry above designated size, city' },
    columns: [
      { label: { zh: '指标', en: 'Indicator' }, width: 26 },
      { label: { zh: '单位', en: 'Unit' }, width: 9 },
      periodColumn(document.period, 12),
      { ...COLUMNS.base, width: 12 },
      COLUMNS.growth,
      COLUMNS.officialGrowth,
    ],
    rows,
    notes: document.city.some((row) => row.growth.derived) ? [DERIVED_NOTE] : [],
  };
}
