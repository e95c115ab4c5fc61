/**
 * COINr's winsorisation: while the column fails the outlier rule and fewer than `maxPoints` points are
 * winsorised, replace the highest value(s) by the next highest (when skew ≥ 0) or the lowest by the next
 * lowest (skew < 0). Tied extremes move together, so one round can winsorise several points. `force`
 * winsorises up to `maxPoints` whatever the rule says. Missing values stay missing.
 */
import type { Value } from './dataset.ts';
import { maximum, minimum, presentValues } from './descriptive-statistics.ts';
import { checkOutliers, type OutlierThresholds } from './outlier-check.ts';
import { skewness } from './skewness-kurtosis.ts';

export interface WinsoriseSettings extends OutlierThresholds {
  /** Most points to winsorise; null for no limit. */
  maxPoints: number | null;
  force: boolean;
}

export interface Winsorised {
  values: Value[];
  /** Points winsorised (COINr's nwin). */
  count: number;
  /** Positions moved down from the top and up from the bottom (in the last round of each). */
  high: number[];
  low: number[];
}

function positionsOf(values: readonly Value[], target: number): number[] {
  return values.flatMap((value, index) => (value === target ? [index] : []));
}

export function winsorise(input: readonly Value[], settings: WinsoriseSettings): Winsorised {
  const values = [...input];
  let high: number[] = [];
  let low: number[] = [];
  let count = 0;
  const belowMax = () => settings.maxPoints === null || count < settings.maxPoints;
  const fails = () => checkOutliers(values, settings).pass === false;
  while ((settings.force || fails()) && belowMax()) {
    const present = presentValues(values);
    const skew = skewness(present);
    if (Number.isNaN(skew)) break;
    const extreme = skew >= 0 ? maximum(present) : minimum(present);
    const rest = present.filter((value) => value !== extreme);
    if (rest.length === 0) break;
    const replacement = skew >= 0 ? maximum(rest) : minimum(rest);
    const positions = positionsOf(values, extreme);
    for (const position of positions) values[position] = replacement;
    if (skew >= 0) high = positions;
    else low = positions;
    count = high.length + low.length;
  }
  return { values, count, high, low };
}
