import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCells, filterRows, nextSort, sortRows, type Column } from './table-model.ts';

interface Row {
  name: string;
  value: number | null;
}

const columns: Column<Row>[] = [
  { key: 'name', header: '名称', value: (row) => row.name },
  { key: 'value', header: '产值', value: (row) => row.value, align: 'right' },
];

const rows: Row[] = [
  { name: '纺织10', value: 3 },
  { name: '纺织2', value: null },
  { name: '化工', value: 10 },
  { name: '=cmd', value: 1 },
];

describe('the data table model', () => {
  it('sorts numbers numerically and names naturally, missing values last in both directions', () => {
    const byValue = (direction: 'asc' | 'desc') =>
      sortRows(rows, columns, { key: 'value', direction }).map((row) => row.value);
    expect(byValue('asc')).toEqual([1, 3, 10, null]);
    expect(byValue('desc')).toEqual([10, 3, 1, null]);
    expect(
      sortRows(rows, columns, { key: 'name', direction: 'asc' })
        .map((row) => row.name)
        .slice(1, 3),
    ).toEqual(['纺织2', '纺织10']);
  });

  it('filters over every column, case-insensitively', () => {
    expect(filterRows(rows, columns, '纺织').map((row) => row.name)).toEqual(['纺织10', '纺织2']);
    expect(filterRows(rows, columns, '10').map((row) => row.name)).toEqual(['纺织10', '化工']);
    expect(filterRows(rows, columns, '  ')).toHaveLength(4);
  });

  it('toggles the direction on the same column and starts ascending on another', () => {
    expect(nextSort(null, 'value')).toEqual({ key: 'value', direction: 'asc' });
    expect(nextSort({ key: 'value', direction: 'asc' }, 'value')).toEqual({ key: 'value', direction: 'desc' });
    expect(nextSort({ key: 'value', direction: 'desc' }, 'name')).toEqual({ key: 'name', direction: 'asc' });
  });

  it('exports numbers as numbers and neutralises text a spreadsheet would run', () => {
    expect(exportCells(rows, columns)).toEqual([
      ['名称', '产值'],
      ['纺织10', 3],
      ['纺织2', null],
      ['化工', 10],
      ["'=cmd", 1],
    ]);
  });

  it('sorting keeps every row exactly once (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.string(), value: fc.option(fc.integer(), { nil: null }) })),
        fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
        (input, direction) => {
          const sorted = sortRows(input, columns, { key: 'value', direction });
          expect(sorted).toHaveLength(input.length);
          expect(new Set(sorted)).toEqual(new Set(input));
          const values = sorted.map((row) => row.value);
          const firstMissing = values.indexOf(null);
          if (firstMissing >= 0) expect(values.slice(firstMissing).every((value) => value === null)).toBe(true);
        },
      ),
    );
  });
});
