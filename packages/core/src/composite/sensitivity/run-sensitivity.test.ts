import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompositeError } from '../composite-error.ts';
import { parsePipelineDefinition } from '../pipeline-definition.ts';
import { resultsTable } from '../results-table.ts';
import { runPipeline } from '../run-pipeline.ts';
import { runSensitivity } from './run-sensitivity.ts';
import { smallDefinition, smallInput, smallTables } from './sensitivity.test-kit.ts';
import { parseUncertaintySpecification } from './uncertainty-specification.ts';

const zeroUncertainty = (replicates: number, seed: number) =>
  parseUncertaintySpecification({
    replicates,
    seed,
    choices: [
      { vary: 'weight-noise', levels: { 1: 0, 2: 0 } },
      { vary: 'normalisation', alternatives: [{ type: 'min-max', range: [0, 100] }] },
      { vary: 'aggregation', alternatives: ['arithmetic-mean'] },
    ],
  });

const realUncertainty = (type: 'ua' | 'sa' | 'oat', replicates: number, seed: number | string) =>
  parseUncertaintySpecification({
    type,
    replicates,
    seed,
    choices: [
      { vary: 'weight-noise', levels: { 1: 0.5, 2: 0.5 } },
      { vary: 'normalisation', alternatives: [{ type: 'min-max', range: [1, 100] }, 'rank'] },
      { vary: 'aggregation', alternatives: ['arithmetic-mean', 'geometric-mean'] },
      { vary: 'indicator-removal' },
    ],
  });

describe('runSensitivity', () => {
  it('nominal ranks are the results table ranks (highest first, ties share the lowest rank)', () => {
    fc.assert(
      fc.property(smallTables, (values) => {
        const input = smallInput(values);
        const result = runSensitivity(input, smallDefinition, zeroUncertainty(2, 1));
        const table = resultsTable(input.framework, runPipeline(input, smallDefinition).final.data);
        const expected = new Map(table.rows.map((row) => [row[0], row[1]]));
        for (const unit of result.units) expect(unit.nominalRank).toBe(expected.get(unit.uCode) ?? null);
      }),
      { numRuns: 40 },
    );
  });

  it('zero uncertainty: every replicate ranks as the nominal and the intervals collapse', () => {
    fc.assert(
      fc.property(smallTables, fc.integer({ min: 1, max: 15 }), fc.integer(), (values, replicates, seed) => {
        const result = runSensitivity(smallInput(values), smallDefinition, zeroUncertainty(replicates, seed));
        const nominal = result.units.map((unit) => unit.nominalRank);
        expect(result.replicateRanks).toHaveLength(replicates);
        for (const ranks of result.replicateRanks) expect(ranks).toEqual(nominal);
        for (const unit of result.units) {
          if (unit.nominalRank === null) continue;
          expect([unit.medianRank, unit.rankQ05, unit.rankQ95, unit.meanRank]).toEqual(Array(4).fill(unit.nominalRank));
          expect([unit.rankIntervalWidth, unit.meanAbsoluteRankShift]).toEqual([0, 0]);
        }
        expect(result.meanAbsoluteRankShift).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it('with uncertainty: 5 % ≤ median ≤ 95 %, ranks within 1…n, and the same seed gives the same result', () => {
    fc.assert(
      fc.property(smallTables, fc.constantFrom('ua', 'sa', 'oat'), fc.integer(), (values, type, seed) => {
        const input = smallInput(values);
        const spec = realUncertainty(type as 'ua' | 'sa' | 'oat', 6, seed);
        const result = runSensitivity(input, smallDefinition, spec);
        for (const unit of result.units) {
          if (unit.runs === 0) continue;
          expect(unit.rankQ05!).toBeLessThanOrEqual(unit.medianRank!);
          expect(unit.medianRank!).toBeLessThanOrEqual(unit.rankQ95!);
          expect(unit.rankQ05!).toBeGreaterThanOrEqual(1);
          expect(unit.rankQ95!).toBeLessThanOrEqual(values.length);
        }
        expect(runSensitivity(input, smallDefinition, spec)).toEqual(result);
      }),
      { numRuns: 25 },
    );
  });

  it('sa: a choice that cannot change ranks has STi = 0; weights that matter have STi > 0', () => {
    const input = smallInput(
      [
        [1, 9, 3, 7],
        [2, 8, 2, 8],
        [9, 1, 8, 2],
        [5, 5, 5, 4],
        [4, 6, 6, 5],
        [7, 3, 1, 9],
      ],
      [1, 1, 1, 1],
    );
    const spec = parseUncertaintySpecification({
      type: 'sa',
      replicates: 200,
      seed: 'sa-test',
      choices: [
        // min-max onto [0, 100] or [1, 100] moves every indicator by the same affine map: ranks cannot change.
        {
          name: 'range',
          vary: 'normalisation',
          alternatives: [
            { type: 'min-max', range: [0, 100] },
            { type: 'min-max', range: [1, 100] },
          ],
        },
        { name: 'weights', vary: 'weight-noise', levels: { 1: 0.9, 2: 0.9 } },
      ],
    });
    const result = runSensitivity(input, smallDefinition, spec);
    expect(result.runs).toBe(200 * 4);
    const [range, weights] = result.choices;
    expect(range!.total).toBe(0);
    expect(Math.abs(range!.firstOrder!)).toBeLessThan(0.1);
    expect(weights!.total!).toBeGreaterThan(0.5);
    expect(result.replicateRanks).toHaveLength(400);
    expect(result.units.some((unit) => unit.total !== null)).toBe(true);
  });

  it('counts runs the engine refuses, with the message, and fails when every run does', () => {
    const input = smallInput([
      [1, 9, 3, 7],
      [2, 8, 2, 8],
      [9, 1, 8, 2],
    ]);
    const mixed = parseUncertaintySpecification({
      replicates: 60,
      choices: [
        { vary: 'normalisation', alternatives: [{ type: 'z-score' }, { type: 'min-max', range: [1, 100] }] },
        { vary: 'aggregation', alternatives: ['geometric-mean'] },
      ],
    });
    const result = runSensitivity(input, smallDefinition, mixed);
    expect(result.failedRuns).toBeGreaterThan(10);
    expect(result.failedRuns).toBeLessThan(50);
    expect(result.failures[0]!.message).toContain('geometric-mean 不能用于 0 或负值');
    expect(result.units[0]!.runs).toBe(60 - result.failedRuns);
    const zscores = parseUncertaintySpecification({
      replicates: 5,
      choices: [
        { vary: 'normalisation', alternatives: [{ type: 'z-score' }] },
        { vary: 'aggregation', alternatives: ['geometric-mean'] },
      ],
    });
    expect(() => runSensitivity(input, smallDefinition, zscores)).toThrow('every run failed');
  });

  it('oat: each choice alone, the others nominal (geometric mean over the nominal min-max [0, 100] fails)', () => {
    const input = smallInput([
      [1, 9, 3, 7],
      [2, 8, 2, 8],
      [9, 1, 8, 2],
      [5, 5, 5, 4],
    ]);
    const result = runSensitivity(input, smallDefinition, realUncertainty('oat', 10, 4));
    // Weight noise: 10 draws; normalisation and aggregation: each alternative once; removal: none + 4.
    expect(result.runs).toBe(10 + 2 + 2 + 5);
    expect(result.choices.map((choice) => choice.oneAtATime?.runs)).toEqual([10, 2, 1, 5]);
    expect(result.failedRuns).toBe(1);
    expect(result.failures[0]!.message).toContain('geometric-mean');
    for (const choice of result.choices)
      expect(choice.oneAtATime!.maxShift!).toBeGreaterThanOrEqual(choice.oneAtATime!.meanShift!);
  });

  it('refuses a target the nominal run does not compute', () => {
    const input = smallInput([
      [1, 2, 3, 4],
      [4, 3, 2, 1],
    ]);
    const normaliseOnly = parsePipelineDefinition({ steps: [{ step: 'normalise' }] });
    const spec = parseUncertaintySpecification({ choices: [{ vary: 'normalisation', alternatives: ['rank'] }] });
    expect(() => runSensitivity(input, normaliseOnly, spec)).toThrow(
      '名义计算的 Normalised 阶段没有 Index 的值 (the nominal run has no values of Index in stage Normalised)',
    );
  });

  it('takes replicates, seed and type from the overrides (the CLI flags), ignoring those not given', () => {
    const input = smallInput([
      [1, 9, 3, 7],
      [2, 8, 2, 8],
      [9, 1, 8, 2],
    ]);
    const spec = realUncertainty('ua', 50, 'file seed');
    const result = runSensitivity(input, smallDefinition, spec, { replicates: 4, seed: undefined, type: 'sa' });
    expect([result.type, result.replicates, result.runs, result.seed]).toEqual(['sa', 4, 4 * 6, 'file seed']);
    let problems: readonly string[] = [];
    try {
      runSensitivity(input, smallDefinition, spec, { replicates: 0 });
    } catch (error) {
      if (error instanceof CompositeError) problems = error.problems;
    }
    expect(problems).toContain('replicates 应为正整数，实际为 0 (replicates must be a positive integer)');
  });
});
