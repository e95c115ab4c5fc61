/**
 * How sure a cluster's index rank is (DOMAIN.md §5; COINr's uncertainty analysis, learned not copied): the
 * definition is rerun with its uncertain choices drawn at random — every weight × (1 ± 25 %) within its parent,
 * and the normalisation min-max 0–100 or percentile rank — and each cluster's 5–95 % rank interval over the runs
 * is reported beside its nominal rank. A rank of 2 with the interval 1–4 says the order of the first four is not
 * settled by the data. The seed is fixed, so the same input gives the same intervals. Pure.
 */
import { runSensitivity, uncertaintySpecificationSchema, type UncertaintySpecification } from '@observatory/core';
import type { IndicatorTable } from './build-indicator-table.ts';
import type { IndexDefinition } from './index-definition-schema.ts';
import { indexPipeline } from './index-framework.ts';
import { compositeInputOf } from './rank-cluster-index.ts';

export interface RankInterval {
  /** 5 % and 95 % quantiles of the cluster's rank over the runs. */
  low: number;
  high: number;
  meanRank: number;
  /** Runs in which the cluster had a rank. */
  runs: number;
}

export const RANK_INTERVAL_UNCERTAINTY: UncertaintySpecification = uncertaintySpecificationSchema.parse({
  name: '位次区间 (rank interval)',
  type: 'ua',
  replicates: 300,
  seed: 20251231,
  choices: [
    { vary: 'weight-noise', levels: { '1': 0.25, '2': 0.25 } },
    { vary: 'normalisation', alternatives: [{ type: 'min-max', range: [0, 100] }, { type: 'percentile-rank' }] },
  ],
});

/** Each cluster's rank interval by id; empty when fewer than two clusters have an index. */
export function rankIntervals(definition: IndexDefinition, table: IndicatorTable): Map<string, RankInterval> {
  const input = compositeInputOf(definition, table);
  const intervals = new Map<string, RankInterval>();
  if (table.clusters.length < 2) return intervals;
  const result = runSensitivity(input, indexPipeline(definition), RANK_INTERVAL_UNCERTAINTY);
  for (const unit of result.units)
    if (unit.rankQ05 !== null && unit.rankQ95 !== null && unit.meanRank !== null)
      intervals.set(unit.uCode, { low: unit.rankQ05, high: unit.rankQ95, meanRank: unit.meanRank, runs: unit.runs });
  return intervals;
}
