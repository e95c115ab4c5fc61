/**
 * Growth on the comparable basis (可比口径) and its parts: a group's growth is Σ本期 / Σ上年同期 of the same
 * enterprises − 1 (DOMAIN.md §3), never this year's published total over last year's. 拉动 (pull, in
 * percentage points) = part's increase / whole's base × 100, so the parts' pulls add up to the whole's
 * growth in points; 贡献率 = part's increase / whole's increase. Ratios are recomputed from sums at every
 * level, never summed or averaged. A zero or missing base gives no growth (null), never 0 or ∞.
 */

/** Σ本期 of the enterprises that have a base, and Σ上年同期 of the same enterprises. */
export interface ComparablePair {
  value: number;
  base: number | null;
}

export function comparableGrowth(pair: ComparablePair): number | null {
  if (pair.base === null || pair.base === 0) return null;
  return pair.value / pair.base - 1;
}

/** 拉动 in percentage points: part's increase over the whole's base × 100. */
export function pullPoints(part: ComparablePair, whole: ComparablePair): number | null {
  if (part.base === null || whole.base === null || whole.base === 0) return null;
  return ((part.value - part.base) / whole.base) * 100;
}

/** 贡献率: part's increase over the whole's increase (null when the whole did not change). */
export function contributionRate(part: ComparablePair, whole: ComparablePair): number | null {
  if (part.base === null || whole.base === null) return null;
  const wholeIncrease = whole.value - whole.base;
  if (wholeIncrease === 0) return null;
  return (part.value - part.base) / wholeIncrease;
}

/** Share of a part in the whole of the same scope and period. */
export function shareOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return part / whole;
}

/** 当月 = 本月累计 − 上月累计; January's cumulative is its own month. */
export function monthValue(cumulative: number | null, previousCumulative: number | null, month: number): number | null {
  if (cumulative === null) return null;
  if (month === 1) return cumulative;
  if (previousCumulative === null) return null;
  return cumulative - previousCumulative;
}
