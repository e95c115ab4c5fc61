/**
 * Quantiles and percentile ranks as the US Cluster Mapping code computes them with d3 v3:
 * - quantile (d3.quantile, R's type 7, linear): on values sorted ascending, H = (n − 1)·p + 1, h = ⌊H⌋,
 *   q = x_h + (H − h)(x_{h+1} − x_h) (1-based); the median of [1, 2, 3, 4] is 2.5. Null for no values.
 * - percentile rank of the value at 0-based position i among n sorted ascending: round(100/n · (i + 0.5)),
 *   rounding halves up as JavaScript's Math.round. Equal values share the rank of the first of them (the
 *   reference files do not show upstream's tie order; this keeps ties equal).
 */
import { RegionalDataError } from './matrix.ts';

export function quantileR7(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RegionalDataError(`分位数 p 应在 0 到 1 之间，实际为 ${p} (p must be in [0, 1])`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p + 1;
  const lower = Math.floor(position);
  const value = sorted[lower - 1]!;
  const fraction = position - lower;
  return fraction === 0 ? value : value + fraction * (sorted[lower]! - value);
}

/** Percentile rank (0–100) of each value among all of them, in the input order. */
export function clusterMappingPercentileRanks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = values.length;
  return values.map((value) => Math.round((100 / n) * (sorted.indexOf(value) + 0.5)));
}
