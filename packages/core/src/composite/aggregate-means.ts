/**
 * Weighted means of one unit's children (COINr a_amean, a_gmean, a_hmean, a_genmean): missing children are
 * skipped and the weights of the others re-spread to sum to 1; with no child present (or only zero weights)
 * the result is missing. The domain checks (geometric: all > 0; harmonic: none 0; generalised with p < 0:
 * all > 0) are the caller's, who knows which aggregate and unit to name.
 */
import { finiteOrNull, type Value } from './dataset.ts';
import { spreadWeights } from './spread-weights.ts';

function weightedTerms(
  values: readonly Value[],
  weights: readonly number[],
): { value: number; weight: number }[] | null {
  const spread = spreadWeights(
    weights,
    values.map((value) => value !== null),
  );
  if (spread === null) return null;
  return values.flatMap((value, index) => (value === null ? [] : [{ value, weight: spread[index] ?? 0 }]));
}

export function weightedArithmeticMean(values: readonly Value[], weights: readonly number[]): Value {
  const terms = weightedTerms(values, weights);
  if (terms === null) return null;
  return finiteOrNull(terms.reduce((total, term) => total + term.weight * term.value, 0));
}

export function weightedGeometricMean(values: readonly Value[], weights: readonly number[]): Value {
  const terms = weightedTerms(values, weights);
  if (terms === null) return null;
  return finiteOrNull(Math.exp(terms.reduce((total, term) => total + term.weight * Math.log(term.value), 0)));
}

export function weightedHarmonicMean(values: readonly Value[], weights: readonly number[]): Value {
  const terms = weightedTerms(values, weights);
  if (terms === null) return null;
  return finiteOrNull(1 / terms.reduce((total, term) => total + term.weight / term.value, 0));
}

/** (Σ wᵢ xᵢᵖ)^(1/p); p = 1 is the arithmetic and p = −1 the harmonic mean. p must not be 0. */
export function weightedGeneralisedMean(values: readonly Value[], weights: readonly number[], p: number): Value {
  const terms = weightedTerms(values, weights);
  if (terms === null) return null;
  return finiteOrNull(terms.reduce((total, term) => total + term.weight * term.value ** p, 0) ** (1 / p));
}
