/**
 * The shape of a protected table: dimensions, each a hierarchy whose root is its total (合计), the cells
 * (every combination of one node per dimension, numbered dimension-major with each hierarchy in
 * pre-order, so the grand total is cell 0: sdcTable's order) and the linear relations that tie them:
 * for every dimension, every non-leaf node p and every combination of the other dimensions,
 * cell(p, …) = Σ cell(child of p, …). These relations are what an intruder solves.
 */
import { DisclosureError } from './disclosure-error.ts';

export interface HierarchyNode {
  code: string;
  children: readonly HierarchyNode[];
}

export interface TableDimension {
  name: string;
  /** The total of the dimension; its descendants are the categories. */
  root: HierarchyNode;
}

export interface TableCell {
  index: number;
  /** One node code per dimension, in the order of the dimensions. */
  codes: readonly string[];
  /** Every code is a leaf of its hierarchy: the cell adds up no other cell. */
  leaf: boolean;
}

/** cells[total] = Σ cells[parts]. */
export interface TableRelation {
  total: number;
  parts: readonly number[];
}

interface FlatHierarchy {
  codes: string[];
  parent: number[];
  children: number[][];
  byCode: Map<string, number>;
}

export interface TableStructure {
  dimensions: readonly TableDimension[];
  cells: readonly TableCell[];
  relations: readonly TableRelation[];
  /** The cell with these codes (one per dimension); throws for an unknown code. */
  cellIndex(codes: readonly string[]): number;
  /** The cells that add this one up, itself included: ancestors-or-self in every dimension. */
  containingCells(cell: number): number[];
  /** The leaf cells this one adds up (itself when it is a leaf). */
  leafCellsWithin(cell: number): number[];
}

/** A one-level dimension: the total and its categories, e.g. region → A, B, C, D. */
export function flatDimension(name: string, categories: readonly string[], totalCode = 'Total'): TableDimension {
  return { name, root: { code: totalCode, children: categories.map((code) => ({ code, children: [] })) } };
}

function flatten(dimension: TableDimension): FlatHierarchy {
  const flat: FlatHierarchy = { codes: [], parent: [], children: [], byCode: new Map() };
  const visit = (node: HierarchyNode, parent: number): void => {
    if (flat.byCode.has(node.code))
      throw new DisclosureError(
        'invalid_table',
        `维度 ${dimension.name} 中代码 "${node.code}" 重复 (code "${node.code}" repeats in dimension ${dimension.name})`,
      );
    const index = flat.codes.length;
    flat.codes.push(node.code);
    flat.parent.push(parent);
    flat.children.push([]);
    flat.byCode.set(node.code, index);
    if (parent >= 0) flat.children[parent]?.push(index);
    for (const child of node.children) visit(child, index);
  };
  visit(dimension.root, -1);
  return flat;
}

/** Every combination of one entry per list, the first list varying slowest. */
function product(lists: readonly (readonly number[])[]): number[][] {
  return lists.reduce<number[][]>(
    (combos, list) => combos.flatMap((combo) => list.map((item) => [...combo, item])),
    [[]],
  );
}

export function buildTableStructure(dimensions: readonly TableDimension[]): TableStructure {
  if (dimensions.length === 0)
    throw new DisclosureError('invalid_table', '表至少需要一个维度 (a table needs at least one dimension)');
  const flats = dimensions.map(flatten);
  const sizes = flats.map((flat) => flat.codes.length);
  const strides = sizes.map((_, d) => sizes.slice(d + 1).reduce((a, b) => a * b, 1));
  const positionsOf = (cell: number) => strides.map((stride, d) => Math.floor(cell / stride) % (sizes[d] ?? 1));
  const indexOf = (positions: readonly number[]) => positions.reduce((sum, p, d) => sum + p * (strides[d] ?? 0), 0);
  const allPositions = product(sizes.map((size) => Array.from({ length: size }, (_, i) => i)));

  const cells: TableCell[] = allPositions.map((positions, index) => ({
    index,
    codes: positions.map((p, d) => flats[d]?.codes[p] ?? ''),
    leaf: positions.every((p, d) => flats[d]?.children[p]?.length === 0),
  }));

  const relations: TableRelation[] = [];
  for (const positions of allPositions)
    positions.forEach((p, d) => {
      const children = flats[d]?.children[p] ?? [];
      if (children.length === 0) return;
      const at = (child: number) => indexOf(positions.map((q, e) => (e === d ? child : q)));
      relations.push({ total: indexOf(positions), parts: children.map(at) });
    });

  const ancestorsOrSelf = (flat: FlatHierarchy, p: number) => {
    const chain: number[] = [];
    for (let q = p; q >= 0; q = flat.parent[q] ?? -1) chain.push(q);
    return chain;
  };
  const leavesWithin = (flat: FlatHierarchy, p: number): number[] => {
    const children = flat.children[p] ?? [];
    return children.length === 0 ? [p] : children.flatMap((child) => leavesWithin(flat, child));
  };

  return {
    dimensions,
    cells,
    relations,
    cellIndex(codes) {
      if (codes.length !== flats.length)
        throw new DisclosureError(
          'invalid_table',
          `应有 ${flats.length} 个维度代码，实际为 ${codes.length} (expected ${flats.length} codes, got ${codes.length})`,
        );
      return indexOf(
        codes.map((code, d) => {
          const p = flats[d]?.byCode.get(code);
          if (p === undefined) {
            const name = dimensions[d]?.name ?? '';
            throw new DisclosureError(
              'invalid_table',
              `维度 ${name} 中没有代码 "${code}" (dimension ${name} has no code "${code}")`,
            );
          }
          return p;
        }),
      );
    },
    containingCells: (cell) =>
      product(positionsOf(cell).map((p, d) => ancestorsOrSelf(flats[d] as FlatHierarchy, p))).map(indexOf),
    leafCellsWithin: (cell) =>
      product(positionsOf(cell).map((p, d) => leavesWithin(flats[d] as FlatHierarchy, p))).map(indexOf),
  };
}
