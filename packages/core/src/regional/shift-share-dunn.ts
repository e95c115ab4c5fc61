/**
 * Classic shift-share decomposition (Dunn 1960; REAT shift(..., shift.method = "Dunn")) of a region's growth
 * R2 − R1 between two periods, with G = N2/N1 the reference economy's growth factor and E_i as in
 * shift-share-input.ts:
 *   national share  NS_i = r1_i · (G − 1)          what the region would have gained growing like the nation
 *   industrial mix  IM_i = E_i − r1_i · G          its industries growing faster or slower than the nation
 *   regional share  RS_i = r2_i − E_i              its own performance within each industry (competitive)
 *   growth_i = r2_i − r1_i = NS_i + IM_i + RS_i;  net total shift = IM + RS = R2 − R1 · G.
 * REAT writes RS_i as r1_i · (r2_i/r1_i − n2_i/n1_i), which is NaN when r1_i = 0; the form above is the same
 * number where REAT's is defined and stays defined (RS_i = r2_i) for an industry new to the region.
 * Components are null when G or an E_i is undefined (zero reference base); totals are null when a part is.
 */
import {
  checkShiftShareInput,
  expectedCurrent,
  shiftShareTotals,
  sumOrNull,
  type ShiftShareInput,
} from './shift-share-input.ts';

export interface DunnComponents {
  growth: number;
  nationalShare: number | null;
  industrialMix: number | null;
  regionalShare: number | null;
}

export interface DunnShiftShare extends DunnComponents {
  /** Industrial mix + regional share = R2 − R1 · N2/N1. */
  netTotalShift: number | null;
  industries: DunnComponents[];
}

export function dunnShiftShare(input: ShiftShareInput): DunnShiftShare {
  checkShiftShareInput(input);
  const totals = shiftShareTotals(input);
  const factor = totals.referenceGrowthFactor;
  /** x · N2 / N1, multiplied first as REAT does (207, not 206.99999999999997, for 180 · 1265 / 1100). */
  const atReferenceGrowth = (value: number) =>
    factor === null ? null : (value * totals.referenceCurrent) / totals.referenceBase;
  const industries = input.regionBase.map((regionBase, i): DunnComponents => {
    const [expected, grown] = [expectedCurrent(input, i), atReferenceGrowth(regionBase)];
    const regionCurrent = input.regionCurrent[i]!;
    return {
      growth: regionCurrent - regionBase,
      nationalShare: grown === null ? null : grown - regionBase,
      industrialMix: expected === null || grown === null ? null : expected - grown,
      regionalShare: expected === null ? null : regionCurrent - expected,
    };
  });
  const expectedTotal = atReferenceGrowth(totals.regionBase);
  return {
    growth: totals.regionCurrent - totals.regionBase,
    nationalShare: expectedTotal === null ? null : expectedTotal - totals.regionBase,
    industrialMix: sumOrNull(industries.map((industry) => industry.industrialMix)),
    regionalShare: sumOrNull(industries.map((industry) => industry.regionalShare)),
    netTotalShift: expectedTotal === null ? null : totals.regionCurrent - expectedTotal,
    industries,
  };
}
