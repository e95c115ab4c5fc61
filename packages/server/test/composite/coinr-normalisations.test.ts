/**
 * COINr's alternative normalisations of the raw ASEM data (directions applied) and pipeline B (raw data →
 * min-max [0, 100] → weighted arithmetic mean, missing indicators skipped with their weight re-spread).
 * Where COINr's fraction-of-max divides by a maximum of 0 (R gives Inf or NaN) our value is missing.
 * The raw CSV holds 15 significant digits, so a few values that differ in R's full precision arrive tied
 * (TolMin 5.1 for BGR, CZE and GRC): for rank methods a cell whose raw value is tied in the CSV passes when
 * COINr's rank lies within the tie's span (our rank with ties "min" to ties "max").
 */
import {
  parsePipelineDefinition,
  runNormaliseStep,
  runPipeline,
  stepContext,
  type NormaliseMethod,
} from '@observatory/core';
import { describe, expect, it } from 'vitest';
import {
  asemInput,
  coinrDir,
  compareWithReference,
  difference,
  expectedValue,
  referenceGrid,
} from './reference-files.ts';

const cases: [string, NormaliseMethod][] = [
  ['n_rank', { type: 'rank', ties: 'min' }],
  ['n_borda', { type: 'borda', ties: 'min' }],
  ['n_prank', { type: 'percentile-rank', ties: 'min' }],
  ['n_fracmax', { type: 'fraction-of-max' }],
  ['n_dist2max', { type: 'distance-to-max' }],
];

describe('COINr normalisations of the raw ASEM data', () => {
  it.each(cases)('reproduces %s', (file, method) => {
    const input = asemInput();
    const normalise = (chosen: NormaliseMethod) =>
      runNormaliseStep(input.data, stepContext(input), {
        step: 'normalise',
        method: chosen,
        indicators: {},
        useDirections: true,
      }).data;
    const output = normalise(method);
    const path = `${coinrDir}normalised_raw_${file}.csv`;
    const { cells, differences } = compareWithReference(output, path);
    expect(cells).toBe(51 * 49);
    if (!('ties' in method)) {
      expect(differences).toEqual([]);
      return;
    }
    const highest = normalise({ ...method, ties: 'max' });
    const [header = [], ...rows] = referenceGrid(path);
    const tied: string[] = [];
    const problems: string[] = [];
    for (const row of rows) {
      const unit = output.unitCodes.indexOf(String(row[0]));
      header.slice(1).forEach((code, index) => {
        const low = output.columns.get(String(code))?.[unit] ?? null;
        const high = highest.columns.get(String(code))?.[unit] ?? null;
        const expected = expectedValue(row[index + 1] ?? null);
        const problem = difference(low, expected);
        if (problem === null) return;
        const withinTie =
          low !== null &&
          high !== null &&
          expected !== null &&
          low !== high &&
          expected > low &&
          expected <= high + 1e-12;
        (withinTie ? tied : problems).push(`${row[0]} ${code}: ${problem}`);
      });
    }
    expect(problems).toEqual([]);
    expect(tied.length).toBe(differences.length);
    expect(tied.length).toBeLessThanOrEqual(3);
  });

  it('turns what R computes as Inf or NaN in n_fracmax into missing values, with a message per indicator', () => {
    const input = asemInput();
    const output = runNormaliseStep(input.data, stepContext(input), {
      step: 'normalise',
      method: { type: 'fraction-of-max' },
      indicators: {},
      useDirections: true,
    });
    const [header = [], ...rows] = referenceGrid(`${coinrDir}normalised_raw_n_fracmax.csv`);
    const nonFinite = new Set(
      rows.flatMap((row) => header.flatMap((code, index) => (row[index] === 'Inf' ? [String(code)] : []))),
    );
    expect(nonFinite.size).toBeGreaterThan(0);
    const flagged = new Set(output.messages.map((message) => message.iCode));
    for (const code of nonFinite) expect(flagged).toContain(code);
  });

  it('reproduces pipeline B: raw → min-max [0, 100] → arithmetic mean', () => {
    const definition = parsePipelineDefinition({
      name: 'pipeline B',
      steps: [{ step: 'normalise', method: { type: 'min-max', range: [0, 100] } }, { step: 'aggregate' }],
    });
    const result = runPipeline(asemInput(), definition);
    const { cells, differences } = compareWithReference(
      result.final.data,
      `${coinrDir}pipelineB_raw_minmax_amean_Aggregated.csv`,
    );
    expect(cells).toBe(51 * 60);
    expect(differences).toEqual([]);
  });
});
