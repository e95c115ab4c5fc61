/**
 * Economic complexity by the eigenvector method, as EconGeo's kci (regions) and tci (industries), on a
 * binary region × industry matrix M (regions and industries without a 1 dropped first):
 *   KCI: the eigenvector of the second-largest eigenvalue of C = round(D⁻¹ M U⁻¹ Mᵀ, 4), divided by its sum;
 *   TCI: the same for T = round(U⁻¹ Mᵀ D⁻¹ M, 4);
 * D = diag(diversity), U = diag(ubiquity). The sign is chosen so that the index correlates positively
 * (Pearson) with the method of reflections at EconGeo's default steps, 20 for regions (morc) and 19 for
 * industries (mort; the reflections alternate between two orders, and step 19 of the industries is the
 * one in phase with step 20 of the regions). EconGeo's developer version aligns tci negatively with
 * ubiquity (Spearman) instead; both give the same sign on the reference. The 4-dp rounding is EconGeo's and is kept so that results agree: the index divides by the
 * eigenvector's sum and is sensitive to it. Rounding follows R 4: the nearer candidate, ties to even.
 * The eigenvalues come from the symmetric matrix similar to the unrounded C (or T); the eigenvector of the
 * rounded matrix from inverse iteration at the second one. Null when the index is undefined (fewer than
 * two regions or industries left, or an eigenvector summing to 0).
 */
import { methodOfReflections, dropEmptyRowsAndColumns, type ReflectionInput } from './complexity-reflections.ts';
import { eigenvectorNear, pearson, roundLikeR, symmetricEigenvalues } from './eigenvector.ts';

export interface ComplexityIndex {
  names: string[];
  values: number[] | null;
}

/**
 * The eigenvector index of rows of `m`: A = round(P⁻¹ m Q⁻¹ mᵀ, 4) with P, Q the row and column sums;
 * eigenvalues from the similar symmetric P^-½ m Q⁻¹ mᵀ P^-½.
 */
function secondEigenvectorIndex(m: readonly (readonly number[])[]): number[] | null {
  const n = m.length;
  const rowSums = m.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnSums = m[0]!.map((_, j) => m.reduce((sum, row) => sum + row[j]!, 0));
  const product = (a: number, b: number) =>
    m[a]!.reduce((sum, value, j) => sum + (value * m[b]![j]!) / columnSums[j]!, 0);
  const rounded = m.map((_, a) => m.map((__, b) => roundLikeR(product(a, b) / rowSums[a]!, 4)));
  const symmetric = m.map((_, a) => m.map((__, b) => product(a, b) / Math.sqrt(rowSums[a]! * rowSums[b]!)));
  if (n < 2) return null;
  const vector = eigenvectorNear(rounded, symmetricEigenvalues(symmetric)[1]!);
  const sum = vector.reduce((total, value) => total + value, 0);
  return sum === 0 ? null : vector.map((value) => value / sum);
}

const transpose = (m: readonly (readonly number[])[]) => m[0]!.map((_, j) => m.map((row) => row[j]!));

export function economicComplexity(input: ReflectionInput): { regions: ComplexityIndex; industries: ComplexityIndex } {
  const kept = dropEmptyRowsAndColumns(input);
  const regionReflections = methodOfReflections(kept, 20).regionComplexity;
  const industryReflections = methodOfReflections(kept, 19).industryComplexity;
  const aligned = (index: number[] | null, reference: (number | null)[]) =>
    index === null ? null : pearson(index, reference) < 0 ? index.map((value) => -value) : index;
  const hasBoth = kept.regions.length > 1 && kept.industries.length > 1;
  return {
    regions: {
      names: [...kept.regions],
      values: hasBoth ? aligned(secondEigenvectorIndex(kept.binary), regionReflections) : null,
    },
    industries: {
      names: [...kept.industries],
      values: hasBoth ? aligned(secondEigenvectorIndex(transpose(kept.binary)), industryReflections) : null,
    },
  };
}
