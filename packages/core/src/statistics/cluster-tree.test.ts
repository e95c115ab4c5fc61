import { describe, expect, it } from 'vitest';
import { EMPTY_CELL, type AggregateCell } from './aggregate-cell.ts';
import { cellFigures } from './cell-figures.ts';
import { orderClusterTree, rollUpClusterCells, subtreeOf, type ClusterNode } from './cluster-tree.ts';

const clusters: ClusterNode[] = [
  { id: 'energy', parentId: null, sortOrder: 2 },
  { id: 'textile', parentId: null, sortOrder: 1 },
  { id: 'pv', parentId: 'energy', sortOrder: 2 },
  { id: 'storage', parentId: 'energy', sortOrder: 1 },
  { id: 'cells', parentId: 'pv', sortOrder: 1 },
];

const cell = (value: number, base: number | null, contributors = 1): AggregateCell => ({
  value: String(value),
  valueWithBase: base === null ? '0' : String(value),
  base: base === null ? null : String(base),
  contributors,
  reportedBase: base === null ? 0 : contributors,
  derivedBase: 0,
});

describe('cluster tree', () => {
  it('orders depth-first in registry order with depths', () => {
    expect(orderClusterTree(clusters)).toEqual([
      { id: 'textile', parentId: null, depth: 0 },
      { id: 'energy', parentId: null, depth: 0 },
      { id: 'storage', parentId: 'energy', depth: 1 },
      { id: 'pv', parentId: 'energy', depth: 1 },
      { id: 'cells', parentId: 'pv', depth: 2 },
    ]);
  });

  it('knows every subtree', () => {
    expect([...subtreeOf(clusters).get('energy')!].sort()).toEqual(['cells', 'energy', 'pv', 'storage']);
    expect([...subtreeOf(clusters).get('cells')!]).toEqual(['cells']);
  });

  it('rolls leaf cells up to every parent and leaves empty clusters empty', () => {
    const cells = rollUpClusterCells(
      clusters,
      new Map([
        ['energy', cell(10, 8)],
        ['pv', cell(20, 16)],
        ['cells', cell(30, 25)],
      ]),
    );
    expect(cells.get('energy')).toMatchObject({ value: '60', base: '49', contributors: 3 });
    expect(cells.get('pv')).toMatchObject({ value: '50', base: '41', contributors: 2 });
    expect(cells.get('storage')).toEqual(EMPTY_CELL);
    expect(cells.get('textile')).toEqual(EMPTY_CELL);
  });
});

describe('cellFigures', () => {
  it('computes growth on the comparable basis, share, pull and contribution against the whole', () => {
    const whole = cell(200, 160, 10);
    const figures = cellFigures(cell(60, 50, 3), whole);
    expect(figures.value).toBe(60);
    expect(figures.growth).toBeCloseTo(0.2, 12);
    expect(figures.share).toBeCloseTo(0.3, 12);
    expect(figures.pull).toBeCloseTo(6.25, 12);
    expect(figures.contribution).toBeCloseTo(0.25, 12);
    expect(figures.derived).toBe(false);
  });

  it('leaves out contributors without a base from growth but not from the value', () => {
    const mixed: AggregateCell = { ...cell(100, 80, 2), value: '130', valueWithBase: '100', reportedBase: 1 };
    const figures = cellFigures(mixed, mixed);
    expect(figures.value).toBe(130);
    expect(figures.growth).toBeCloseTo(0.25, 12);
  });

  it('an empty cell has no value (not 0)', () => {
    expect(cellFigures(EMPTY_CELL, cell(1, 1)).value).toBeNull();
  });
});
