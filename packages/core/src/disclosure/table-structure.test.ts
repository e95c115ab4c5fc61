import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisclosureError } from './disclosure-error.ts';
import { buildTableStructure, flatDimension, type TableDimension } from './table-structure.ts';

const region: TableDimension = {
  name: 'region',
  root: {
    code: '嘉兴',
    children: [
      {
        code: '南湖',
        children: [
          { code: 'N1', children: [] },
          { code: 'N2', children: [] },
        ],
      },
      { code: '海宁', children: [] },
    ],
  },
};
const sector = flatDimension('sector', ['C13', 'C14'], '合计');

describe('buildTableStructure', () => {
  const structure = buildTableStructure([region, sector]);

  it('numbers cells dimension-major with each hierarchy in pre-order', () => {
    expect(structure.cells.map((cell) => cell.codes.join('|')).slice(0, 7)).toEqual([
      '嘉兴|合计',
      '嘉兴|C13',
      '嘉兴|C14',
      '南湖|合计',
      '南湖|C13',
      '南湖|C14',
      'N1|合计',
    ]);
    expect(structure.cells).toHaveLength(5 * 3);
    expect(structure.cells.filter((cell) => cell.leaf).map((cell) => cell.codes.join('|'))).toEqual([
      'N1|C13',
      'N1|C14',
      'N2|C13',
      'N2|C14',
      '海宁|C13',
      '海宁|C14',
    ]);
  });

  it('relates every non-leaf node to its children for every combination of the other dimension', () => {
    const show = (cell: number) => structure.cells[cell]?.codes.join('|');
    const relations = structure.relations.map(({ total, parts }) => `${show(total)} = ${parts.map(show).join(' + ')}`);
    expect(relations).toContain('嘉兴|合计 = 南湖|合计 + 海宁|合计');
    expect(relations).toContain('嘉兴|合计 = 嘉兴|C13 + 嘉兴|C14');
    expect(relations).toContain('南湖|C14 = N1|C14 + N2|C14');
    expect(relations).toContain('N2|合计 = N2|C13 + N2|C14');
    // 2 internal region nodes × 3 sector nodes + 5 region nodes × 1 internal sector node
    expect(relations).toHaveLength(2 * 3 + 5 * 1);
  });

  it('finds the cells that add a cell up and the leaves within it', () => {
    const at = (codes: string) => structure.cellIndex(codes.split('|'));
    const show = (cells: number[]) => cells.map((cell) => structure.cells[cell]?.codes.join('|')).sort();
    expect(show(structure.containingCells(at('N1|C13')))).toEqual(
      ['N1|C13', 'N1|合计', '南湖|C13', '南湖|合计', '嘉兴|C13', '嘉兴|合计'].sort(),
    );
    expect(show(structure.leafCellsWithin(at('南湖|合计')))).toEqual(['N1|C13', 'N1|C14', 'N2|C13', 'N2|C14']);
    expect(show(structure.leafCellsWithin(at('海宁|C14')))).toEqual(['海宁|C14']);
  });

  it.each([
    [[], /at least one dimension/],
    [[flatDimension('a', ['x', 'x'])], /code "x" repeats in dimension a/],
    [[flatDimension('a', ['Total'])], /code "Total" repeats/],
  ])('rejects a bad table %#', (dimensions, message) => {
    expect(() => buildTableStructure(dimensions)).toThrow(message);
  });

  it('rejects unknown codes by name', () => {
    expect(() => structure.cellIndex(['南湖', 'C15'])).toThrow(DisclosureError);
    expect(() => structure.cellIndex(['南湖', 'C15'])).toThrow(/dimension sector has no code "C15"/);
    expect(() => structure.cellIndex(['南湖'])).toThrow(/expected 2 codes/);
  });

  it('law: leaf values summed up the hierarchies satisfy every relation', () => {
    const leaves = structure.cells.filter((cell) => cell.leaf).map((cell) => cell.index);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: leaves.length, maxLength: leaves.length }),
        (leafValues) => {
          const values = structure.cells.map(() => 0);
          leaves.forEach((leaf, i) => {
            for (const cell of structure.containingCells(leaf))
              values[cell] = (values[cell] ?? 0) + (leafValues[i] ?? 0);
          });
          for (const { total, parts } of structure.relations)
            expect(values[total]).toBe(parts.reduce((sum, part) => sum + (values[part] ?? 0), 0));
        },
      ),
    );
  });
});
