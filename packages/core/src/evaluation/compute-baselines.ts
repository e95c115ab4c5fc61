/**
 * Baselines of a group's indicators, from the rated units that have a value: a fixed published value, or a
 * multiple of the group's (or segment's) mean, either the aggregate Σ numerator / Σ denominator (a ratio of
 * totals, DOMAIN.md §3) or the simple mean of the values; for min-max scoring the observed or fixed range.
 * `scaleBaselines` multiplies ratio baselines (the robustness draws perturb them).
 */
import { addDecimals, ZERO, type RoundingMode } from './exact-decimal.ts';
import type { EvaluationGroup } from './evaluation-scheme.ts';
import { ratioInIndicatorUnit } from './indicator-value.ts';
import type { PreparedUnit } from './prepare-evaluation.ts';

export interface IndicatorBaseline {
  indicatorId: string;
  /** null when the baseline is the same for the whole group. */
  segmentId: string | null;
  method: 'ratio' | 'min_max';
  /** The ratio baseline in the indicator's unit (null for min-max, or when no unit has a value). */
  value: number | null;
  min: number | null;
  max: number | null;
  /** Rated units with a value that the mean or range was taken over (0 for a fixed value). */
  contributors: number;
}

function observedRange(values: readonly number[]): [number | null, number | null] {
  let min: number | null = null;
  let max: number | null = null;
  for (const value of values) {
    if (min === null || value < min) min = value;
    if (max === null || value > max) max = value;
  }
  return [min, max];
}

function baselineOver(
  group: EvaluationGroup,
  index: number,
  units: readonly PreparedUnit[],
  mode: RoundingMode,
): Omit<IndicatorBaseline, 'segmentId'> {
  const indicator = group.indicators[index]!;
  const scoring = indicator.scoring;
  if (scoring.method === 'ratio' && scoring.baseline.kind === 'fixed')
    return {
      indicatorId: indicator.id,
      method: 'ratio',
      value: scoring.baseline.value,
      min: null,
      max: null,
      contributors: 0,
    };
  const present = units.filter((u) => u.values[index]!.value !== null);
  const values = present.map((u) => u.values[index]!.value!);
  if (scoring.method === 'min_max') {
    const [min, max] = scoring.range === 'observed' ? observedRange(values) : [scoring.range.min, scoring.range.max];
    return { indicatorId: indicator.id, method: 'min_max', value: null, min, max, contributors: values.length };
  }
  const baseline = scoring.baseline as Extract<typeof scoring.baseline, { kind: 'group_mean' }>;
  let value: number | null;
  if (values.length === 0) value = null;
  else if (baseline.average === 'simple')
    value = (values.reduce((a, b) => a + b, 0) / values.length) * baseline.multiple;
  else {
    const numerator = present.reduce((sum, u) => addDecimals(sum, u.values[index]!.numerator!), ZERO);
    const denominator = present.reduce((sum, u) => addDecimals(sum, u.values[index]!.denominator!), ZERO);
    const mean = ratioInIndicatorUnit({ unit: indicator.unit, decimals: null }, numerator, denominator, mode);
    value = mean * baseline.multiple;
  }
  return { indicatorId: indicator.id, method: 'ratio', value, min: null, max: null, contributors: values.length };
}

/** One baseline per indicator, or per indicator and segment where the scheme takes it within segments. */
export function computeBaselines(
  group: EvaluationGroup,
  rated: readonly PreparedUnit[],
  mode: RoundingMode,
): IndicatorBaseline[] {
  const segmentIds = [...new Set(rated.map((u) => u.segmentId))].sort();
  return group.indicators.flatMap((indicator, index) => {
    const scoring = indicator.scoring;
    const bySegment =
      (scoring.method === 'min_max' && scoring.within === 'segment') ||
      (scoring.method === 'ratio' && scoring.baseline.kind === 'group_mean' && scoring.baseline.within === 'segment');
    if (!bySegment) return [{ ...baselineOver(group, index, rated, mode), segmentId: null }];
    return segmentIds.map((segmentId) => ({
      ...baselineOver(
        group,
        index,
        rated.filter((u) => u.segmentId === segmentId),
        mode,
      ),
      segmentId,
    }));
  });
}

/** Ratio baselines multiplied by a factor per indicator (in the group's order). */
export function scaleBaselines(
  group: EvaluationGroup,
  baselines: readonly IndicatorBaseline[],
  factors: readonly number[],
): IndicatorBaseline[] {
  const factorOf = new Map(group.indicators.map((indicator, i) => [indicator.id, factors[i] ?? 1]));
  return baselines.map((b) => (b.value === null ? b : { ...b, value: b.value * factorOf.get(b.indicatorId)! }));
}

export function findBaseline(
  baselines: readonly IndicatorBaseline[],
  indicatorId: string,
  segmentId: string | null,
): IndicatorBaseline | undefined {
  return baselines.find((b) => b.indicatorId === indicatorId && (b.segmentId === null || b.segmentId === segmentId));
}

/** For each unit's segment, its baseline per indicator (in the group's order). */
export function baselinesBySegment(
  group: EvaluationGroup,
  baselines: readonly IndicatorBaseline[],
  segmentIds: Iterable<string | null>,
): Map<string | null, IndicatorBaseline[]> {
  const bySegment = new Map<string | null, IndicatorBaseline[]>();
  for (const segmentId of segmentIds)
    if (!bySegment.has(segmentId))
      bySegment.set(
        segmentId,
        group.indicators.map((indicator) => findBaseline(baselines, indicator.id, segmentId)!),
      );
  return bySegment;
}
