/**
 * Every static regional measure of one matrix in one object, as `observatory analyze specialization` prints
 * it: per region its specialisation, per industry its spatial concentration, and the LQ matrix. Each field
 * names the measure and the peer that computes the same number (see the measure's file for conventions):
 * region: krugman (EconGeo krugman_index), hoover (= EconGeo spec_coeff = REAT spec() "H j"),
 *   krugmanAgainstOtherRegions (REAT spec() "K j"), lqGini (REAT gini.spec, spec() "G j"), hachman,
 *   herfindahl (EconGeo herfindahl), normalisedHerfindahl and equivalentNumber (REAT herf), entropy,
 *   diversity (number of industries with LQ ≥ 1);
 * industry: hoover against the region totals (REAT conc() "H i"), lqGini (REAT gini.conc, conc() "G i"),
 *   krugmanAgainstOtherIndustries (REAT conc() "K i"), locationalGini (EconGeo locational_gini),
 *   herfindahl over regions, top region and its share, CR-n, ubiquity (regions with LQ ≥ 1).
 */
import { concentrationRatio, equivalentNumber, herfindahl, normalisedHerfindahl, topShare } from './concentration.ts';
import { diversity, ubiquity } from './diversity-ubiquity.ts';
import { shannonEntropy } from './entropy.ts';
import { giniCoefficient, hooverCoefficient, locationalGini } from './inequality.ts';
import { binaryLocationQuotients, locationQuotients } from './location-quotient.ts';
import { industryColumn, regionTotals, vectorSum, type RegionalEconomy } from './matrix.ts';
import { hachmanIndex, krugmanAgainstOthers, krugmanIndex } from './specialisation.ts';

export interface RegionSpecialisation {
  region: string;
  total: number;
  krugman: number | null;
  hoover: number | null;
  krugmanAgainstOtherRegions: number | null;
  lqGini: number | null;
  hachman: number | null;
  herfindahl: number | null;
  normalisedHerfindahl: number | null;
  equivalentNumber: number | null;
  entropy: number | null;
  diversity: number;
}

export interface IndustryConcentration {
  industry: string;
  total: number;
  referenceTotal: number;
  hoover: number | null;
  lqGini: number | null;
  krugmanAgainstOtherIndustries: number | null;
  locationalGini: number | null;
  herfindahl: number | null;
  topRegion: string | null;
  topShare: number | null;
  concentrationRatio: number | null;
  ubiquity: number;
}

export interface SpecialisationReport {
  /** The row used as the reference economy, or null for the sum of the regions. */
  referenceRegion: string | null;
  /** n of the concentration ratio CR-n reported per industry. */
  concentrationRatioN: number;
  regions: RegionSpecialisation[];
  industries: IndustryConcentration[];
  locationQuotients: { regions: string[]; industries: string[]; values: (number | null)[][] };
}

const definedOnly = (values: readonly (number | null)[]) => values.filter((value) => value !== null);

export function specialisationReport(
  economy: RegionalEconomy,
  options: { referenceRegion?: string | null; concentrationRatioN?: number } = {},
): SpecialisationReport {
  const { matrix, reference } = economy;
  const n = options.concentrationRatioN ?? 3;
  const lq = locationQuotients(economy);
  const binary = binaryLocationQuotients(lq);
  const [totals, diversities, ubiquities] = [regionTotals(matrix), diversity(binary), ubiquity(binary)];
  const regions = matrix.regions.map((region, r): RegionSpecialisation => {
    const row = matrix.values[r]!;
    return {
      region,
      total: totals[r]!,
      krugman: krugmanIndex(row, reference),
      hoover: hooverCoefficient(row, reference),
      krugmanAgainstOtherRegions: krugmanAgainstOthers(
        row,
        matrix.values.filter((_, other) => other !== r),
      ),
      lqGini: giniCoefficient(definedOnly(lq[r]!)),
      hachman: hachmanIndex(row, reference),
      herfindahl: herfindahl(row),
      normalisedHerfindahl: normalisedHerfindahl(row),
      equivalentNumber: equivalentNumber(row),
      entropy: shannonEntropy(row),
      diversity: diversities[r]!,
    };
  });
  const columns = matrix.industries.map((_, i) => industryColumn(matrix, i));
  const industries = matrix.industries.map((industry, i): IndustryConcentration => {
    const column = columns[i]!;
    const top = vectorSum(column) > 0 ? column.indexOf(Math.max(...column)) : -1;
    return {
      industry,
      total: vectorSum(column),
      referenceTotal: reference[i]!,
      hoover: hooverCoefficient(column, totals),
      lqGini: giniCoefficient(definedOnly(lq.map((row) => row[i]!))),
      krugmanAgainstOtherIndustries: krugmanAgainstOthers(
        column,
        columns.filter((_, other) => other !== i),
      ),
      locationalGini: locationalGini(column, totals),
      herfindahl: herfindahl(column),
      topRegion: top < 0 ? null : matrix.regions[top]!,
      topShare: topShare(column),
      concentrationRatio: concentrationRatio(column, n),
      ubiquity: ubiquities[i]!,
    };
  });
  return {
    referenceRegion: options.referenceRegion ?? null,
    concentrationRatioN: n,
    regions,
    industries,
    locationQuotients: { regions: [...matrix.regions], industries: [...matrix.industries], values: lq },
  };
}
