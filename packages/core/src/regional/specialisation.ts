/**
 * How a region's industry mix differs from a reference mix (s_ri = x_ri / x_r, s_i = N_i / N):
 * - Krugman specialisation index K = Σ_i |s_ri − s_i|, in [0, 2] (EconGeo krugman_index; REAT krugman.spec
 *   with two regions); 0 = same mix as the reference.
 * - Specialisation coefficient = K / 2, in [0, 1] (EconGeo spec_coeff). It is also the Hoover coefficient
 *   of the region's industries against the reference, which is what REAT's spec() prints as "H j".
 * - Hachman index HI = 1 / Σ_i LQ_ri · s_ri = 1 / Σ_i s_ri² / s_i, in (0, 1]; 1 = same mix (EconGeo hachman).
 * - Krugman against the others, K = Σ_k |s_k − mean_l s_lk| where the mean is the UNWEIGHTED mean of the
 *   other units' own shares (REAT krugman.spec2 / krugman.conc2, used by REAT spec() "K j" for regions and
 *   conc() "K i" for industries). Others with total 0 have no shares and are left out of the mean (REAT: NaN).
 * Every measure is null when a total it divides by is 0, and Hachman is null when the region has an industry
 * the reference lacks (its LQ is infinite).
 */
import { sharesOf } from './matrix.ts';

export function krugmanIndex(region: readonly number[], reference: readonly number[]): number | null {
  const [own, base] = [sharesOf(region), sharesOf(reference)];
  if (own === null || base === null) return null;
  return own.reduce((sum, share, i) => sum + Math.abs(share - base[i]!), 0);
}

export function specialisationCoefficient(region: readonly number[], reference: readonly number[]): number | null {
  const k = krugmanIndex(region, reference);
  return k === null ? null : k / 2;
}

export function hachmanIndex(region: readonly number[], reference: readonly number[]): number | null {
  const [own, base] = [sharesOf(region), sharesOf(reference)];
  if (own === null || base === null) return null;
  let weighted = 0;
  for (const [i, share] of own.entries()) {
    if (share === 0) continue;
    const baseShare = base[i]!;
    if (baseShare === 0) return null;
    weighted += (share * share) / baseShare;
  }
  return 1 / weighted;
}

/** Krugman index of `target` against the unweighted mean share vector of `others`. */
export function krugmanAgainstOthers(target: readonly number[], others: readonly (readonly number[])[]): number | null {
  const own = sharesOf(target);
  const otherShares = others.map(sharesOf).filter((shares) => shares !== null);
  if (own === null || otherShares.length === 0) return null;
  return own.reduce((sum, share, k) => {
    const mean = otherShares.reduce((total, shares) => total + shares[k]!, 0) / otherShares.length;
    return sum + Math.abs(share - mean);
  }, 0);
}
