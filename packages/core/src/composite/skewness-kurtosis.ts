/**
 * Skewness and excess kurtosis as COINr computes them for its outlier rule: e1071 type 2, the definitions
 * Excel uses (SKEW, KURT). Skewness needs at least 3 values and kurtosis 4; with fewer, or with no spread,
 * the result is NaN.
 */
import { mean } from './descriptive-statistics.ts';

function centralSums(values: readonly number[]): { s2: number; s3: number; s4: number } {
  const centre = mean(values);
  let [s2, s3, s4] = [0, 0, 0];
  for (const value of values) {
    const deviation = value - centre;
    s2 += deviation ** 2;
    s3 += deviation ** 3;
    s4 += deviation ** 4;
  }
  return { s2, s3, s4 };
}

export function skewness(values: readonly number[]): number {
  const n = values.length;
  if (n < 3) return NaN;
  const { s2, s3 } = centralSums(values);
  const g1 = (Math.sqrt(n) * s3) / s2 ** 1.5;
  return (g1 * Math.sqrt(n * (n - 1))) / (n - 2);
}

export function kurtosis(values: readonly number[]): number {
  const n = values.length;
  if (n < 4) return NaN;
  const { s2, s4 } = centralSums(values);
  const r = (n * s4) / s2 ** 2;
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}
