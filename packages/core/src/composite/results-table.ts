/**
 * Tables to publish a stage. `resultsTable` is COINr's full results table (get_results, tab_type "Full"):
 * uCode, Rank (by the top aggregate, highest first, ties share the lowest rank), the aggregates from the top
 * level down (siblings grouped by parent), then the indicators ordered by their lineage, rows sorted by the
 * top aggregate with missing values last. `datasetTable` is a stage as it is: uCode and its columns.
 */
import { CompositeError } from './composite-error.ts';
import type { Dataset, Value } from './dataset.ts';
import { frameworkNode, nodesAtLevel, type Framework } from './framework.ts';
import { rankValues } from './rank-values.ts';

export type ResultsCell = string | number | null;

export interface ResultsTable {
  header: string[];
  rows: ResultsCell[][];
}

const collator = new Intl.Collator('en');

export function datasetTable(data: Dataset): ResultsTable {
  const columns = [...data.columns];
  return {
    header: ['uCode', ...columns.map(([code]) => code)],
    rows: data.unitCodes.map((uCode, unit) => [uCode, ...columns.map(([, values]) => values[unit] ?? null)]),
  };
}

function lineage(framework: Framework, code: string): string[] {
  const path: string[] = [];
  for (let at: string | null = code; at !== null; at = frameworkNode(framework, at).parent) path.unshift(at);
  return path;
}

function compareLineage(a: string[], b: string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const order = collator.compare(a[index] ?? '', b[index] ?? '');
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** The column order of COINr's full results: aggregates top-down (by parent), then indicators by lineage. */
export function resultsColumnOrder(framework: Framework): string[] {
  const aggregates: string[] = [];
  for (let level = framework.maxLevel; level >= 2; level--) {
    const nodes = nodesAtLevel(framework, level).filter((node) => node.kind === 'aggregate');
    nodes.sort((a, b) => collator.compare(a.parent ?? '', b.parent ?? ''));
    aggregates.push(...nodes.map((node) => node.code));
  }
  const indicators = framework.nodes
    .filter((node) => node.kind === 'indicator')
    .map((node) => lineage(framework, node.code))
    .sort(compareLineage)
    .map((path) => path[path.length - 1] ?? '');
  return [...aggregates, ...indicators];
}

export function resultsTable(framework: Framework, data: Dataset): ResultsTable {
  const top = nodesAtLevel(framework, framework.maxLevel)[0]?.code ?? '';
  const scores = data.columns.get(top);
  if (scores === undefined)
    throw new CompositeError(`阶段中没有最高层 ${top}，请先汇总 (the stage has no top-level ${top}; aggregate first)`);
  const columns = resultsColumnOrder(framework).filter((code) => data.columns.has(code));
  const ranks = rankValues(scores.map((score) => (score === null ? null : -score)));
  const order = data.unitCodes.map((_, unit) => unit);
  order.sort((a, b) => {
    const [scoreA, scoreB] = [scores[a] ?? null, scores[b] ?? null];
    if (scoreA === null || scoreB === null) return (scoreA === null ? 1 : 0) - (scoreB === null ? 1 : 0);
    return scoreB - scoreA;
  });
  const cell = (code: string, unit: number): Value => data.columns.get(code)?.[unit] ?? null;
  return {
    header: ['uCode', 'Rank', ...columns],
    rows: order.map((unit) => [
      data.unitCodes[unit] ?? '',
      ranks[unit] ?? null,
      ...columns.map((code) => cell(code, unit)),
    ]),
  };
}

/** True when the stage has the framework's top-level aggregate, i.e. a results table can be made. */
export function hasTopAggregate(framework: Framework, data: Dataset): boolean {
  const top = nodesAtLevel(framework, framework.maxLevel)[0];
  return top !== undefined && top.kind === 'aggregate' && data.columns.has(top.code);
}
