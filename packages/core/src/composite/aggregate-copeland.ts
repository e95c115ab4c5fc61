/**
 * Copeland aggregation through COINr's outranking matrix. For units a and b, M[a][b] is the weight share of
 * children where a scores higher than b plus half the share where they tie (weights re-scaled to sum to 1 over
 * all children; comparisons with a missing value count for neither); M[b][a] = 1 − M[a][b] and the diagonal
 * is 0. A unit's Copeland score is the number of units it beats (M > 0.5) minus those it loses to (M < 0.5).
 */
export interface OutrankingMatrix {
  matrix: number[][];
  /** Entries equal to 1 (one unit better or equal on every child). */
  dominantPairs: number;
  /** dominantPairs over the number of unit pairs, n(n − 1)/2. */
  fractionDominant: number;
}

/** `rows[unit][child]`: each unit's child values (null = missing). */
export function outrankingMatrix(
  rows: readonly (readonly (number | null)[])[],
  weights: readonly number[],
): OutrankingMatrix {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const shares = weights.map((weight) => weight / total);
  const n = rows.length;
  const matrix = rows.map(() => rows.map(() => 0));
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      let score = 0;
      shares.forEach((share, child) => {
        const [x, y] = [rows[a]?.[child] ?? null, rows[b]?.[child] ?? null];
        if (x === null || y === null) return;
        if (x > y) score += share;
        else if (x === y) score += share / 2;
      });
      const [rowA, rowB] = [matrix[a], matrix[b]];
      if (rowA !== undefined) rowA[b] = score;
      if (rowB !== undefined) rowB[a] = 1 - score;
    }
  }
  const dominantPairs = matrix.flat().filter((entry) => entry === 1).length;
  return { matrix, dominantPairs, fractionDominant: n < 2 ? 0 : dominantPairs / ((n * n - n) / 2) };
}

export function copelandScores(rows: readonly (readonly (number | null)[])[], weights: readonly number[]): number[] {
  const { matrix } = outrankingMatrix(rows, weights);
  return matrix.map((row, a) =>
    row.reduce((score, entry, b) => (a === b ? score : score + (entry > 0.5 ? 1 : entry < 0.5 ? -1 : 0)), 0),
  );
}
