/**
 * Inequality of one distribution x_1..x_n, alone or against a reference distribution w_1..w_n:
 * - Hoover coefficient = ½ Σ_k |x_k/Σx − w_k/Σw|, in [0, 1]; without w the reference is uniform (1/n).
 *   EconGeo's hoover_index prints it ×100 and rounded to 2 dp; REAT hoover prints the fraction.
 * - Gini coefficient G = 2 Σ_k k·x_(k) / (n Σx) − (n + 1)/n over the values sorted ascending: the population
 *   ("descriptive") Gini, at most (n−1)/n (EconGeo gini, REAT gini); normalised G* = n/(n−1)·G reaches 1
 *   (REAT `coefnorm = TRUE`).
 * - Lorenz Gini against a reference (EconGeo hoover_gini): order the units by x_k/w_k, draw the cumulative
 *   share of x against the cumulative share of w, G = twice the area between that curve and the diagonal,
 *   in [0, 1]. Krugman's locational Gini of an industry is half of it with the regions' totals as w
 *   (EconGeo locational_gini, in [0, 0.5]).
 * A unit with x = w = 0 adds nothing and may sit anywhere in the order; x > 0 with w = 0 sorts last.
 * Every measure is null when Σx = 0 (or Σw = 0), and Gini* when n < 2. No rounding happens here.
 */
import { vectorSum } from './matrix.ts';

export function hooverCoefficient(values: readonly number[], reference?: readonly number[]): number | null {
  const total = vectorSum(values);
  const referenceTotal = reference === undefined ? values.length : vectorSum(reference);
  if (total === 0 || referenceTotal === 0) return null;
  const referenceShare = (k: number) => (reference === undefined ? 1 : reference[k]!) / referenceTotal;
  return values.reduce((sum, value, k) => sum + Math.abs(value / total - referenceShare(k)), 0) / 2;
}

export function giniCoefficient(values: readonly number[]): number | null {
  const total = vectorSum(values);
  const n = values.length;
  if (n === 0 || total === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rankWeighted = sorted.reduce((sum, value, k) => sum + (k + 1) * value, 0);
  return (2 * rankWeighted) / (n * total) - (n + 1) / n;
}

export function normalisedGini(values: readonly number[]): number | null {
  const g = giniCoefficient(values);
  return g === null || values.length < 2 ? null : (values.length / (values.length - 1)) * g;
}

/** x_k / w_k for ordering: +∞ when w_k = 0 < x_k, 0 when both are 0. */
const ratioForOrder = (x: number, w: number) => (w > 0 ? x / w : x > 0 ? Infinity : 0);

export function lorenzGini(values: readonly number[], reference: readonly number[]): number | null {
  const [total, referenceTotal] = [vectorSum(values), vectorSum(reference)];
  if (total === 0 || referenceTotal === 0) return null;
  const order = values
    .map((value, k) => ({ value, weight: reference[k]!, ratio: ratioForOrder(value, reference[k]!) }))
    .sort((a, b) => a.ratio - b.ratio);
  let [cumulative, cumulativeWeight, twiceArea] = [0, 0, 0];
  for (const { value, weight } of order) {
    const [nextCumulative, nextWeight] = [cumulative + value / total, cumulativeWeight + weight / referenceTotal];
    twiceArea += nextCumulative * cumulativeWeight - cumulative * nextWeight;
    [cumulative, cumulativeWeight] = [nextCumulative, nextWeight];
  }
  return twiceArea;
}

/** Krugman's locational Gini of one industry: half the Lorenz Gini against the regions' totals. */
export function locationalGini(industry: readonly number[], regionSizes: readonly number[]): number | null {
  const g = lorenzGini(industry, regionSizes);
  return g === null ? null : g / 2;
}
