/**
 * Descriptive statistics over the present values of a column, computed as R computes them: the mean with
 * R's second correcting pass, the sample variance and standard deviation (n − 1), the median as the middle
 * value or the mean of the two middle values. Empty input gives NaN, which callers turn into null.
 */
import type { Value } from './dataset.ts';

export function presentValues(values: readonly Value[]): number[] {
  const present: number[] = [];
  for (const value of values) if (value !== null) present.push(value);
  return present;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  let total = 0;
  for (const value of values) total += value;
  const first = total / values.length;
  let correction = 0;
  for (const value of values) correction += value - first;
  return first + correction / values.length;
}

function squaredDeviations(values: readonly number[]): number {
  const centre = mean(values);
  let total = 0;
  for (const value of values) total += (value - centre) ** 2;
  return total;
}

/** Sample variance (n − 1), NaN below two values. */
export function sampleVariance(values: readonly number[]): number {
  return values.length < 2 ? NaN : squaredDeviations(values) / (values.length - 1);
}

export function sampleSd(values: readonly number[]): number {
  return Math.sqrt(sampleVariance(values));
}

/** Population standard deviation (n), NaN for no values. */
export function populationSd(values: readonly number[]): number {
  return values.length === 0 ? NaN : Math.sqrt(squaredDeviations(values) / values.length);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? NaN) + upper) / 2;
}

/** The smallest value (the first of equal ones, so −0 stays −0 as in R); NaN for no values. */
export function minimum(values: readonly number[]): number {
  let result = NaN;
  for (const value of values) if (Number.isNaN(result) || value < result) result = value;
  return result;
}

export function maximum(values: readonly number[]): number {
  let result = NaN;
  for (const value of values) if (Number.isNaN(result) || value > result) result = value;
  return result;
}
