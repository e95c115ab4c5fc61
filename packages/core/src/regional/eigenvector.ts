/**
 * Small dense eigen-solvers for the complexity indices (complexity-eigenvector.ts), no dependency:
 * - symmetricEigenvalues: all eigenvalues of a symmetric matrix by cyclic Jacobi rotations, descending;
 * - eigenvectorNear: the eigenvector of a general square matrix whose eigenvalue is nearest a shift, by
 *   inverse iteration ((A − σI) y = x, LU with partial pivoting), scaled to unit length.
 * - roundLikeR and pearson, the two other numerical helpers EconGeo's complexity indices use.
 * Meant for matrices of up to a few hundred rows; both solvers stop at machine precision. Internal to the
 * regional folder (not exported from the package).
 */

type Matrix = number[][];

export function symmetricEigenvalues(symmetric: readonly (readonly number[])[]): number[] {
  const a: Matrix = symmetric.map((row) => [...row]);
  const n = a.length;
  for (let sweep = 0; sweep < 100; sweep++) {
    let offDiagonal = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) offDiagonal += a[p]![q]! ** 2;
    if (offDiagonal < 1e-30) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const [akp, akq] = [a[k]![p]!, a[k]![q]!];
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const [apk, aqk] = [a[p]![k]!, a[q]![k]!];
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
      }
  }
  return a.map((row, i) => row[i]!).sort((x, y) => y - x);
}

/** Solves m · x = b in place of a copy (LU with partial pivoting); a zero pivot is nudged, as inverse iteration allows. */
function solve(m: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = m.length;
  const a: Matrix = m.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    if (a[col]![col] === 0) a[col]![col] = Number.EPSILON;
    for (let row = col + 1; row < n; row++) {
      const factor = a[row]![col]! / a[col]![col]!;
      for (let k = col; k <= n; k++) a[row]![k]! -= factor * a[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}

const unit = (v: readonly number[]) => {
  const norm = Math.sqrt(v.reduce((sum, value) => sum + value * value, 0));
  return v.map((value) => value / norm);
};

export function eigenvectorNear(matrix: readonly (readonly number[])[], shift: number): number[] {
  const shifted = matrix.map((row, i) => row.map((value, j) => (i === j ? value - shift : value)));
  let x = unit(matrix.map((_, i) => 1 + i / matrix.length));
  for (let iteration = 0; iteration < 50; iteration++) {
    const next = unit(solve(shifted, x));
    const sign = next.reduce((sum, value, i) => sum + value * x[i]!, 0) < 0 ? -1 : 1;
    const aligned = next.map((value) => value * sign);
    const change = Math.max(...aligned.map((value, i) => Math.abs(value - x[i]!)));
    x = aligned;
    if (change < 1e-15) break;
  }
  return x;
}

/** round(x, digits) as R 4 does it: the nearer of the two candidates, an exact tie to the even one. */
export function roundLikeR(value: number, digits: number): number {
  const scale = 10 ** digits;
  const [low, high] = [Math.floor(value * scale), Math.ceil(value * scale)];
  const [lowValue, highValue] = [low / scale, high / scale];
  const [below, above] = [value - lowValue, highValue - value];
  if (below < above) return lowValue;
  if (above < below) return highValue;
  return low % 2 === 0 ? lowValue : highValue;
}

/** Pearson correlation over the pairs where `b` is defined. */
export function pearson(a: readonly number[], b: readonly (number | null)[]): number {
  const pairs = a.flatMap((x, k) => (b[k] === null || b[k] === undefined ? [] : [[x, b[k]] as const]));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [ma, mb] = [mean(pairs.map(([x]) => x)), mean(pairs.map(([, y]) => y))];
  let [sab, saa, sbb] = [0, 0, 0];
  for (const [x, y] of pairs) [sab, saa, sbb] = [sab + (x - ma) * (y - mb), saa + (x - ma) ** 2, sbb + (y - mb) ** 2];
  return sab / Math.sqrt(saa * sbb);
}
