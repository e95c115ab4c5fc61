/**
 * What would add `gap` points, every firm and baseline held as they are (with a group-mean baseline the firm's own
 * data moves the mean a little, and rounding may need a bit more):
 * - per indicator, the value it alone would have to reach (a capped ratio or a min-max score cannot rise past its
 *   maximum, so some are infeasible);
 * - per numerator quantity (评价税收, 工业增加值, R&D), the increase in canonical units (元) that gets there, counting
 *   every positive indicator it feeds (more value added raises 亩均增加值, 单位能耗增加值, ... at once).
 */
import { factorValue, getUnit } from '../units/index.ts';
import type { IndicatorResult } from './evaluation-result.ts';
import type { Indicator } from './scheme-indicator.ts';
import { scoreMinMax, scoreRatio } from './score-indicator.ts';

export interface IndicatorRequirement {
  indicatorId: string;
  currentValue: number | null;
  requiredValue: number | null;
  feasible: boolean;
}

export interface QuantityRequirement {
  quantity: string;
  current: number;
  /** Increase in canonical units (元, ...); null when no increase is enough (caps). */
  increase: number | null;
  indicators: string[];
}

const spreadOf = (r: IndicatorResult) => (r.weight > 0 ? r.effectiveWeight / r.weight : 0);

/** The indicator's score (after the exclusion spread) at a value. */
function scoreAt(indicator: Indicator, result: IndicatorResult, value: number): number | null {
  const scoring = indicator.scoring;
  let score: number;
  if (scoring.method === 'ratio') {
    if (result.baseline === null) return null;
    score = scoreRatio(value, result.baseline, result.weight, indicator.direction, scoring.cap, scoring.floor).score;
  } else {
    if (result.range === null) return null;
    const { min, max } = result.range;
    const [low, high] = scoring.range === 'observed' ? [Math.min(min, value), Math.max(max, value)] : [min, max];
    score = scoreMinMax(value, low, high, result.weight, indicator.direction, scoring.floor).score;
  }
  return score * spreadOf(result);
}

/** Smallest x ≥ 0 (to a relative 1e-12) with gain(x) ≥ gap, or null when gain stops growing below gap. */
function smallestIncrease(gain: (x: number) => number, gap: number, scale: number): number | null {
  if (gap <= 0) return 0;
  let high = Math.max(scale, 1);
  while (gain(high) < gap) {
    if (high > 1e18 || gain(high * 2) <= gain(high)) return gain(high * 2) >= gap ? high * 2 : null;
    high *= 2;
  }
  let low = 0;
  for (let i = 0; i < 200 && high - low > high * 1e-13; i++) {
    const mid = (low + high) / 2;
    if (gain(mid) >= gap) high = mid;
    else low = mid;
  }
  return high;
}

export function indicatorRequirement(indicator: Indicator, result: IndicatorResult, gap: number): IndicatorRequirement {
  const base = { indicatorId: indicator.id, currentValue: result.value };
  const now = result.score;
  if (now === null || spreadOf(result) === 0 || indicator.direction === 'negative')
    return { ...base, requiredValue: null, feasible: false };
  const from = result.value ?? 0;
  const gain = (x: number) => (scoreAt(indicator, result, from + x) ?? -Infinity) - now;
  const increase = smallestIncrease(gain, gap, Math.abs(from));
  return { ...base, requiredValue: increase === null ? null : from + increase, feasible: increase !== null };
}

/** The increase of each numerator quantity of positive indicators that alone adds `gap` points. */
export function quantityRequirements(
  indicators: readonly Indicator[],
  results: readonly IndicatorResult[],
  gap: number,
  quantities: Readonly<Record<string, number | null>>,
): QuantityRequirement[] {
  const factor = (code: string) => factorValue(getUnit(code)!.factor);
  const fed = new Map<string, { indicator: Indicator; result: IndicatorResult; perUnit: number }[]>();
  indicators.forEach((indicator, i) => {
    const result = results[i]!;
    const denominator = quantities[indicator.denominator] ?? null;
    if (indicator.direction !== 'positive' || result.value === null || result.score === null || !denominator) return;
    // value = num / den × D / N, so one canonical unit more of the numerator adds D / (N × den) to the value.
    const perUnit = factor(indicator.unit.denominator) / (factor(indicator.unit.numerator) * denominator);
    fed.set(indicator.numerator, [...(fed.get(indicator.numerator) ?? []), { indicator, result, perUnit }]);
  });
  return [...fed].map(([quantity, uses]) => {
    const gain = (x: number) =>
      uses.reduce(
        (sum, u) => sum + (scoreAt(u.indicator, u.result, u.result.value! + x * u.perUnit) ?? 0) - u.result.score!,
        0,
      );
    const current = quantities[quantity] ?? 0;
    return {
      quantity,
      current,
      increase: smallestIncrease(gain, gap, Math.abs(current)),
      indicators: uses.map((u) => u.indicator.id),
    };
  });
}
