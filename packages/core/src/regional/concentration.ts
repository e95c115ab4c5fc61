/**
 * Concentration of one distribution (a region over its industries, an industry over its regions, a market
 * over its firms), from the shares s_k = x_k / Σx:
 * - Herfindahl(-Hirschman) H = Σ s_k², in [1/n, 1] (EconGeo herfindahl, REAT herf);
 * - normalised H* = (H − 1/n) / (1 − 1/n), in [0, 1] (REAT `coefnorm = TRUE`); n counts every entry,
 *   zeros included, as REAT's length(x);
 * - equivalent number 1/H (REAT `output = "eq"`): as many equal units would give the same H;
 * - concentration ratio CR-n: share of the n largest entries; top-1 share = CR-1 (the leading firm's share).
 * Every measure is null when the total is 0 (no shares exist); H* is null for n = 1 (0/0). H and CR are
 * fractions, not the 0–10 000 "points" of antitrust practice.
 */
import { RegionalDataError, sharesOf } from './matrix.ts';

export function herfindahl(values: readonly number[]): number | null {
  const shares = sharesOf(values);
  return shares === null ? null : shares.reduce((sum, share) => sum + share * share, 0);
}

export function normalisedHerfindahl(values: readonly number[]): number | null {
  const h = herfindahl(values);
  const n = values.length;
  return h === null || n < 2 ? null : (h - 1 / n) / (1 - 1 / n);
}

export function equivalentNumber(values: readonly number[]): number | null {
  const h = herfindahl(values);
  return h === null ? null : 1 / h;
}

/** Share of the `n` largest entries (all of them when there are fewer). */
export function concentrationRatio(values: readonly number[], n: number): number | null {
  if (!Number.isSafeInteger(n) || n < 1)
    throw new RegionalDataError(`CR-n 的 n 应为正整数，实际为 ${n} (n must be ≥ 1)`);
  const shares = sharesOf(values);
  if (shares === null) return null;
  return [...shares]
    .sort((a, b) => b - a)
    .slice(0, n)
    .reduce((sum, share) => sum + share, 0);
}

export const topShare = (values: readonly number[]): number | null => concentrationRatio(values, 1);
