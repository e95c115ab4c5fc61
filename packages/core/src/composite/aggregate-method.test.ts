import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copelandScores, outrankingMatrix } from './aggregate-copeland.ts';
import { aggregateGroup, aggregateMethodSchema, type AggregateMethod } from './aggregate-method.ts';
import { CompositeError } from './composite-error.ts';
import type { Value } from './dataset.ts';

function aggregate(rows: Value[][], weights: number[], spec: unknown, dataThreshold: number | null = null) {
  return aggregateGroup(
    {
      aggregate: 'Pillar',
      children: weights.map((_, index) => `i${index + 1}`),
      unitCodes: rows.map((_, index) => `U${index + 1}`),
      rows,
      weights,
      dataThreshold,
    },
    aggregateMethodSchema.parse(spec),
  );
}

const means: AggregateMethod[] = [
  { type: 'arithmetic-mean' },
  { type: 'geometric-mean' },
  { type: 'harmonic-mean' },
  { type: 'generalised-mean', p: 3 },
  { type: 'generalised-mean', p: -0.5 },
  { type: 'mazziotta-pareto', polarity: 'positive', dispersion: 'sample' },
  { type: 'mazziotta-pareto', polarity: 'negative', dispersion: 'population' },
];
const positive = fc.double({ min: 0.01, max: 1000, noNaN: true });
const weight = fc.double({ min: 0.01, max: 10, noNaN: true });

describe('aggregateGroup', () => {
  it.each<[string, unknown, number]>([
    ['arithmetic', 'arithmetic-mean', (1 * 1 + 2 * 1 + 4 * 2) / 4],
    ['geometric', 'geometric-mean', (1 * 2 * 4 * 4) ** (1 / 4)],
    ['harmonic', 'harmonic-mean', 4 / (1 / 1 + 1 / 2 + 2 / 4)],
    ['generalised p = 2', { type: 'generalised-mean', p: 2 }, Math.sqrt((1 + 4 + 2 * 16) / 4)],
  ])('weighted %s mean of (1, 2, 4) with weights (1, 1, 2)', (_name, spec, expected) => {
    expect(aggregate([[1, 2, 4]], [1, 1, 2], spec)[0]).toBeCloseTo(expected, 12);
  });

  it('skips missing children and re-spreads their weight; all missing gives missing', () => {
    expect(aggregate([[1, null, 4]], [1, 5, 2], 'arithmetic-mean')).toEqual([3]);
    expect(aggregate([[null, null]], [1, 1], 'geometric-mean')).toEqual([null]);
  });

  it('leaves a unit missing when fewer children than dataThreshold are present', () => {
    expect(
      aggregate(
        [
          [1, null, null],
          [1, 2, null],
        ],
        [1, 1, 1],
        'arithmetic-mean',
        0.5,
      ),
    ).toEqual([null, 1.5]);
  });

  it('refuses zeros and negatives where the mean cannot take them, naming aggregate, unit and child', () => {
    expect(() =>
      aggregate(
        [
          [1, 2],
          [0, 3],
        ],
        [1, 1],
        'geometric-mean',
      ),
    ).toThrow(/Pillar \/ U2 \/ i1 = 0/);
    expect(() => aggregate([[1, 0]], [1, 1], 'harmonic-mean')).toThrow(CompositeError);
    expect(() => aggregate([[1, -1]], [1, 1], { type: 'generalised-mean', p: -1 })).toThrow(CompositeError);
    expect(aggregate([[1, -1]], [1, 1], 'harmonic-mean')).toEqual([null]);
    expect(aggregateMethodSchema.safeParse({ type: 'generalised-mean', p: 0 }).success).toBe(false);
  });

  it('Mazziotta–Pareto: mean minus (positive) or plus (negative) S²/M', () => {
    const [positiveIndex, negativeIndex] = ['positive', 'negative'].map(
      (polarity) => aggregate([[90, 110]], [1, 1], { type: 'mazziotta-pareto', polarity })[0],
    );
    expect(positiveIndex).toBeCloseTo(100 - 200 / 100, 12);
    expect(negativeIndex).toBeCloseTo(100 + 200 / 100, 12);
  });

  it('property: aggregating equal values returns that value, whatever the weights', () => {
    fc.assert(
      fc.property(
        positive,
        fc.array(weight, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...means),
        (value, weights, method) => {
          const result = aggregate([weights.map(() => value)], weights, method)[0];
          if (method.type === 'mazziotta-pareto' && weights.length < 2) expect(result).toBeNull();
          else expect(result).toBeCloseTo(value, 9);
        },
      ),
    );
  });

  it('property: weighted means lie between the smallest and largest child, harmonic ≤ geometric ≤ arithmetic', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(positive, weight), { minLength: 1, maxLength: 8 }), (children) => {
        const row = children.map(([value]) => value);
        const weights = children.map(([, childWeight]) => childWeight);
        const mean = (type: string) => aggregate([row], weights, type)[0] ?? NaN;
        const [arithmetic, geometric, harmonic] = [
          mean('arithmetic-mean'),
          mean('geometric-mean'),
          mean('harmonic-mean'),
        ];
        const tolerance = 1e-9 * Math.max(...row);
        expect(arithmetic).toBeLessThanOrEqual(Math.max(...row) + tolerance);
        expect(harmonic).toBeGreaterThanOrEqual(Math.min(...row) - tolerance);
        expect(geometric).toBeLessThanOrEqual(arithmetic + tolerance);
        expect(harmonic).toBeLessThanOrEqual(geometric + tolerance);
      }),
    );
  });

  it('property: Copeland scores sum to 0 and the outranking matrix is complementary off the diagonal', () => {
    const rows = fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 }), {
      minLength: 2,
      maxLength: 8,
    });
    fc.assert(
      fc.property(rows, (table) => {
        const { matrix } = outrankingMatrix(table, [1, 2, 3]);
        matrix.forEach((row, a) =>
          row.forEach((entry, b) =>
            expect(a === b ? entry : entry + (matrix[b]?.[a] ?? NaN)).toBeCloseTo(a === b ? 0 : 1, 12),
          ),
        );
        expect(copelandScores(table, [1, 2, 3]).reduce((total, score) => total + score, 0)).toBe(0);
      }),
    );
  });
});
