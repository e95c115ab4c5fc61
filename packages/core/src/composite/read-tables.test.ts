import { describe, expect, it } from 'vitest';
import type { CellValue } from '../intake/sheet-grid.ts';
import { createFramework } from './framework.ts';
import { readDataTable } from './read-data-table.ts';
import { readMetaTable } from './read-meta-table.ts';

const meta: CellValue[][] = [
  [null, null],
  ['level', 'ICODE', 'iName', 'Direction', 'Weight', 'Parent', 'Type', 'Target', 'Denominator', 'Unit'],
  [1, 'A', 'Alpha', 1, 1, 'Index', 'Indicator', null, 'Pop', '%'],
  ['1', 'B', 'Beta', '-1', '2', 'Index', 'indicator', '5', null, null],
  [2, 'Index', 'The index', 1, null, null, 'Aggregate', null, null, null],
  [null, 'Region', null, null, null, null, 'Group', null, null, null],
  [null, 'Pop', null, null, null, null, 'Denominator', null, null, null],
];

describe('readMetaTable', () => {
  it('reads COINr iMeta columns in any case and order, skipping blank rows', () => {
    const { rows, problems } = readMetaTable(meta);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.iCode, row.type, row.level, row.direction, row.weight, row.target])).toEqual([
      ['A', 'Indicator', 1, 1, 1, null],
      ['B', 'Indicator', 1, -1, 2, 5],
      ['Index', 'Aggregate', 2, 1, null, null],
      ['Region', 'Group', null, null, null, null],
      ['Pop', 'Denominator', null, null, null, null],
    ]);
  });

  it('says which row and column is wrong', () => {
    const broken = meta.map((cells) => [...cells]);
    broken[2]![4] = 'heavy';
    broken[3]![6] = 'Pillar';
    expect(readMetaTable(broken).problems).toEqual([
      '第 3 行 列 "Weight"：不是数字 "heavy" (row 3, column "Weight": not a number "heavy")',
      '第 4 行 B：Type 应为 Indicator/Aggregate/Group/Denominator/Other，实际为 "Pillar" (row 4, B: unknown Type "Pillar")',
    ]);
    expect(readMetaTable([['Level', 'iName']]).problems).toHaveLength(2);
  });
});

describe('readDataTable', () => {
  const framework = createFramework(readMetaTable(meta).rows);
  const data: CellValue[][] = [
    ['uName', 'uCode', 'Region', 'Pop', 'A', 'B', 'Time'],
    ['Aland', 'AL', 'north', 10, 1.5, 'NA', 2024],
    ['Bland', 'BL', null, '20', '—', 3, 2024],
  ];

  it('reads units, groups, denominators and indicator values; markers and blanks are missing', () => {
    const { units, data: dataset, problems } = readDataTable(data, framework);
    expect(problems).toEqual([]);
    expect(dataset.unitCodes).toEqual(['AL', 'BL']);
    expect([...dataset.columns]).toEqual([
      ['A', [1.5, null]],
      ['B', [null, 3]],
    ]);
    expect(units.map((unit) => [unit.name, unit.groups.get('Region'), unit.denominators.get('Pop')])).toEqual([
      ['Aland', 'north', 10],
      ['Bland', null, 20],
    ]);
  });

  it('reports missing columns, duplicate units and cells that are no number', () => {
    expect(readDataTable([['uCode', 'A']], framework).problems).toEqual([
      '数据缺少指标列：B (DATA is missing indicator columns: B)',
    ]);
    const broken = [...data, ['Again', 'AL', 'south', 1, 'x', 2, 2024]];
    expect(readDataTable(broken, framework).problems).toEqual([
      '第 4 行：uCode AL 与第 2 行重复 (row 4: uCode AL repeats row 2)',
      '第 4 行 列 "A"：不是数字 "x" (row 4, column "A": not a number "x")',
    ]);
  });
});
