/**
 * The indicator framework of a composite index: a tree of indicators (level 1) under aggregates (dimensions,
 * sub-indices, the index at the top level), each with a weight among its siblings and, for indicators, a
 * direction (+1: more is better, -1: less is better), an optional target and an optional denominator. The
 * rows are COINr's iMeta; Group and Denominator rows name the unit columns that steps may use.
 * `createFramework` checks the rows (check-framework.ts) and throws one CompositeError listing every problem.
 */
import { checkFrameworkRows } from './check-framework.ts';
import { CompositeError } from './composite-error.ts';

export const frameworkRowTypes = ['Indicator', 'Aggregate', 'Group', 'Denominator', 'Other'] as const;
export type FrameworkRowType = (typeof frameworkRowTypes)[number];

/** One iMeta row as read from the file, before checks. */
export interface FrameworkRow {
  iCode: string;
  iName: string | null;
  type: FrameworkRowType;
  level: number | null;
  direction: number | null;
  weight: number | null;
  parent: string | null;
  target: number | null;
  denominator: string | null;
}

export type Direction = 1 | -1;

export interface FrameworkNode {
  code: string;
  name: string | null;
  kind: 'indicator' | 'aggregate';
  level: number;
  parent: string | null;
  /** Weight among its siblings; null only for a node without a parent (the index). */
  weight: number | null;
  /** +1 or -1 for indicators; +1 for aggregates. */
  direction: Direction;
  target: number | null;
  denominator: string | null;
}

export interface Framework {
  /** Indicators and aggregates in the order of the rows. */
  nodes: readonly FrameworkNode[];
  maxLevel: number;
  /** Codes of Group rows (unit grouping columns) and Denominator rows. */
  groups: readonly string[];
  denominators: readonly string[];
  byCode: ReadonlyMap<string, FrameworkNode>;
  childrenByCode: ReadonlyMap<string, readonly string[]>;
}

export function createFramework(rows: readonly FrameworkRow[]): Framework {
  const problems = checkFrameworkRows(rows);
  if (problems.length > 0)
    throw new CompositeError(`指标框架有 ${problems.length} 处错误 (the indicator framework has errors)`, problems);
  const nodes: FrameworkNode[] = rows
    .filter((row) => row.type === 'Indicator' || row.type === 'Aggregate')
    .map((row) => ({
      code: row.iCode,
      name: row.iName,
      kind: row.type === 'Indicator' ? 'indicator' : 'aggregate',
      level: row.level ?? 1,
      parent: row.parent,
      weight: row.weight,
      direction: row.type === 'Indicator' && row.direction === -1 ? -1 : 1,
      target: row.target,
      denominator: row.denominator,
    }));
  const childrenByCode = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parent === null) continue;
    const siblings = childrenByCode.get(node.parent) ?? [];
    siblings.push(node.code);
    childrenByCode.set(node.parent, siblings);
  }
  return {
    nodes,
    maxLevel: Math.max(...nodes.map((node) => node.level)),
    groups: rows.filter((row) => row.type === 'Group').map((row) => row.iCode),
    denominators: rows.filter((row) => row.type === 'Denominator').map((row) => row.iCode),
    byCode: new Map(nodes.map((node) => [node.code, node])),
    childrenByCode,
  };
}

export function frameworkNode(framework: Framework, code: string): FrameworkNode {
  const node = framework.byCode.get(code);
  if (node === undefined)
    throw new CompositeError(`指标框架中没有 "${code}" (no indicator or aggregate "${code}" in the framework)`);
  return node;
}

export function indicatorCodes(framework: Framework): string[] {
  return framework.nodes.filter((node) => node.kind === 'indicator').map((node) => node.code);
}

export function nodesAtLevel(framework: Framework, level: number): FrameworkNode[] {
  return framework.nodes.filter((node) => node.level === level);
}

export function childrenOf(framework: Framework, code: string): readonly string[] {
  return framework.childrenByCode.get(code) ?? [];
}

/** The code of `code`'s ancestor at `level` (itself at its own level). */
export function ancestorAt(framework: Framework, code: string, level: number): string {
  let node = frameworkNode(framework, code);
  while (node.level < level && node.parent !== null) node = frameworkNode(framework, node.parent);
  if (node.level !== level)
    throw new CompositeError(`"${code}" 在第 ${level} 层没有上级 (no ancestor of "${code}" at level ${level})`);
  return node.code;
}
