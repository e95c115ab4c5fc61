/**
 * A META sheet in COINr's iMeta layout → framework rows. Columns (any order, any case): iCode and Type are
 * required; Level, iName, Direction, Weight, Parent, Target and Denominator are read when present; other
 * columns (Unit, …) are ignored. Problems (a missing column, an unknown Type, a number that is no number)
 * are returned with the sheet row and column, never thrown.
 */
import type { CellValue } from '../intake/sheet-grid.ts';
import { frameworkRowTypes, type FrameworkRow, type FrameworkRowType } from './framework.ts';
import { columnIndex, numberCell, simpleTable, textCell } from './table-columns.ts';

export interface MetaTableReading {
  rows: FrameworkRow[];
  problems: string[];
}

const typeByLowerCase = new Map(frameworkRowTypes.map((type) => [type.toLowerCase(), type]));

export function readMetaTable(grid: readonly (readonly CellValue[])[]): MetaTableReading {
  const table = simpleTable(grid);
  const problems: string[] = [];
  const index = (name: string) => columnIndex(table, name);
  for (const required of ['iCode', 'Type'])
    if (index(required) < 0) problems.push(`指标元数据缺少列 "${required}" (META is missing column "${required}")`);
  if (problems.length > 0) return { rows: [], problems };
  const rows: FrameworkRow[] = [];
  for (const { row, cells } of table.records) {
    const number = (column: string) => {
      const read = numberCell(cells, index(column), { row, column });
      if (read.problem !== null) problems.push(read.problem);
      return read.value;
    };
    const iCode = textCell(cells, index('iCode'));
    const typeText = textCell(cells, index('Type'));
    const type: FrameworkRowType | undefined = typeByLowerCase.get((typeText ?? '').toLowerCase());
    if (iCode === null) {
      problems.push(`第 ${row} 行：iCode 为空 (row ${row}: iCode is empty)`);
      continue;
    }
    if (type === undefined) {
      problems.push(
        `第 ${row} 行 ${iCode}：Type 应为 ${frameworkRowTypes.join('/')}，实际为 "${typeText ?? ''}" (row ${row}, ${iCode}: unknown Type "${typeText ?? ''}")`,
      );
      continue;
    }
    rows.push({
      iCode,
      iName: textCell(cells, index('iName')),
      type,
      level: number('Level'),
      direction: number('Direction'),
      weight: number('Weight'),
      parent: textCell(cells, index('Parent')),
      target: number('Target'),
      denominator: textCell(cells, index('Denominator')),
    });
  }
  return { rows, problems };
}
