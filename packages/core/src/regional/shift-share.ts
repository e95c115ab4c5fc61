/**
 * Shift-share analysis of every region of a base and a current matrix against a reference economy: the
 * Dunn, Esteban-Marquillas and Gerfin decompositions (see their files) side by side. The two matrices must
 * hold the same regions and industries (order may differ: the current one is read in the base's order).
 * The reference is the regions' column sums in each period, or the row named `referenceRegion` in both.
 */
import { RegionalDataError, splitReferenceRow, type RegionIndustryMatrix } from './matrix.ts';
import { dunnShiftShare, type DunnShiftShare } from './shift-share-dunn.ts';
import { estebanMarquillasShiftShare, type EstebanMarquillasShiftShare } from './shift-share-esteban-marquillas.ts';
import { gerfinShiftShare, type GerfinShiftShare } from './shift-share-gerfin.ts';

export interface RegionShiftShare {
  region: string;
  dunn: DunnShiftShare;
  estebanMarquillas: EstebanMarquillasShiftShare;
  gerfin: GerfinShiftShare;
}

export interface ShiftShareAnalysis {
  industries: string[];
  /** The row used as the reference economy, or null for the sum of the regions. */
  referenceRegion: string | null;
  referenceBase: number[];
  referenceCurrent: number[];
  regions: RegionShiftShare[];
}

function firstMissing(names: readonly string[], among: readonly string[]): string | undefined {
  const present = new Set(among);
  return names.find((name) => !present.has(name));
}

/** The current matrix in the base's region and industry order; throws naming the first mismatch. */
export function alignToBase(base: RegionIndustryMatrix, current: RegionIndustryMatrix): RegionIndustryMatrix {
  for (const [what, a, b] of [
    ['地区 region', base.regions, current.regions],
    ['行业 industry', base.industries, current.industries],
  ] as const) {
    const onlyBase = firstMissing(a, b);
    const onlyCurrent = firstMissing(b, a);
    if (onlyBase !== undefined || onlyCurrent !== undefined || a.length !== b.length)
      throw new RegionalDataError(
        onlyBase !== undefined
          ? `${what} "${onlyBase}" 在基期有、在报告期没有 (present in the base matrix, missing from the current one)`
          : `${what} "${onlyCurrent ?? ''}" 在报告期有、在基期没有 (present in the current matrix, missing from the base one)`,
      );
  }
  const rowOf = new Map(current.regions.map((region, r) => [region, current.values[r]!]));
  const columnOf = new Map(current.industries.map((industry, i) => [industry, i]));
  return {
    regions: base.regions,
    industries: base.industries,
    values: base.regions.map((region) =>
      base.industries.map((industry) => rowOf.get(region)![columnOf.get(industry)!]!),
    ),
  };
}

export function shiftShareByRegion(
  base: RegionIndustryMatrix,
  current: RegionIndustryMatrix,
  referenceRegion?: string,
): ShiftShareAnalysis {
  const baseEconomy = splitReferenceRow(base, referenceRegion);
  const currentEconomy = splitReferenceRow(alignToBase(base, current), referenceRegion);
  const regions = baseEconomy.matrix.regions.map((region, r): RegionShiftShare => {
    const input = {
      regionBase: baseEconomy.matrix.values[r]!,
      regionCurrent: currentEconomy.matrix.values[r]!,
      referenceBase: baseEconomy.reference,
      referenceCurrent: currentEconomy.reference,
    };
    return {
      region,
      dunn: dunnShiftShare(input),
      estebanMarquillas: estebanMarquillasShiftShare(input),
      gerfin: gerfinShiftShare(input),
    };
  });
  return {
    industries: [...base.industries],
    referenceRegion: referenceRegion ?? null,
    referenceBase: [...baseEconomy.reference],
    referenceCurrent: [...currentEconomy.reference],
    regions,
  };
}
