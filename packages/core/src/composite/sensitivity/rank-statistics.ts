/**
 * What the replicates say about one unit's rank (COINr's RankStats): how many runs ranked it, the mean, the
 * median and the 5 % and 95 % quantiles of its ranks (type 7, rank-quantile.ts), the width of that interval,
 * and the mean absolute shift from its nominal rank. Runs where the unit has no rank (screened out, a failed
 * run) are left out, as COINr does with `na.rm = TRUE`. Also the shift of one run over all units.
 */
import { sortedQuantile } from './rank-quantile.ts';

export interface UnitRankStatistics {
  /** Runs in which the unit has a rank. */
  runs: number;
  meanRank: number | null;
  medianRank: number | null;
  rankQ05: number | null;
  rankQ95: number | null;
  /** rankQ95 − rankQ05. */
  rankIntervalWidth: number | null;
  /** Mean |rank − nominal rank|; null without a nominal rank. */
  meanAbsoluteRankShift: number | null;
}

/** `ranks`: the unit's rank in each run, NaN where it has none. */
export function unitRankStatistics(nominal: number | null, ranks: ArrayLike<number>): UnitRankStatistics {
  const present: number[] = [];
  for (let run = 0; run < ranks.length; run++) {
    const rank = ranks[run]!;
    if (!Number.isNaN(rank)) present.push(rank);
  }
  const sorted = Float64Array.from(present).sort();
  const mean = present.length === 0 ? null : present.reduce((sum, rank) => sum + rank, 0) / present.length;
  const [q05, q95] = [sortedQuantile(sorted, 0.05), sortedQuantile(sorted, 0.95)];
  const shift =
    nominal === null || present.length === 0
      ? null
      : present.reduce((sum, rank) => sum + Math.abs(rank - nominal), 0) / present.length;
  return {
    runs: present.length,
    meanRank: mean,
    medianRank: sortedQuantile(sorted, 0.5),
    rankQ05: q05,
    rankQ95: q95,
    rankIntervalWidth: q05 === null || q95 === null ? null : q95 - q05,
    meanAbsoluteRankShift: shift,
  };
}

/** Mean |rank − nominal| over the units ranked in both (NaN = no rank); NaN when there are none. */
export function meanAbsoluteRankShift(nominal: ArrayLike<number>, ranks: ArrayLike<number>): number {
  let total = 0;
  let count = 0;
  for (let unit = 0; unit < ranks.length; unit++) {
    const difference = Math.abs(ranks[unit]! - nominal[unit]!);
    if (Number.isNaN(difference)) continue;
    total += difference;
    count++;
  }
  return count === 0 ? Number.NaN : total / count;
}
