/**
 * The published figures of one aggregate cell against the whole it belongs to (the city's 规上 total of the
 * same scope and period): value, base, comparable growth (derived when some bases were last year's stored
 * values), share, 拉动 and 贡献率. Ratios come from the cell's own sums, never from summing ratios.
 */
import type { AggregateCell } from './aggregate-cell.ts';
import { comparableGrowth, contributionRate, pullPoints, shareOf, type ComparablePair } from './comparable-growth.ts';

export interface CellFigures {
  value: number | null;
  base: number | null;
  growth: number | null;
  derived: boolean;
  share: number | null;
  pull: number | null;
  contribution: number | null;
  contributors: number;
}

export function comparablePairOf(cell: AggregateCell): ComparablePair {
  return { value: Number(cell.valueWithBase), base: cell.base === null ? null : Number(cell.base) };
}

export function cellFigures(cell: AggregateCell, whole: AggregateCell): CellFigures {
  const pair = comparablePairOf(cell);
  const wholePair = comparablePairOf(whole);
  const value = cell.contributors === 0 ? null : Number(cell.value);
  return {
    value,
    base: pair.base,
    growth: comparableGrowth(pair),
    derived: cell.derivedBase > 0,
    share: shareOf(value, whole.contributors === 0 ? null : Number(whole.value)),
    pull: pullPoints(pair, wholePair),
    contribution: contributionRate(pair, wholePair),
    contributors: cell.contributors,
  };
}
