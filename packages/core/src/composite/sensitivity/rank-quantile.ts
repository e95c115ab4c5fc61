/**
 * Quantiles of replicate ranks, by R's default rule (type 7, `quantile(x, p)`, also COINr's rank statistics):
 * on n values sorted ascending, h = (n − 1)·p (0-based), q = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋). The median of
 * [1, 2, 3, 4] is 2.5, its 5 % quantile 1.15. Takes values already sorted, so a unit's ranks are sorted once
 * for its median and both interval ends.
 */
export function sortedQuantile(sorted: ArrayLike<number>, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`分位数 p 应在 0 到 1 之间，实际为 ${p} (p must be in [0, 1])`);
  const n = sorted.length;
  if (n === 0) return null;
  const position = (n - 1) * p;
  const lower = Math.floor(position);
  const low = sorted[lower] ?? 0;
  const fraction = position - lower;
  return fraction === 0 ? low : low + fraction * ((sorted[lower + 1] ?? low) - low);
}
