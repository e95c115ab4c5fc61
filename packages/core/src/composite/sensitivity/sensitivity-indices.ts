/**
 * Variance-based sensitivity indices from the A, B, AB_i Monte Carlo design (Saltelli et al. 2010, as COINr's
 * SA_estimate): with outputs yA, yB (N runs each) and yABᵢ (A with input i taken from B), V = var(yA ∪ yB)
 * (sample variance), first order Sᵢ = mean((yB − ȳ)·(yABᵢ − yA)) / V (Saltelli 2010, with yB centred on the
 * mean ȳ of yA ∪ yB: the same expectation as COINr's uncentred form, since E[yABᵢ − yA] = 0, but far less
 * Monte Carlo error when the output's mean is large against its spread) and total
 * STᵢ = mean((yA − yABᵢ)²) / (2V) (Jansen 1999). Sample points where any run failed (NaN) are left out of every
 * estimate. With no variance the indices are null. Estimates may fall slightly outside [0, 1] by Monte
 * Carlo error; they are returned as computed.
 */
export interface SensitivityIndices {
  /** Sample points used (of N). */
  points: number;
  variance: number | null;
  firstOrder: (number | null)[];
  total: (number | null)[];
}

function meanAndVariance(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return { mean, variance: values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1) };
}

export function estimateSensitivityIndices(
  yA: ArrayLike<number>,
  yB: ArrayLike<number>,
  yAB: readonly ArrayLike<number>[],
): SensitivityIndices {
  const n = yA.length;
  const used: number[] = [];
  for (let j = 0; j < n; j++) {
    const values = [yA[j], yB[j], ...yAB.map((column) => column[j])];
    if (values.every((value) => value !== undefined && Number.isFinite(value))) used.push(j);
  }
  const none = { points: used.length, variance: null, firstOrder: yAB.map(() => null), total: yAB.map(() => null) };
  if (used.length < 2) return none;
  const { mean, variance } = meanAndVariance([...used.map((j) => yA[j]!), ...used.map((j) => yB[j]!)]);
  if (!(variance > 0)) return { ...none, variance };
  const firstOrder = yAB.map(
    (column) => used.reduce((sum, j) => sum + (yB[j]! - mean) * (column[j]! - yA[j]!), 0) / used.length / variance,
  );
  const total = yAB.map(
    (column) => used.reduce((sum, j) => sum + (yA[j]! - column[j]!) ** 2, 0) / used.length / (2 * variance),
  );
  return { points: used.length, variance, firstOrder, total };
}
