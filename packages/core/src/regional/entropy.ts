/**
 * Shannon entropy of a region's industry mix, E = −Σ_i s_i log2 s_i (bits), in [0, log2 n]: 0 when one
 * industry holds everything, log2 n when all n are equal. Used as a measure of (unrelated) variety.
 * Convention: 0 · log 0 = 0 exactly. EconGeo's entropy adds 1e-9 inside the logarithm and rounds to 3 dp;
 * the two agree to about 1e-8, well inside that rounding. Null when the total is 0.
 */
import { sharesOf } from './matrix.ts';

export function shannonEntropy(values: readonly number[]): number | null {
  const shares = sharesOf(values);
  if (shares === null) return null;
  const entropy = -shares.reduce((sum, share) => (share > 0 ? sum + share * Math.log2(share) : sum), 0);
  return entropy === 0 ? 0 : entropy;
}
