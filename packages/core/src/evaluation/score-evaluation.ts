/**
 * Scoring and classifying prepared units: baselines per group (and segment), each indicator's score, the missing-data
 * policies (zero, the group's mean score, exclude and spread the weight, penalty), rounding of scores and totals,
 * bonuses and penalties, then ranks and classes. Weights and baseline factors may be replaced (robustness draws).
 */
import { roundNumber } from './exact-decimal.ts';
import { classifyGroup, type Placement, type RankEntry } from './classify-group.ts';
import { baselinesBySegment, computeBaselines, scaleBaselines, type IndicatorBaseline } from './compute-baselines.ts';
import type { IndicatorResult } from './evaluation-result.ts';
import type { PreparedEvaluation, PreparedUnit } from './prepare-evaluation.ts';
import { scoreMinMax, scoreRatio, type IndicatorScore } from './score-indicator.ts';
import type { EvaluationGroup } from './evaluation-scheme.ts';

export interface ScoringAdjustments {
  /** Per group id, the weight of each indicator (in the group's order) instead of the scheme's. */
  weights?: ReadonlyMap<string, readonly number[]>;
  /** Per group id, a factor for each indicator's ratio baseline. */
  baselineFactors?: ReadonlyMap<string, readonly number[]>;
  /** Only totals and classes, no indicator details (the robustness draws). */
  totalsOnly?: boolean;
}

export interface UnitScore {
  indicators: IndicatorResult[];
  indicatorTotal: number;
  bonus: number;
  penalty: number;
  rawTotal: number;
  total: number;
  placement: Placement;
}

export interface GroupScoring {
  group: EvaluationGroup;
  baselines: IndicatorBaseline[];
  meanScores: (number | null)[];
  rated: PreparedUnit[];
}

function presentScore(
  group: EvaluationGroup,
  index: number,
  unit: PreparedUnit,
  baseline: IndicatorBaseline,
  weight: number,
): IndicatorScore | null {
  const indicator = group.indicators[index]!;
  const value = unit.values[index]!.value;
  if (value === null) return null;
  const scoring = indicator.scoring;
  if (scoring.method === 'ratio') {
    if (baseline.value === null || !(baseline.value > 0)) return null;
    return scoreRatio(value, baseline.value, weight, indicator.direction, scoring.cap, scoring.floor);
  }
  return scoreMinMax(value, baseline.min!, baseline.max!, weight, indicator.direction, scoring.floor);
}

/** Unscaled baselines per prepared evaluation and group, kept for the robustness draws (they only rescale them). */
const baselineCache = new WeakMap<PreparedEvaluation, Map<EvaluationGroup, IndicatorBaseline[]>>();

function groupBaselines(prepared: PreparedEvaluation, group: EvaluationGroup, rated: readonly PreparedUnit[]) {
  let byGroup = baselineCache.get(prepared);
  if (!byGroup) baselineCache.set(prepared, (byGroup = new Map()));
  let baselines = byGroup.get(group);
  if (!baselines) byGroup.set(group, (baselines = computeBaselines(group, rated, prepared.scheme.rounding.mode)));
  return baselines;
}

interface GroupContext {
  group: EvaluationGroup;
  weights: readonly number[];
  bySegment: Map<string | null, IndicatorBaseline[]>;
  meanScores: (number | null)[];
  round: (value: number, decimals: number | null) => number;
  scoreDecimals: number | null;
}

/** The weight spread over the indicators that count when some are excluded (1 when none is). */
function exclusionSpread(
  group: EvaluationGroup,
  weights: readonly number[],
  present: (IndicatorScore | null)[],
): number {
  let total = 0;
  let used = 0;
  group.indicators.forEach((indicator, i) => {
    total += weights[i]!;
    if (present[i] || indicator.missing.policy !== 'exclude') used += weights[i]!;
  });
  return used > 0 ? total / used : 0;
}

/** Each indicator's final score: present, or by the missing policy; spread and rounded; null when excluded. */
function finalScore(context: GroupContext, i: number, found: IndicatorScore | null, spread: number): number | null {
  if (found) return context.round(found.score * spread, context.scoreDecimals);
  const policy = context.group.indicators[i]!.missing;
  if (policy.policy === 'exclude' || policy.policy === 'unrated') return null;
  if (policy.policy === 'penalty') return context.round(-policy.points, context.scoreDecimals);
  const score = policy.policy === 'group_mean_score' ? (context.meanScores[i] ?? 0) : 0;
  return context.round(score * spread, context.scoreDecimals);
}

/** One unit's indicator results: value, baseline, weights and score, with how a missing value was scored. */
function indicatorResults(
  context: GroupContext,
  unit: PreparedUnit,
  present: (IndicatorScore | null)[],
): IndicatorResult[] {
  const { group, weights, bySegment } = context;
  const unitBaselines = bySegment.get(unit.segmentId)!;
  const spread = exclusionSpread(group, weights, present);
  return group.indicators.map((indicator, i) => {
    const found = present[i] ?? null;
    const value = unit.values[i]!;
    const baseline = unitBaselines[i]!;
    const policy = found ? null : indicator.missing.policy;
    return {
      indicatorId: indicator.id,
      value: value.value,
      missingCause: value.cause ?? (found ? null : 'no_baseline'),
      missingPolicy: policy,
      baseline: baseline.value,
      range: baseline.min !== null && baseline.max !== null ? { min: baseline.min, max: baseline.max } : null,
      weight: weights[i]!,
      effectiveWeight: policy === 'exclude' ? 0 : weights[i]! * spread,
      score: finalScore(context, i, found, spread),
      capped: found?.capped ?? false,
      floored: found?.floored ?? false,
    };
  });
}

export function scoreEvaluation(
  prepared: PreparedEvaluation,
  adjustments: ScoringAdjustments = {},
): { scores: Map<PreparedUnit, UnitScore>; groups: GroupScoring[] } {
  const { scoreDecimals, totalDecimals, mode } = prepared.scheme.rounding;
  const round = (value: number, decimals: number | null) =>
    decimals === null ? value : roundNumber(value, decimals, mode);
  const scores = new Map<PreparedUnit, UnitScore>();
  const groups: GroupScoring[] = [];
  for (const group of prepared.scheme.groups) {
    const rated = prepared.units.filter((u) => u.group === group && u.status === 'rated');
    const weights = adjustments.weights?.get(group.id) ?? group.indicators.map((i) => i.weight);
    const factors = adjustments.baselineFactors?.get(group.id);
    const unscaled = groupBaselines(prepared, group, rated);
    const baselines = factors ? scaleBaselines(group, unscaled, factors) : unscaled;
    const bySegment = baselinesBySegment(
      group,
      baselines,
      rated.map((u) => u.segmentId),
    );
    const present = rated.map((unit) => {
      const unitBaselines = bySegment.get(unit.segmentId)!;
      return group.indicators.map((_, i) => presentScore(group, i, unit, unitBaselines[i]!, weights[i]!));
    });
    const meanScores = group.indicators.map((_, i) => {
      let sum = 0;
      let count = 0;
      for (const row of present)
        if (row[i]) {
          sum += row[i].score;
          count++;
        }
      return count === 0 ? null : sum / count;
    });
    const context: GroupContext = { group, weights, bySegment, meanScores, round, scoreDecimals };
    const classification = group.classification;
    const tieIndexes =
      classification.method === 'percentile'
        ? classification.ties.keys.map((id) => group.indicators.findIndex((indicator) => indicator.id === id))
        : [];
    const entries: RankEntry[] = [];
    const partial = rated.map((unit, u) => {
      const row = present[u]!;
      const spread = exclusionSpread(group, weights, row);
      const final = group.indicators.map((_, i) => finalScore(context, i, row[i] ?? null, spread));
      const indicatorTotal = final.reduce<number>((sum, score) => sum + (score ?? 0), 0);
      const rawTotal = indicatorTotal + unit.rules.bonus - unit.rules.penalty;
      const total = round(rawTotal, totalDecimals);
      entries.push({
        unitId: unit.unit.unitId,
        key: classification.rankOn === 'total' ? total : rawTotal,
        tieKeys: tieIndexes.map((i) => final[i] ?? -Infinity),
        segmentId: unit.segmentId,
        vetoClass: unit.rules.vetoClass,
      });
      return { indicatorTotal, rawTotal, total };
    });
    const placements = classifyGroup(entries, classification);
    rated.forEach((unit, u) => {
      const { indicatorTotal, rawTotal, total } = partial[u]!;
      const indicators = adjustments.totalsOnly ? [] : indicatorResults(context, unit, present[u]!);
      const { bonus, penalty } = unit.rules;
      scores.set(unit, { indicators, indicatorTotal, bonus, penalty, rawTotal, total, placement: placements[u]! });
    });
    groups.push({ group, baselines, meanScores, rated });
  }
  return { scores, groups };
}
