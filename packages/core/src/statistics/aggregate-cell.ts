/**
 * One aggregate of a measure over a set of enterprises (a cluster in a reporting unit and month): the exact
 * sums, the comparable base, and how many enterprises contributed (and how their base was known).
 * Disclosure control reads the enterprises' own values, not these cells. Cells over disjoint sets of
 * enterprises merge exactly, so a parent cluster or the whole city is the merge of its parts.
 */
import { sumDecimals } from './exact-decimal-sum.ts';

export interface AggregateCell {
  /** Σ of all contributors' values (exact decimal text, canonical unit). */
  value: string;
  /** Σ of the values of contributors that have a 上年同期 (the numerator of comparable growth). */
  valueWithBase: string;
  /** Σ 上年同期 of the same contributors; null when none has one. */
  base: string | null;
  contributors: number;
  /** Contributors whose own report carried 上年同期. */
  reportedBase: number;
  /** Contributors whose base is their stored value of the year before (growth marked derived). */
  derivedBase: number;
}

/** Merges cells of disjoint enterprise sets. */
export function mergeCells(cells: readonly AggregateCell[]): AggregateCell {
  const bases = cells.map((cell) => cell.base).filter((base): base is string => base !== null);
  return {
    value: sumDecimals(cells.map((cell) => cell.value)),
    valueWithBase: sumDecimals(cells.map((cell) => cell.valueWithBase)),
    base: bases.length === 0 ? null : sumDecimals(bases),
    contributors: cells.reduce((total, cell) => total + cell.contributors, 0),
    reportedBase: cells.reduce((total, cell) => total + cell.reportedBase, 0),
    derivedBase: cells.reduce((total, cell) => total + cell.derivedBase, 0),
  };
}

export const EMPTY_CELL: AggregateCell = {
  value: '0',
  valueWithBase: '0',
  base: null,
  contributors: 0,
  reportedBase: 0,
  derivedBase: 0,
};
