/**
 * Location quotient (区位商, LQ; Balassa's revealed comparative advantage RCA is the same number):
 *   LQ_ri = (x_ri / x_r) / (N_i / N)
 * the share of industry i in region r over its share in the reference economy. LQ > 1: the region is
 * specialised in i. Computed in that order of operations, as EconGeo's location_quotient and REAT's locq do.
 *
 * Conventions:
 * - An undefined LQ (region total 0, or industry absent from the reference) is null. EconGeo writes 0 there;
 *   we do not, because 0 would claim "no specialisation" where nothing can be said.
 * - Binary LQ (EconGeo `binary = TRUE`): 1 when LQ ≥ 1, so LQ exactly 1 counts as specialised; 0 below; null
 *   stays null. The comparison is on the computed float, as upstream.
 */
import { regionTotals, vectorSum, type RegionalEconomy } from './matrix.ts';

/** LQ of one cell from its four totals; null when a denominator is 0. */
export function locationQuotient(
  regionIndustry: number,
  regionTotal: number,
  referenceIndustry: number,
  referenceTotal: number,
): number | null {
  if (regionTotal === 0 || referenceIndustry === 0 || referenceTotal === 0) return null;
  return regionIndustry / regionTotal / (referenceIndustry / referenceTotal);
}

/** LQ of a region's industry vector against a reference industry vector (totals are their sums). */
export function locationQuotientVector(region: readonly number[], reference: readonly number[]): (number | null)[] {
  const [regionTotal, referenceTotal] = [vectorSum(region), vectorSum(reference)];
  return region.map((value, i) => locationQuotient(value, regionTotal, reference[i]!, referenceTotal));
}

/** The LQ matrix, values[r][i], of every region against the reference economy. */
export function locationQuotients({ matrix, reference }: RegionalEconomy): (number | null)[][] {
  const totals = regionTotals(matrix);
  const referenceTotal = vectorSum(reference);
  return matrix.values.map((row, r) =>
    row.map((value, i) => locationQuotient(value, totals[r]!, reference[i]!, referenceTotal)),
  );
}

/** 1 where LQ ≥ threshold (default 1, inclusive), 0 below, null where the LQ is undefined. */
export function binaryLocationQuotients(
  quotients: readonly (readonly (number | null)[])[],
  threshold = 1,
): (0 | 1 | null)[][] {
  return quotients.map((row) => row.map((lq) => (lq === null ? null : lq >= threshold ? 1 : 0)));
}
