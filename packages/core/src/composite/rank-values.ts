/**
 * Ranks of the present values of a column, 1 for the smallest; missing values keep no rank (R's
 * `na.last = "keep"`). Ties get the lowest rank of their run by default ("min", sport ranking, COINr's
 * choice), or the mean of the run ("average", R's default and Compind's), or the highest ("max").
 */
import type { Value } from './dataset.ts';

export const rankTieMethods = ['min', 'average', 'max'] as const;
export type RankTieMethod = (typeof rankTieMethods)[number];

export function rankValues(values: readonly Value[], ties: RankTieMethod = 'min'): Value[] {
  const present = values.flatMap((value, index) => (value === null ? [] : [{ value, index }]));
  present.sort((a, b) => a.value - b.value);
  const ranks: Value[] = values.map(() => null);
  let start = 0;
  while (start < present.length) {
    let end = start;
    while (end + 1 < present.length && present[end + 1]?.value === present[start]?.value) end++;
    const rank = ties === 'min' ? start + 1 : ties === 'max' ? end + 1 : (start + end + 2) / 2;
    for (let position = start; position <= end; position++) {
      const entry = present[position];
      if (entry !== undefined) ranks[entry.index] = rank;
    }
    start = end + 1;
  }
  return ranks;
}
