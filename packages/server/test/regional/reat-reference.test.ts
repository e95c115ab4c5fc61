/**
 * REAT 3.0.3 (Wieland) results in shared/reference/reat, reproduced by packages/core/src/regional.
 * REAT's README gives no tolerance; its values are printed with 15 significant digits, so computed values
 * are compared to a relative 1e-9, and values copied from man-page comments ("documented") to half a unit
 * of their last printed digit. REAT's spec()/conc() "H" column is the Hoover coefficient (see its source),
 * not Herfindahl as the folder README says; the test compares it with hooverCoefficient.
 */
import {
  dunnShiftShare,
  equivalentNumber,
  estebanMarquillasShiftShare,
  gerfinShiftShare,
  giniCoefficient,
  herfindahl,
  hooverCoefficient,
  krugmanAgainstOthers,
  krugmanIndex,
  locationQuotient,
  locationQuotientVector,
  normalisedGini,
  normalisedHerfindahl,
  regionIndustryMatrix,
  selfReferencedEconomy,
  specialisationReport,
  type ShiftShareInput,
} from '@observatory/core';
import { describe, expect, it } from 'vitest';
import {
  expectClose,
  expectRelativelyClose,
  printedTolerance,
  readReferenceCsv,
  readReferenceJson,
} from './reference-files.ts';

const relative = 1e-9;

type Components = Record<string, number>;
interface FarhauerKroell {
  inputs: Record<string, number[]>;
  results: Record<string, { components: Components } | Record<string, number[]>>;
}
const farhauerKroell = readReferenceJson<FarhauerKroell>('reat/reat_shiftshare_farhauer_kroell.json');
const freiburg = readReferenceJson<{ results: Record<'Dunn' | 'Esteban' | 'Gerfin', Components> }>(
  'reat/reat_shiftshare_freiburg.json',
);
const concentrationSpecialisation = readReferenceJson<{
  documented: Record<string, number>;
  computed: Record<string, number | number[]>;
  inputs: { gdp_16_german_regions_2015: number[] };
}>('reat/reat_concentration_specialization.json');
const germany = readReferenceJson<{
  concentration_by_industry: Record<string, Record<'H i' | 'G i' | 'K i', number>>;
  specialization_by_region: Record<string, Record<'H j' | 'G j' | 'K j', number>>;
}>('reat/reat_conc_spec_germany.json');

const components = (key: string) => (farhauerKroell.results[key] as { components: Components }).components;

function expectDunn(input: ShiftShareInput, expected: Components) {
  const dunn = dunnShiftShare(input);
  expectRelativelyClose(dunn.growth, expected['Growth (t1-t)']!, relative, 'growth');
  expectRelativelyClose(dunn.nationalShare, expected['National share']!, relative, 'national share');
  expectRelativelyClose(dunn.industrialMix, expected['Industrial mix']!, relative, 'industrial mix');
  expectRelativelyClose(dunn.regionalShare, expected['Regional share']!, relative, 'regional share');
  expectRelativelyClose(dunn.netTotalShift, expected['Net total shift']!, relative, 'net total shift');
}

function expectEsteban(input: ShiftShareInput, expected: Components) {
  const em = estebanMarquillasShiftShare(input);
  expectRelativelyClose(em.growth, expected['Growth (t1-t)']!, relative, 'growth');
  expectRelativelyClose(em.nationalShare, expected['National share']!, relative, 'national share');
  expectRelativelyClose(em.industrialMix, expected['Industrial mix']!, relative, 'industrial mix');
  expectRelativelyClose(em.competitiveEffect, expected['Regional share']!, relative, 'competitive effect');
  expectRelativelyClose(em.allocationEffect, expected['Allocation effect']!, relative, 'allocation effect');
  expect(em.undefinedIndustries).toEqual([]);
}

function expectGerfin(input: ShiftShareInput, expected: Components) {
  const gerfin = gerfinShiftShare(input);
  expectClose(gerfin.industrialMix, expected['Industrial mix']!, relative, 'industrial mix');
  expectClose(gerfin.regionalShare, expected['Regional share']!, relative, 'regional share');
  expectClose(gerfin.netTotalShift, expected['Net total shift']!, relative, 'net total shift');
}

describe('REAT shift(): Farhauer & Kröll textbook example (regions A, B, C; nation X = their sum)', () => {
  const { inputs } = farhauerKroell;
  const input = (region: string): ShiftShareInput => ({
    regionBase: inputs[`${region}_t`]!,
    regionCurrent: inputs[`${region}_t1`]!,
    referenceBase: inputs.nation_t!,
    referenceCurrent: inputs.nation_t1!,
  });
  it.each(['A', 'B', 'C'])('region %s: Dunn, Esteban-Marquillas and Gerfin components', (region) => {
    expectDunn(input(region), components(`${region}_Dunn`));
    expectEsteban(input(region), components(`${region}_Esteban`));
    expectGerfin(input(region), components(`${region}_Gerfin`));
  });

  it.each(['A', 'B', 'C'])('region %s: shift.growth() per industry (absolute growth is the Dunn growth)', (region) => {
    const growth = farhauerKroell.results[`${region}_growth`] as Record<string, number[]>;
    const dunn = dunnShiftShare(input(region));
    expect(dunn.industries.map((industry) => industry.growth)).toEqual(growth.e_ij_growth_abs);
  });
});

describe('REAT shift(): Freiburg against Germany 2008 → 2014', () => {
  const rows = readReferenceCsv('reat/Freiburg.csv');
  const column = (name: string) => rows.map((row) => Number(row[name]));
  const input: ShiftShareInput = {
    regionBase: column('e_Freiburg2008'),
    regionCurrent: column('e_Freiburg2014'),
    referenceBase: column('e_Germany2008'),
    referenceCurrent: column('e_Germany2014'),
  };
  it('Dunn, Esteban-Marquillas and Gerfin', () => {
    expect(rows).toHaveLength(9);
    expectDunn(input, freiburg.results.Dunn);
    expectEsteban(input, freiburg.results.Esteban);
    expectGerfin(input, freiburg.results.Gerfin);
  });
});

describe('REAT concentration and specialisation examples', () => {
  const { documented, computed, inputs } = concentrationSpecialisation;
  const sales = [20, 50, 20, 10];
  const goettingen = readReferenceCsv('reat/Goettingen.csv');
  const goettingen2017 = goettingen.map((row) => Number(row.Goettingen2017));
  const germany2017 = goettingen.map((row) => Number(row.BRD2017));
  const [goettingenTotal, germanyTotal] = [goettingen2017[0]!, germany2017[0]!];
  const [goettingenIndustries, germanyIndustries] = [goettingen2017.slice(1, 16), germany2017.slice(1, 16)];

  it('locq, herf (plain, coefnorm, equivalent number), krugman.spec, gini.spec: computed values', () => {
    expectClose(
      locationQuotient(1714, 79006, 879213, 15593224),
      computed.locq_1714_79006_879213_15593224 as number,
      relative,
    );
    expectClose(herfindahl(sales), computed.herf_sales as number, relative);
    expectClose(normalisedHerfindahl(sales), computed.herf_sales_coefnorm as number, relative);
    expectClose(equivalentNumber(sales), computed.herf_sales_eq as number, relative);
    expectClose(herfindahl(inputs.gdp_16_german_regions_2015), computed.herf_gdp as number, relative);
    expectClose(krugmanIndex([20, 10, 70, 0, 0], [0, 0, 0, 60, 40]), computed.krugman_spec_simple as number, relative);
    expectClose(
      krugmanIndex(goettingenIndustries, germanyIndustries),
      computed.krugman_spec_Goettingen2017 as number,
      relative,
    );
  });

  it('the same, against the values documented in the man pages', () => {
    const checks: [string, number | null][] = [
      ['locq_1714_79006_879213_15593224', locationQuotient(1714, 79006, 879213, 15593224)],
      ['herf_sales_20_50_20_10', herfindahl(sales)],
      ['herf_sales_coefnorm', normalisedHerfindahl(sales)],
      ['herf_sales_eq', equivalentNumber(sales)],
      ['herf_gdp_16_german_regions_2015', herfindahl(inputs.gdp_16_german_regions_2015)],
      ['krugman_spec_E_ij_20_10_70_0_0_vs_E_il_0_0_0_60_40', krugmanIndex([20, 10, 70, 0, 0], [0, 0, 0, 60, 40])],
      ['krugman_spec_Goettingen2017_vs_BRD2017', krugmanIndex(goettingenIndustries, germanyIndustries)],
      [
        'gini_spec_Goettingen2017',
        giniCoefficient(locationQuotientVector(goettingenIndustries, germanyIndustries) as number[]),
      ],
    ];
    expect(checks.map(([key]) => key).sort()).toEqual(Object.keys(documented).sort());
    for (const [key, actual] of checks) expectClose(actual, documented[key]!, printedTolerance(documented[key]!), key);
  });

  it('Göttingen 2017 location quotients against Germany (totals from the "A-R Insgesamt" row)', () => {
    const expected = computed.locq_Goettingen2017 as number[];
    expect(expected).toHaveLength(15);
    goettingenIndustries.forEach((value, i) =>
      expectClose(
        locationQuotient(value, goettingenTotal, germanyIndustries[i]!, germanyTotal),
        expected[i]!,
        relative,
        goettingen[i + 1]!.WZ2008_Code,
      ),
    );
  });

  it('gini, hoover, gini.spec, gini.conc, krugman.spec2, krugman.conc2 (reat_examples_transcript.txt)', () => {
    const gdp = inputs.gdp_16_german_regions_2015;
    const pop = [
      10879618, 12843514, 3520031, 2484826, 671489, 1787408, 6176172, 1612362, 7926599, 17865516, 4052803, 995597,
      4084851, 2245470, 2858714, 2170714,
    ];
    expectClose(giniCoefficient(sales), 0.3, relative);
    expectClose(normalisedGini(sales), 0.4, relative);
    expectClose(giniCoefficient(gdp), 0.500934845830992, relative);
    const cars = readReferenceCsv('reat/Automotive.csv').map((row) => Number(row.Quantity2014_car));
    expectClose(giniCoefficient(cars), 0.435141828236814, relative);
    expectClose(hooverCoefficient(gdp, pop), 0.0735899088866528, relative);
    const giniOfLq = (region: number[], reference: number[]) =>
      giniCoefficient(locationQuotientVector(region, reference) as number[]);
    expectClose(
      giniOfLq([700, 600, 500, 10000, 40000], [30000, 15000, 10000, 60000, 50000]),
      0.622222222222222,
      relative,
    );
    const industryLq = [500, 500, 1000, 7000, 1000].map((value, r) =>
      locationQuotient(value, [20000, 15000, 20000, 40000, 5000][r]!, 10000, 100000),
    );
    expectClose(giniCoefficient(industryLq as number[]), 0.406896551724138, relative);
    const sweden = [45000, 15000, 32000, 10000, 30000];
    const nordics = [
      [35000, 12000, 30000, 8000, 22000],
      [40000, 10000, 25000, 9000, 18000],
      [30000, 11000, 18000, 3000, 13000],
      [40000, 6000, 11000, 2000, 12000],
    ];
    expectClose(krugmanAgainstOthers(sweden, nordics), 0.159501792268597, relative);
    const mining = [4320, 7811, 3900, 2300, 47560];
    const industries = [
      [20000, 11000, 31000, 8000, 20000],
      [40000, 10000, 25000, 9000, 16000],
      [10000, 11000, 14000, 14000, 13000],
      [7000, 7500, 11000, 1500, 36000],
    ];
    expectClose(krugmanAgainstOthers(mining, industries), 0.861932135776099, relative);
  });
});

describe('REAT conc() and spec(): 16 German Länder × 17 WZ08 sections, employment 2015', () => {
  const rows = readReferenceCsv('reat/G_regions_industries.csv');
  const regions = [...new Set(rows.map((row) => row.region_code!))].sort();
  const industries = [...new Set(rows.map((row) => row.ind_code!))].sort();
  const cell = new Map(rows.map((row) => [`${row.region_code}|${row.ind_code}`, Number(row.emp_all)]));
  const matrix = regionIndustryMatrix(
    regions,
    industries,
    regions.map((region) => industries.map((industry) => cell.get(`${region}|${industry}`)!)),
  );
  const report = specialisationReport(selfReferencedEconomy(matrix));

  it('specialisation of regions: H j (Hoover), G j (Gini of LQs), K j (Krugman against the other regions)', () => {
    expect(Object.keys(germany.specialization_by_region)).toEqual(regions);
    for (const region of report.regions) {
      const expected = germany.specialization_by_region[region.region]!;
      expectClose(region.hoover, expected['H j'], relative, `${region.region} H`);
      expectClose(region.lqGini, expected['G j'], relative, `${region.region} G`);
      expectClose(region.krugmanAgainstOtherRegions, expected['K j'], relative, `${region.region} K`);
    }
  });

  it('concentration of industries: H i (Hoover), G i (Gini of LQs), K i (Krugman against the other industries)', () => {
    expect(Object.keys(germany.concentration_by_industry)).toEqual(industries);
    for (const industry of report.industries) {
      const expected = germany.concentration_by_industry[industry.industry]!;
      expectClose(industry.hoover, expected['H i'], relative, `${industry.industry} H`);
      expectClose(industry.lqGini, expected['G i'], relative, `${industry.industry} G`);
      expectClose(industry.krugmanAgainstOtherIndustries, expected['K i'], relative, `${industry.industry} K`);
    }
  });
});
