/**
 * Esteban-Marquillas (1972) extension of the shift-share (REAT shift(..., shift.method = "Esteban")): the
 * national share and industrial mix are Dunn's; Dunn's regional share is split with the homothetic base
 * h_i = R1 · n1_i / N1 (the region's base total spread like the nation's) and d_i = r2_i/r1_i − n2_i/n1_i:
 *   competitive effect  C_i = h_i · d_i           REAT's "Regional share" under this method
 *   allocation effect   A_i = (r1_i − h_i) · d_i  specialisation in the industries where it is competitive
 *   C_i + A_i = Dunn's RS_i.
 * d_i needs the region's own growth rate. Convention: an industry absent from the region in both periods
 * (r1_i = r2_i = 0) has d_i = 0; one that appears (r1_i = 0 < r2_i) has no rate, its C_i and A_i are null
 * and so are the totals; its index is listed in `undefinedIndustries` (REAT gives NaN in both cases), as is
 * that of an industry with a zero reference base.
 */
import { dunnShiftShare } from './shift-share-dunn.ts';
import { growthFactor, shiftShareTotals, sumOrNull, type ShiftShareInput } from './shift-share-input.ts';

export interface EstebanMarquillasIndustry {
  homotheticBase: number | null;
  competitiveEffect: number | null;
  allocationEffect: number | null;
}

export interface EstebanMarquillasShiftShare {
  growth: number;
  nationalShare: number | null;
  industrialMix: number | null;
  competitiveEffect: number | null;
  allocationEffect: number | null;
  industries: EstebanMarquillasIndustry[];
  /** Indices of industries where the split is undefined: new to the region, or a zero reference base. */
  undefinedIndustries: number[];
}

/** r2_i/r1_i − n2_i/n1_i; 0 when the region has neither; null when a rate is undefined. */
function growthDifferential(input: ShiftShareInput, i: number): number | null {
  const [regionBase, regionCurrent] = [input.regionBase[i]!, input.regionCurrent[i]!];
  if (regionBase === 0 && regionCurrent === 0) return 0;
  const regionFactor = growthFactor(regionBase, regionCurrent);
  const referenceFactor = growthFactor(input.referenceBase[i]!, input.referenceCurrent[i]!);
  return regionFactor === null || referenceFactor === null ? null : regionFactor - referenceFactor;
}

export function estebanMarquillasShiftShare(input: ShiftShareInput): EstebanMarquillasShiftShare {
  const dunn = dunnShiftShare(input);
  const totals = shiftShareTotals(input);
  const undefinedIndustries: number[] = [];
  const industries = input.regionBase.map((regionBase, i): EstebanMarquillasIndustry => {
    const homotheticBase =
      totals.referenceBase === 0 ? null : (totals.regionBase * input.referenceBase[i]!) / totals.referenceBase;
    const differential = growthDifferential(input, i);
    if (homotheticBase === null || differential === null) {
      undefinedIndustries.push(i);
      return { homotheticBase, competitiveEffect: null, allocationEffect: null };
    }
    return {
      homotheticBase,
      competitiveEffect: homotheticBase * differential,
      allocationEffect: (regionBase - homotheticBase) * differential,
    };
  });
  return {
    growth: dunn.growth,
    nationalShare: dunn.nationalShare,
    industrialMix: dunn.industrialMix,
    competitiveEffect: sumOrNull(industries.map((industry) => industry.competitiveEffect)),
    allocationEffect: sumOrNull(industries.map((industry) => industry.allocationEffect)),
    industries,
    undefinedIndustries,
  };
}
