/**
 * A DATA sheet in COINr's iData layout → units and the raw data set. Columns (any case): uCode (required,
 * unique), uName, one column per indicator of the framework (required), and the framework's Group and
 * Denominator columns when present; other columns (Time, …) are ignored. Empty cells and markers such as
 * NA or — are missing (null); a cell that is no number is a problem with its row and column.
 */
import type { CellValue } from '../intake/sheet-grid.ts';
import { createDataset, type Dataset, type UnitInfo, type Value } from './dataset.ts';
import { indicatorCodes, type Framework } from './framework.ts';
import { columnIndex, numberCell, simpleTable, textCell } from './table-columns.ts';

export interface DataTableReading {
  units: UnitInfo[];
  data: Dataset;
  problems: string[];
}

export function readDataTable(grid: readonly (readonly CellValue[])[], framework: Framework): DataTableReading {
  const table = simpleTable(grid);
  const problems: string[] = [];
  const indicators = indicatorCodes(framework);
  const uCodeIndex = columnIndex(table, 'uCode');
  if (uCodeIndex < 0) problems.push('数据缺少列 "uCode" (DATA is missing column "uCode")');
  const missing = indicators.filter((code) => columnIndex(table, code) < 0);
  if (missing.length > 0)
    problems.push(`数据缺少指标列：${missing.join(', ')} (DATA is missing indicator columns: ${missing.join(', ')})`);
  if (problems.length > 0) return { units: [], data: createDataset([], []), problems };

  const units: UnitInfo[] = [];
  const columns = new Map<string, Value[]>(indicators.map((code) => [code, []]));
  const seen = new Map<string, number>();
  for (const { row, cells } of table.records) {
    const code = textCell(cells, uCodeIndex);
    if (code === null) {
      problems.push(`第 ${row} 行：uCode 为空 (row ${row}: uCode is empty)`);
      continue;
    }
    const earlier = seen.get(code);
    if (earlier !== undefined)
      problems.push(
        `第 ${row} 行：uCode ${code} 与第 ${earlier} 行重复 (row ${row}: uCode ${code} repeats row ${earlier})`,
      );
    seen.set(code, row);
    const number = (column: string) => {
      const read = numberCell(cells, columnIndex(table, column), { row, column });
      if (read.problem !== null) problems.push(read.problem);
      return read.value;
    };
    for (const indicator of indicators) columns.get(indicator)?.push(number(indicator));
    units.push({
      code,
      name: textCell(cells, columnIndex(table, 'uName')),
      groups: new Map(
        framework.groups
          .filter((group) => columnIndex(table, group) >= 0)
          .map((group) => [group, textCell(cells, columnIndex(table, group))]),
      ),
      denominators: new Map(
        framework.denominators
          .filter((denominator) => columnIndex(table, denominator) >= 0)
          .map((denominator) => [denominator, number(denominator)]),
      ),
    });
  }
  if (units.length === 0) problems.push('数据中没有任何单位 (DATA has no units)');
  return {
    units,
    data: createDataset(
      units.map((unit) => unit.code),
      columns,
    ),
    problems,
  };
}
