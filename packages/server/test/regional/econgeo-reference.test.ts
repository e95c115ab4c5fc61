/**
 * EconGeo 2.1 (Balland) results in shared/reference/econgeo, reproduced by packages/core/src/regional.
 * Tolerance (econgeo/README.md): 1e-12, or 0.005 where EconGeo rounds inside the function (rca 2 dp,
 * entropy 3 dp, hoover_index ×100 at 2 dp, gini 3 dp, hoover_gini 3 dp).
 */
import {
  binaryLocationQuotients,
  diversity,
  giniCoefficient,
  hachmanIndex,
  herfindahl,
  hooverCoefficient,
  industryColumn,
  krugmanIndex,
  locationalGini,
  locationQuotients,
  lorenzGini,
  regionIndustryMatrix,
  regionTotals,
  selfReferencedEconomy,
  shannonEntropy,
  specialisationCoefficient,
  ubiquity,
  type RegionIndustryMatrix,
} from '@observatory/core';
import { describe, expect, it } from 'vitest';
import { expectClose, readReferenceJson, type ReferenceMatrix } from './reference-files.ts';

const exact = 1e-12;
const rounded = 0.005;

interface SpecialisationFile {
  matrices: Record<'matA' | 'matB', ReferenceMatrix>;
  results: Record<string, ReferenceMatrix | Record<string, number | null>>;
}
interface HooverGiniFile {
  inputs: { ind: number[]; pop: number[]; matH: ReferenceMatrix; matG: ReferenceMatrix };
  results: Record<string, number | Record<string, number | null>>;
}

const specialisation = readReferenceJson<SpecialisationFile>('econgeo/econgeo_specialization.json');
const hooverGini = readReferenceJson<HooverGiniFile>('econgeo/econgeo_hoover_gini.json');

const toMatrix = (m: ReferenceMatrix): RegionIndustryMatrix =>
  regionIndustryMatrix(m.rows, m.cols, m.data as number[][]);
const matrices = { matA: toMatrix(specialisation.matrices.matA), matB: toMatrix(specialisation.matrices.matB) };
const matrixResult = (key: string) => specialisation.results[key] as ReferenceMatrix;
const namedResult = (key: string) => specialisation.results[key] as Record<string, number | null>;

function expectMatrix(actual: (number | null)[][], expected: ReferenceMatrix, tolerance: number, label: string) {
  expect(actual).toHaveLength(expected.data.length);
  expected.data.forEach((row, r) =>
    row.forEach((value, i) => expectClose(actual[r]![i]!, value, tolerance, `${label} [${r},${i}]`)),
  );
}

function expectNamed(names: string[], actual: (number | null)[], expected: Record<string, number | null>, tol: number) {
  expect(Object.keys(expected)).toEqual(names);
  names.forEach((name, k) => expectClose(actual[k]!, expected[name]!, tol, name));
}

describe('EconGeo location quotient and RCA', () => {
  it.each(['matA', 'matB'] as const)('location_quotient(%s) and its binary form (LQ = 1 counts as 1)', (name) => {
    const lq = locationQuotients(selfReferencedEconomy(matrices[name]));
    expectMatrix(lq, matrixResult(`location_quotient_${name}`), exact, 'lq');
    expectMatrix(binaryLocationQuotients(lq), matrixResult(`location_quotient_${name}_binary`), 0, 'binary');
  });

  it('rca(matB) rounded to 2 dp, binary, and diversity / ubiquity with rca = TRUE', () => {
    const rca = locationQuotients(selfReferencedEconomy(matrices.matB));
    expectMatrix(rca, matrixResult('rca_matB_rounded2'), rounded, 'rca');
    const binary = binaryLocationQuotients(rca);
    expectMatrix(binary, matrixResult('rca_matB_binary'), 0, 'rca binary');
    expectNamed(matrices.matB.regions as string[], diversity(binary), namedResult('diversity_matB_rca'), 0);
    expectNamed(matrices.matB.industries as string[], ubiquity(binary), namedResult('ubiquity_matB_rca'), 0);
  });
});

describe('EconGeo specialisation of regions', () => {
  const perRegion = (
    m: RegionIndustryMatrix,
    measure: (row: readonly number[], reference: readonly number[]) => number | null,
  ) => {
    const { reference } = selfReferencedEconomy(m);
    return m.values.map((row) => measure(row, reference));
  };
  it.each([
    ['herfindahl', (row: readonly number[]) => herfindahl(row), exact],
    ['krugman_index', krugmanIndex, exact],
    ['spec_coeff', specialisationCoefficient, exact],
    ['hachman', hachmanIndex, exact],
  ] as const)('%s on matA and matB', (key, measure, tolerance) => {
    for (const name of ['matA', 'matB'] as const)
      expectNamed(
        matrices[name].regions as string[],
        perRegion(matrices[name], measure),
        namedResult(`${key}_${name}`),
        tolerance,
      );
  });

  it('entropy(matB), rounded to 3 dp upstream', () => {
    expectNamed(
      matrices.matB.regions as string[],
      matrices.matB.values.map((row) => shannonEntropy(row)),
      namedResult('entropy_matB_rounded3'),
      rounded,
    );
  });

  it.each(['matA', 'matB'] as const)('locational_gini(%s)', (name) => {
    const m = matrices[name];
    const totals = regionTotals(m);
    expectNamed(
      m.industries as string[],
      m.industries.map((_, i) => locationalGini(industryColumn(m, i), totals)),
      namedResult(`locational_gini_${name}`),
      exact,
    );
  });
});

describe('EconGeo Hoover index and Gini', () => {
  const { ind, pop, matH, matG } = hooverGini.inputs;
  const percent = (value: number | null) => (value === null ? null : value * 100);
  const results = hooverGini.results;

  it('hoover_index (×100, 2 dp upstream) of a vector, of each industry and of the region totals', () => {
    expectClose(percent(hooverCoefficient(ind, pop)), results.hoover_index_ind_pop as number, rounded, 'ind');
    const h = toMatrix(matH);
    expectNamed(
      matH.cols,
      matH.cols.map((_, i) => percent(hooverCoefficient(industryColumn(h, i), pop))),
      results.hoover_index_matH_pop as Record<string, number | null>,
      rounded,
    );
    expectClose(
      percent(hooverCoefficient(regionTotals(h), pop)),
      results.hoover_index_rowSums_matH_pop as number,
      rounded,
      'rowSums',
    );
  });

  it('gini (3 dp upstream) of a vector, of each industry (all-zero industry: NaN → null) and of the totals', () => {
    expectClose(giniCoefficient(ind), results.gini_ind as number, rounded, 'ind');
    const g = toMatrix(matG);
    expectNamed(
      matG.cols,
      matG.cols.map((_, i) => giniCoefficient(industryColumn(g, i))),
      results.gini_matG as Record<string, number | null>,
      rounded,
    );
    expectClose(giniCoefficient(regionTotals(g)), results.gini_rowSums_matG as number, rounded, 'rowSums');
  });

  it('hoover_gini (3 dp upstream; values from econgeo_examples_transcript.txt, hoover_gini.Rd)', () => {
    const h = toMatrix(matH);
    expectClose(lorenzGini(ind, pop), 0.31, rounded, 'ind');
    const transcript = [null, 0, 0.7, 0.475];
    transcript.forEach((value, i) => expectClose(lorenzGini(industryColumn(h, i), pop), value, rounded, `I${i + 1}`));
    expectClose(lorenzGini(regionTotals(h), pop), 0.015, rounded, 'rowSums');
  });
});
