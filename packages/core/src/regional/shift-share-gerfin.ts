/**
 * Multiplicative shift-share (Gerfin 1964; REAT shift(..., shift.method = "Gerfin")): growth factors instead
 * of differences. With G = N2/N1 and E = Σ_i E_i (shift-share-input.ts):
 *   industrial mix factor  (E / R1) / G      > 1: the region's industries grow faster than the nation
 *   regional factor        R2 / E            > 1: the region beats its industries' national growth
 *   net total shift        (R2 / R1) / G  =  mix × regional
 * Per industry: mix_i = (n2_i / n1_i) / G and regional_i = (r2_i / r1_i) / (n2_i / n1_i).
 * A factor is null when it divides by 0 (empty base, industry absent from the region or the reference).
 */
import {
  checkShiftShareInput,
  expectedCurrent,
  growthFactor,
  shiftShareTotals,
  sumOrNull,
  type ShiftShareInput,
} from './shift-share-input.ts';

export interface GerfinFactors {
  industrialMix: number | null;
  regionalShare: number | null;
}

export interface GerfinShiftShare extends GerfinFactors {
  netTotalShift: number | null;
  industries: GerfinFactors[];
}

const ratio = (numerator: number | null, denominator: number | null): number | null =>
  numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;

export function gerfinShiftShare(input: ShiftShareInput): GerfinShiftShare {
  checkShiftShareInput(input);
  const totals = shiftShareTotals(input);
  const factor = totals.referenceGrowthFactor;
  const expected = sumOrNull(input.regionBase.map((_, i) => expectedCurrent(input, i)));
  const regionFactor = growthFactor(totals.regionBase, totals.regionCurrent);
  const industries = input.regionBase.map((regionBase, i): GerfinFactors => {
    const referenceIndustryFactor = growthFactor(input.referenceBase[i]!, input.referenceCurrent[i]!);
    return {
      industrialMix: ratio(referenceIndustryFactor, factor),
      regionalShare: ratio(growthFactor(regionBase, input.regionCurrent[i]!), referenceIndustryFactor),
    };
  });
  return {
    industrialMix: ratio(ratio(expected, totals.regionBase), factor),
    regionalShare: ratio(totals.regionCurrent, expected),
    netTotalShift: ratio(regionFactor, factor),
    industries,
  };
}
