/**
 * EconGeo 2.1 relatedness and complexity results in shared/reference/econgeo (econgeo_relatedness.json,
 * econgeo_complexity.json), reproduced by packages/core/src/regional. Tolerance (econgeo/README.md): 1e-12,
 * 0.005 for relatedness density (EconGeo rounds it to 2 dp). Where EconGeo writes 0 for 0/0 we give null;
 * these reference inputs have no such cell.
 */
import {
  binaryLocationQuotients,
  economicComplexity,
  locationQuotients,
  methodOfReflections,
  regionIndustryMatrix,
  relatedness,
  relatednessDensity,
  selfReferencedEconomy,
  type RelatednessMethod,
} from '@observatory/core';
import { describe, expect, it } from 'vitest';
import { expectClose, readReferenceJson, type ReferenceMatrix } from './reference-files.ts';

const exact = 1e-12;

const related = readReferenceJson<{
  inputs: Record<'cooc' | 'region_industry_binary' | 'relatedness_binary', ReferenceMatrix>;
  results: Record<string, ReferenceMatrix>;
}>('econgeo/econgeo_relatedness.json');
const complexity = readReferenceJson<{
  inputs: Record<'matHH' | 'matK' | 'matM', ReferenceMatrix>;
  results: Record<string, number[] | Record<string, number>>;
}>('econgeo/econgeo_complexity.json');

function expectMatrix(actual: (number | null)[][], expected: ReferenceMatrix, tolerance: number, label: string) {
  expect(actual).toHaveLength(expected.data.length);
  expected.data.forEach((row, r) =>
    row.forEach((value, i) => expectClose(actual[r]![i]!, value, tolerance, `${label} [${r},${i}]`)),
  );
}

function expectNamed(
  names: string[],
  values: (number | null)[] | null,
  expected: Record<string, number>,
  label: string,
) {
  expect(names, label).toEqual(Object.keys(expected));
  names.forEach((name, k) => expectClose(values![k]!, expected[name]!, exact, `${label} ${name}`));
}

describe('EconGeo relatedness', () => {
  const cooc = related.inputs.cooc.data as number[][];
  it.each<[RelatednessMethod, string]>([
    ['prob', 'relatedness_prob'],
    ['association', 'relatedness_association'],
    ['cosine', 'relatedness_cosine'],
    ['jaccard', 'relatedness_jaccard'],
  ])('relatedness(method = "%s")', (method, key) => {
    expectMatrix(relatedness(cooc, method), related.results[key]!, exact, method);
  });

  it('relatedness_density (×100, 2 dp upstream)', () => {
    const density = relatednessDensity(
      related.inputs.region_industry_binary.data as number[][],
      related.inputs.relatedness_binary.data as number[][],
    );
    expectMatrix(density, related.results.relatedness_density!, 0.005, 'density');
  });
});

describe('EconGeo complexity: method of reflections and eigenvector indices', () => {
  const input = (m: ReferenceMatrix, binary = m.data as number[][]) => ({
    regions: m.rows,
    industries: m.cols,
    binary,
  });
  const hh = input(complexity.inputs.matHH);
  const matK = complexity.inputs.matK;
  const kEconomy = selfReferencedEconomy(regionIndustryMatrix(matK.rows, matK.cols, matK.data as number[][]));
  const kBinary = binaryLocationQuotients(locationQuotients(kEconomy)).map((row) => row.map((cell) => cell ?? 0));
  const k = input(matK, kBinary);
  const named = (key: string) => complexity.results[key] as Record<string, number>;

  it('morc and mort on the Hidalgo–Hausmann toy network at steps 0, 1, 2 and 20', () => {
    for (const steps of [0, 1, 2, 20]) {
      const result = methodOfReflections(hh, steps);
      expectNamed(result.regions, result.regionComplexity, named(`morc_matHH_steps${steps}`), `morc ${steps}`);
    }
    // "mort_matHH_steps20" is mort(mat) at its default, which is 19 steps (the transcript shows the call).
    for (const [key, steps] of [
      ['mort_matHH_steps1', 1],
      ['mort_matHH_steps20', 19],
    ] as const) {
      const result = methodOfReflections(hh, steps);
      expectNamed(result.industries, result.industryComplexity, named(key), key);
    }
  });

  it('morc with rca = TRUE (binary LQ, LQ = 1 counts) and on a matrix with empty regions (dropped)', () => {
    for (const steps of [1, 20]) {
      const result = methodOfReflections(k, steps);
      expectNamed(result.regions, result.regionComplexity, named(`morc_matK_rca_steps${steps}`), `matK ${steps}`);
    }
    const m = methodOfReflections(input(complexity.inputs.matM), 2);
    expectNamed(m.regions, m.regionComplexity, named('morc_matM_steps2'), 'matM');
  });

  it('kci and tci (eigenvector / its sum, sign aligned with the reflections)', () => {
    const toy = economicComplexity(hh);
    (complexity.results.kci_matHH as number[]).forEach((value, r) =>
      expectClose(toy.regions.values![r]!, value, exact, `kci ${r}`),
    );
    (complexity.results.tci_matHH as number[]).forEach((value, i) =>
      expectClose(toy.industries.values![i]!, value, exact, `tci ${i}`),
    );
    const rca = economicComplexity(k);
    (complexity.results.kci_matK_rca as number[]).forEach((value, r) =>
      expectClose(rca.regions.values![r]!, value, exact, `kci rca ${r}`),
    );
    // tci(mat, rca = TRUE) on the same matrix, from econgeo_examples_transcript.txt (tci.Rd).
    [-0.59745983315283, -0.258718659933753, 1.144335111288397, 0.711843381798185].forEach((value, i) =>
      expectClose(rca.industries.values![i]!, value, exact, `tci rca ${i}`),
    );
  });
});
