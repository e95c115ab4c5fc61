/**
 * Rank-based normalisations on a column whose direction is already applied: ranks (1 = lowest), Borda scores
 * (rank − 1) and percentile ranks ((rank − 1)/(n − 1), n = present values), with COINr's "min" tie method by
 * default. Missing values get no rank.
 */
import type { Value } from './dataset.ts';
import { rankValues, type RankTieMethod } from './rank-values.ts';

export function ranks(values: readonly Value[], ties: RankTieMethod): Value[] {
  return rankValues(values, ties);
}

export function bordaScores(values: readonly Value[], ties: RankTieMethod): Value[] {
  return rankValues(values, ties).map((rank) => (rank === null ? null : rank - 1));
}

export function percentileRanks(values: readonly Value[], ties: RankTieMethod): Value[] {
  const ranked = rankValues(values, ties);
  const present = ranked.filter((rank) => rank !== null).length;
  return ranked.map((rank) => (rank === null || present < 2 ? null : (rank - 1) / (present - 1)));
}
