import { describe, expect, it } from 'vitest';
import type { CellValue } from '../intake/sheet-grid.ts';
import { matrixFromTable, type MatrixTableResult } from './matrix-from-table.ts';

const problemsOf = (result: MatrixTableResult) => ('problems' in result ? result.problems : []);

describe('matrixFromTable', () => {
  it('reads regions, industries and numbers as the bureau writes them, skipping blank rows', () => {
    const result = matrixFromTable([
      ['地区', '纺织', '化工'],
      ['南湖区', '1,234', 5],
      [null, null],
      ['秀洲区', '１２', ' 7.5 '],
    ]);
    expect(result).toEqual({
      matrix: {
        regions: ['南湖区', '秀洲区'],
        industries: ['纺织', '化工'],
        values: [
          [1234, 5],
          [12, 7.5],
        ],
      },
    });
  });

  it.each<{ name: string; rows: CellValue[][]; cell: string | null; message: RegExp }>([
    {
      name: 'an empty cell (never read as 0)',
      rows: [
        ['', 'I1', 'I2'],
        ['A', 1],
      ],
      cell: 'C2',
      message: /单元格为空：地区 "A" 行业 "I2"/,
    },
    {
      name: 'text in a number cell',
      rows: [
        ['', 'I1'],
        ['A', 'abc'],
      ],
      cell: 'B2',
      message: /"abc" 不是数值/,
    },
    {
      name: 'a percent',
      rows: [
        ['', 'I1'],
        ['A', '5%'],
      ],
      cell: 'B2',
      message: /不是数值/,
    },
    {
      name: 'a negative number',
      rows: [
        ['', 'I1'],
        ['A', -3],
      ],
      cell: 'B2',
      message: /负数 -3/,
    },
    {
      name: 'a ragged row',
      rows: [
        ['', 'I1'],
        ['A', 1, 2],
      ],
      cell: 'C2',
      message: /多于表头的 1 个行业/,
    },
    {
      name: 'a missing region name',
      rows: [
        ['', 'I1'],
        [null, 1],
      ],
      cell: 'A2',
      message: /缺少地区名称/,
    },
    {
      name: 'a duplicate region',
      rows: [
        ['', 'I1'],
        ['A', 1],
        ['A', 2],
      ],
      cell: 'A3',
      message: /地区 "A" 重复/,
    },
    {
      name: 'a header cell without a name',
      rows: [
        ['', 'I1', null, 'I3'],
        ['A', 1, 2, 3],
      ],
      cell: 'C1',
      message: /缺少行业名称/,
    },
    {
      name: 'a duplicate industry',
      rows: [
        ['', 'I1', 'I1'],
        ['A', 1, 2],
      ],
      cell: 'C1',
      message: /行业 "I1" 重复，首次出现于 B1/,
    },
    { name: 'no industries', rows: [['地区'], ['A']], cell: null, message: /第一行/ },
    { name: 'no regions', rows: [['', 'I1']], cell: null, message: /没有地区行/ },
  ])('names the cell of $name', ({ rows, cell, message }) => {
    const problems = problemsOf(matrixFromTable(rows));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.find((problem) => message.test(problem.message))?.cell).toBe(cell);
  });

  it('lists every problem of the table, not just the first', () => {
    const problems = problemsOf(
      matrixFromTable([
        ['', 'I1', 'I2'],
        ['A', 'x', ''],
        ['B', -1, 2],
      ]),
    );
    expect(problems.map((problem) => problem.cell)).toEqual(['B2', 'C2', 'B3']);
  });
});
