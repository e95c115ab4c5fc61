/**
 * Compind 3.4 on its EU_NUTS1 data (columns 2 and 3, roads and trains, polarity NEG and POS): normalise_ci
 * z-scores (mean 100, sd 10, sample sd), min-max (method 2) and ranks (method 3, ties "average"), and the
 * Mazziotta–Pareto index ci_mpi with penalty NEG and POS over the standardised values (sample dispersion).
 */
import { aggregateGroup, normaliseValues, type AggregateMethod, type NormaliseMethod } from '@observatory/core';
import { describe, expect, it } from 'vitest';
import { compindDir, difference, expectedValue, referenceGrid } from './reference-files.ts';

const [dataHeader = [], ...dataRows] = referenceGrid(`${compindDir}EU_NUTS1.csv`);
const [expectedHeader = [], ...expectedRows] = referenceGrid(`${compindDir}expected_EU_NUTS1_normalise_mpi.csv`);
const units = dataRows.map((row) => String(row[0]));
const column = (index: number) => dataRows.map((row) => expectedValue(row[index] ?? null));
const expectedColumn = (name: string) => {
  const index = expectedHeader.indexOf(name);
  if (index < 0) throw new Error(`no column ${name} in the Compind reference`);
  return expectedRows.map((row) => expectedValue(row[index] ?? null));
};
const roads = { values: column(1), direction: -1 as const, suffix: 'col2_NEG' };
const trains = { values: column(2), direction: 1 as const, suffix: 'col3_POS' };

function normalise(indicator: typeof roads | typeof trains, method: NormaliseMethod) {
  return normaliseValues(indicator.values, method, {
    code: indicator.suffix,
    direction: indicator.direction,
    target: null,
    unitCodes: units,
  });
}

function expectColumn(actual: readonly (number | null)[], name: string): void {
  const expected = expectedColumn(name);
  expect(actual).toHaveLength(34);
  expect(actual.map((value, index) => difference(value, expected[index] ?? null))).toEqual(expected.map(() => null));
}

describe('Compind normalise_ci and ci_mpi on EU_NUTS1', () => {
  it('reads the two indicators of the upstream example', () => {
    expect([dataHeader[1], dataHeader[2], units.length]).toEqual(['roads', 'trains', 34]);
    expect(expectedRows.map((row) => row[0])).toEqual(units);
  });

  it.each([roads, trains])('z-scores $suffix to mean 100, sd 10 (method 1)', (indicator) => {
    expectColumn(normalise(indicator, { type: 'z-score', mean: 100, sd: 10 }), `z100_10_${indicator.suffix}`);
  });

  it.each([roads, trains])('min-max $suffix onto [0, 1] (method 2)', (indicator) => {
    expectColumn(normalise(indicator, { type: 'min-max', range: [0, 1] }), `minmax_${indicator.suffix}`);
  });

  it.each([roads, trains])('ranks $suffix with ties "average" (method 3)', (indicator) => {
    expectColumn(normalise(indicator, { type: 'rank', ties: 'average' }), `rank_${indicator.suffix}`);
  });

  it.each([
    ['mpi_penalty_NEG', 'negative'],
    ['mpi_penalty_POS', 'positive'],
  ] as const)('reproduces %s (Mazziotta–Pareto, polarity %s, sample dispersion)', (name, polarity) => {
    const z = [roads, trains].map((indicator) => normalise(indicator, { type: 'z-score', mean: 100, sd: 10 }));
    const method: AggregateMethod = { type: 'mazziotta-pareto', polarity, dispersion: 'sample' };
    const rows = units.map((_, unit) => z.map((values) => values[unit] ?? null));
    const group = { aggregate: 'MPI', children: ['roads', 'trains'], unitCodes: units, rows, weights: [1, 1] };
    expectColumn(aggregateGroup({ ...group, dataThreshold: null }, method), name);
  });
});
