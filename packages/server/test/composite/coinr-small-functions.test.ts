/**
 * COINr's normalisation and aggregation functions on small inputs: the upstream run on x = (3, 8, 1, 10, 6,
 * NA, 4), the literal expectations of COINr's own tests (test-normalise.R, test-aggregate.R) and the edge
 * cases the README records. Every case in the files must have a check here: an unknown case fails.
 */
import {
  aggregateGroup,
  CompositeError,
  normaliseMethodSchema,
  normaliseStepSchema,
  normaliseValues,
  outrankingMatrix,
  copelandScores,
  type AggregateMethod,
  type CompositeValue,
  type NormaliseMethod,
} from '@observatory/core';
import { describe, expect, it } from 'vitest';
import { coinrDir, difference, referenceJson } from './reference-files.ts';

type Vector = (number | null)[];

const method = (value: unknown): NormaliseMethod => normaliseMethodSchema.parse(value);

function normalise(x: readonly CompositeValue[], spec: unknown, direction: 1 | -1 = 1): CompositeValue[] {
  return normaliseValues(x, method(spec), {
    code: 'x',
    direction,
    target: null,
    unitCodes: x.map((_, index) => `u${index + 1}`),
  });
}

function aggregate(rows: Vector[], weights: number[], spec: AggregateMethod, dataThreshold: number | null = null) {
  return aggregateGroup(
    {
      aggregate: 'test',
      children: weights.map((_, index) => `c${index + 1}`),
      unitCodes: rows.map((_, index) => `u${index + 1}`),
      rows,
      weights,
      dataThreshold,
    },
    spec,
  );
}

const aggregateOne = (x: Vector, weights: number[], spec: AggregateMethod) => aggregate([x], weights, spec)[0];

function expectVector(actual: readonly CompositeValue[], expected: readonly (number | null)[]): void {
  expect(actual).toHaveLength(expected.length);
  expect(actual.map((value, index) => difference(value, expected[index] ?? null))).toEqual(expected.map(() => null));
}

function expectNumber(actual: CompositeValue | undefined, expected: number): void {
  expect(difference(actual ?? null, expected)).toBeNull();
}

describe('COINr small-function run on x = (3, 8, 1, 10, 6, NA, 4)', () => {
  const run = referenceJson<{ results: Record<string, unknown> }>(`${coinrDir}coinr_small_functions_run.json`).results;
  const x = run.x as Vector;
  const equal = [1, 1, 1];
  const checks: Record<string, (expected: unknown) => void> = {
    x: (expected) => expect(expected).toEqual([3, 8, 1, 10, 6, null, 4]),
    n_minmax_0_100: (expected) => expectVector(normalise(x, { type: 'min-max', range: [0, 100] }), expected as Vector),
    n_minmax_1_10: (expected) => expectVector(normalise(x, { type: 'min-max', range: [1, 10] }), expected as Vector),
    n_zscore: (expected) => expectVector(normalise(x, 'z-score'), expected as Vector),
    n_zscore_10_2: (expected) => expectVector(normalise(x, { type: 'z-score', mean: 10, sd: 2 }), expected as Vector),
    n_rank: (expected) => expectVector(normalise(x, 'rank'), expected as Vector),
    n_borda: (expected) => expectVector(normalise(x, 'borda'), expected as Vector),
    n_prank: (expected) => expectVector(normalise(x, 'percentile-rank'), expected as Vector),
    n_fracmax: (expected) => expectVector(normalise(x, 'fraction-of-max'), expected as Vector),
    n_dist2max: (expected) => expectVector(normalise(x, 'distance-to-max'), expected as Vector),
    n_dist2targ_t9: (expected) =>
      expectVector(normalise(x, { type: 'distance-to-target', target: 9 }), expected as Vector),
    n_dist2targ_t9_cap: (expected) =>
      expectVector(normalise(x, { type: 'distance-to-target', target: 9, capAtOne: true }), expected as Vector),
    n_goalposts_2_9_100: (expected) =>
      expectVector(normalise(x, { type: 'goalposts', lower: 2, upper: 9, scale: 100 }), expected as Vector),
    // The run's aggregation inputs are not in the file; these are the inputs its values imply (1:3 with equal
    // weights or w = (1, 1, 2), as in COINr's tests; one value missing for a_amean_NA).
    a_amean_1_2_3: (expected) =>
      expectNumber(aggregateOne([1, 2, 3], equal, { type: 'arithmetic-mean' }), expected as number),
    a_amean_w: (expected) =>
      expectNumber(aggregateOne([1, 2, 3], [1, 1, 2], { type: 'arithmetic-mean' }), expected as number),
    a_amean_NA: (expected) =>
      expectNumber(aggregateOne([1, null, 3], [1, 1, 2], { type: 'arithmetic-mean' }), expected as number),
    a_gmean_1_2_3: (expected) =>
      expectNumber(aggregateOne([1, 2, 3], equal, { type: 'geometric-mean' }), expected as number),
    a_gmean_w: (expected) =>
      expectNumber(aggregateOne([1, 2, 3], [1, 1, 2], { type: 'geometric-mean' }), expected as number),
    a_hmean_w: (expected) =>
      expectNumber(aggregateOne([1, 2, 3], [2, 1, 1], { type: 'harmonic-mean' }), expected as number),
    a_genmean_p2: (expected) =>
      expectNumber(aggregateOne([1, 2, 3], equal, { type: 'generalised-mean', p: 2 }), expected as number),
    winsorise_note: (expected) => expect(String(expected)).toContain('Treat'),
  };

  it.each(Object.keys(run))('reproduces %s', (key) => {
    const check = checks[key];
    expect(check, `no check for ${key}`).toBeDefined();
    check!(run[key]);
  });
});

interface LiteralCase {
  fn: string;
  [field: string]: unknown;
}

const X4 = { x1: [1, 2, 3, 4], x2: [3, 2, 1, 5], x3: [2, 3, 1, 4] };
const rowsOf = (columns: Record<string, number[]>): Vector[] => {
  const lists = Object.values(columns);
  return (lists[0] ?? []).map((_, unit) => lists.map((list) => list[unit] ?? null));
};
const sample = [3, 8, 1, 10, 6, null, 4];

function checkLiteral(entry: LiteralCase): void {
  const direction = (entry.direction === -1 ? -1 : 1) as 1 | -1;
  const x = entry.x as Vector;
  switch (entry.fn) {
    case 'n_dist2targ': {
      const spec = { type: 'distance-to-target', target: entry.targ, capAtOne: entry.cap_max === true };
      const result = normalise(x, spec, direction);
      if (Array.isArray(entry.expected)) return expectVector(result, entry.expected as Vector);
      const present = result.filter((value): value is number => value !== null);
      expect(Math.min(...present)).toBe(entry.expected_min);
      expect(Math.max(...present)).toBe(entry.expected_max);
      x.forEach((value, index) => {
        if (value !== null && value >= 8) expect(result[index]).toBe(entry.expected_for_x_ge_8);
      });
      return;
    }
    case 'n_goalposts': {
      const [lower, upper, scale] = entry.gposts as number[];
      return expectVector(
        normalise(x, { type: 'goalposts', lower, upper, scale }, direction),
        entry.expected as Vector,
      );
    }
    case 'n_minmax': {
      const result = normalise(x, { type: 'min-max', range: entry.l_u }) as number[];
      expect([Math.min(...result), Math.max(...result)]).toEqual([entry.expected_min, entry.expected_max]);
      return;
    }
    case 'n_zscore': {
      const [mean, sd] = entry.m_sd as number[];
      const result = normalise(x, { type: 'z-score', mean, sd }) as number[];
      const average = result.reduce((total, value) => total + value, 0) / result.length;
      const spread = Math.sqrt(
        result.reduce((total, value) => total + (value - average) ** 2, 0) / (result.length - 1),
      );
      expectNumber(average, entry.expected_mean as number);
      expectNumber(spread, entry.expected_sd_sample as number);
      return;
    }
    case 'Normalise(data.frame) default': {
      const result = normalise(sample, normaliseStepSchema.parse({ step: 'normalise' }).method);
      const present = result.filter((value): value is number => value !== null);
      expect([Math.min(...present), Math.max(...present), result[5]]).toEqual([0, 100, null]);
      return;
    }
    case 'n_borda': {
      const distinct = [5, 9, 1, 7, 3, 10, 2, 8, 4, 6];
      expect(new Set(normalise(distinct, 'borda'))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
      return;
    }
    case 'directions': {
      const result = normalise(sample, normaliseStepSchema.parse({ step: 'normalise' }).method, -1);
      expect([result[2], result[3]]).toEqual([100, 0]);
      return;
    }
    case 'formula n_scaled': {
      const expected = sample.map((value) => (value === null ? null : ((value - 2) / (9 - 2)) * 100));
      return expectVector(
        normalise(sample, { type: 'goalposts', lower: 2, upper: 9, scale: 100, truncate: false }),
        expected,
      );
    }
    case 'formula n_dist2max':
      return expectVector(
        normalise(sample, 'distance-to-max'),
        sample.map((value) => (value === null ? null : 1 - (10 - value) / (10 - 1))),
      );
    case 'formula n_dist2ref': {
      const reference = 6; // u5
      const formula = (cap: boolean) =>
        sample.map((value) => {
          if (value === null) return null;
          const score = 1 - (reference - value) / (reference - 1);
          return cap ? Math.min(score, 1) : score;
        });
      expectVector(normalise(sample, { type: 'distance-to-reference', unit: 'u5' }), formula(false));
      return expectVector(
        normalise(sample, { type: 'distance-to-reference', unit: 'u5', capAtOne: true }),
        formula(true),
      );
    }
    case 'formula n_fracmax':
      return expectVector(
        normalise(sample, 'fraction-of-max'),
        sample.map((value) => (value === null ? null : value / 10)),
      );
    case 'formula n_goalposts': {
      const clamp = (value: number) => Math.min(1, Math.max(0, (value - 2) / (9 - 2)));
      const posts = { type: 'goalposts', lower: 2, upper: 9, scale: 100 };
      expectVector(
        normalise(sample, posts),
        sample.map((value) => (value === null ? null : clamp(value) * 100)),
      );
      return expectVector(
        normalise(sample, posts, -1),
        sample.map((value) => (value === null ? null : (1 - clamp(value)) * 100)),
      );
    }
    case 'formula dist2targ_coin': {
      expectVector(
        normalise(sample, { type: 'distance-to-target', target: 9 }),
        sample.map((value) => (value === null ? null : (value - 1) / (9 - 1))),
      );
      return expectVector(
        normalise(sample, { type: 'distance-to-target', target: 2 }, -1),
        sample.map((value) => (value === null ? null : (10 - value) / (10 - 2))),
      );
    }
    case 'a_gmean': {
      const weights = (entry.w as number[] | undefined) ?? [1, 1, 1];
      if (typeof entry.expected === 'string') {
        expect(entry.expected).toMatch(/^error/);
        expect(() => aggregateOne(x, weights, { type: 'geometric-mean' })).toThrow(CompositeError);
        return;
      }
      return expectNumber(aggregateOne(x, weights, { type: 'geometric-mean' }), entry.expected as number);
    }
    case 'a_hmean':
      return expectNumber(aggregateOne(x, entry.w as number[], { type: 'harmonic-mean' }), entry.expected as number);
    case 'a_genmean': {
      const weights = (entry.w as number[] | undefined) ?? [1, 1, 1];
      const result = aggregateOne(x, weights, { type: 'generalised-mean', p: entry.p as number });
      const expected =
        typeof entry.expected === 'number' ? entry.expected : Number(/[\d.]+$/.exec(String(entry.expected))?.[0]);
      return expectNumber(result, expected);
    }
    case 'Aggregate(df, a_amean, w=1:5, dat_thresh=0.5)': {
      const weights = [1, 2, 3, 4, 5];
      const rows: Vector[] = [
        [1, 2, 3, 4, 5],
        [null, null, 3, null, null],
        [2, null, 4, 6, null],
      ];
      const result = aggregate(rows, weights, { type: 'arithmetic-mean' }, 0.5);
      expect(result[1]).toBeNull();
      expectNumber(result[0], (1 + 4 + 9 + 16 + 25) / 15);
      expectNumber(result[2], (2 + 12 + 24) / (1 + 3 + 4));
      return;
    }
    case 'outrankMatrix': {
      const { matrix, dominantPairs, fractionDominant } = outrankingMatrix(rowsOf(entry.X as typeof X4), [1, 1, 1]);
      const expected = entry.expected as Record<string, unknown>;
      expect(matrix.map((row, index) => row[index])).toEqual(expected.diag);
      expectNumber(matrix[1]?.[0], expected['OR[2,1]'] as number);
      expectNumber(matrix[2]?.[0], expected['OR[3,1]'] as number);
      expectNumber(matrix[3]?.[0], expected['OR[4,1]'] as number);
      expect([dominantPairs, fractionDominant]).toEqual([expected.nDominant, expected.fracDominant]);
      return;
    }
    case 'a_copeland': {
      const rows = rowsOf(entry.X as Record<string, number[]>);
      const weights = rows[0]?.map(() => 1) ?? [];
      const { matrix } = outrankingMatrix(rows, weights);
      const signCoded = matrix.map((row, a) =>
        row.reduce((sum, value, b) => sum + (a === b ? 0 : value > 0.5 ? 1 : value < 0.5 ? -1 : 0), 0),
      );
      expect(copelandScores(rows, weights)).toEqual(signCoded);
      if (Array.isArray(entry.expected)) expect(copelandScores(rows, weights)).toEqual(entry.expected);
      const outrank = entry.expected_outrank as Record<string, number> | undefined;
      if (outrank !== undefined)
        expect([matrix[0]?.[1], matrix[1]?.[0]]).toEqual([outrank['OR[1,2]'], outrank['OR[2,1]']]);
      return;
    }
    default:
      throw new Error(`no check for COINr test literal "${entry.fn}"`);
  }
}

describe("COINr's unit-test literals (test-normalise.R, test-aggregate.R)", () => {
  const { cases } = referenceJson<{ cases: LiteralCase[] }>(`${coinrDir}coinr_unit_test_literals.json`);
  it.each(cases.map((entry, index) => [`${index + 1} ${entry.fn}`, entry] as const))('%s', (_, entry) =>
    checkLiteral(entry),
  );
});

describe('edge cases recorded in the COINr README', () => {
  it('n_minmax and n_zscore of a constant give NaN in R, missing values here', () => {
    expect(normalise([5, 5, 5], 'min-max')).toEqual([null, null, null]);
    expect(normalise([5, 5, 5], 'z-score')).toEqual([null, null, null]);
  });

  it('ranks ties with "min": n_rank(3,1,3,2) = 3,1,3,2; n_borda = 2,0,2,1; n_prank = (rank − 1)/(n − 1)', () => {
    expect(normalise([3, 1, 3, 2], 'rank')).toEqual([3, 1, 3, 2]);
    expect(normalise([3, 1, 3, 2], 'borda')).toEqual([2, 0, 2, 1]);
    expect(normalise([3, 1, 3, 2], 'percentile-rank')).toEqual([2 / 3, 0, 2 / 3, 1 / 3]);
  });

  it('a_amean of all-missing is missing; a_gmean refuses zero or negative; a_gmean(1, NA, 4) = 2', () => {
    expect(aggregateOne([null, null], [1, 1], { type: 'arithmetic-mean' })).toBeNull();
    expect(() => aggregateOne([1, 0], [1, 1], { type: 'geometric-mean' })).toThrow(CompositeError);
    expect(() => aggregateOne([1, -2], [1, 1], { type: 'geometric-mean' })).toThrow(CompositeError);
    expectNumber(aggregateOne([1, null, 4], [1, 1, 1], { type: 'geometric-mean' }), 2);
  });

  it('a_copeland on the test-aggregate data = (−1, 1, −3, 3)', () => {
    expect(aggregate(rowsOf(X4), [1, 1, 1], { type: 'copeland' })).toEqual([-1, 1, -3, 3]);
  });
});
