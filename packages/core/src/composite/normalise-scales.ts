/**
 * Normalisation formulas on a column whose direction is already applied (negated when less is better), as
 * COINr defines them: min-max onto [lower, upper], z-score to a mean and a sample standard deviation, distance
 * to the maximum, fraction of the maximum, distance to a target (x − min)/(target − min) optionally capped at 1,
 * and goalposts (x − lower)/(upper − lower), truncated to [0, 1] and scaled. A result that cannot be computed
 * (no spread, a maximum of 0) is null; missing stays missing.
 */
import { finiteOrNull, type Value } from './dataset.ts';
import { maximum, mean, minimum, presentValues, sampleSd } from './descriptive-statistics.ts';

const apply = (values: readonly Value[], formula: (value: number) => number): Value[] =>
  values.map((value) => (value === null ? null : finiteOrNull(formula(value))));

export function minMax(values: readonly Value[], lower: number, upper: number): Value[] {
  const present = presentValues(values);
  const [low, high] = [minimum(present), maximum(present)];
  return apply(values, (value) => ((value - low) / (high - low)) * (upper - lower) + lower);
}

export function zScore(values: readonly Value[], targetMean: number, targetSd: number): Value[] {
  const present = presentValues(values);
  const [centre, spread] = [mean(present), sampleSd(present)];
  return apply(values, (value) => ((value - centre) / spread) * targetSd + targetMean);
}

export function distanceToMax(values: readonly Value[]): Value[] {
  const present = presentValues(values);
  const [low, high] = [minimum(present), maximum(present)];
  return apply(values, (value) => 1 - (high - value) / (high - low));
}

export function fractionOfMax(values: readonly Value[]): Value[] {
  const high = maximum(presentValues(values));
  return apply(values, (value) => value / high);
}

export function distanceToTarget(values: readonly Value[], target: number, capAtOne: boolean): Value[] {
  const low = minimum(presentValues(values));
  return apply(values, (value) => {
    const score = (value - low) / (target - low);
    return capAtOne && score > 1 ? 1 : score;
  });
}

export function goalposts(
  values: readonly Value[],
  posts: { lower: number; upper: number; scale: number; truncate: boolean },
): Value[] {
  return apply(values, (value) => {
    const share = (value - posts.lower) / (posts.upper - posts.lower);
    return (posts.truncate ? Math.min(1, Math.max(0, share)) : share) * posts.scale;
  });
}
