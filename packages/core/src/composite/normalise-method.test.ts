import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompositeError } from './composite-error.ts';
import type { Value } from './dataset.ts';
import { normaliseMethodSchema, normaliseValues, type NormaliseMethod } from './normalise-method.ts';

const column = (values: readonly Value[], direction: 1 | -1 = 1, target: number | null = null) => ({
  code: 'X',
  direction,
  target,
  unitCodes: values.map((_, index) => `u${index}`),
});
const run = (values: readonly Value[], spec: unknown, direction: 1 | -1 = 1, target: number | null = null) =>
  normaliseValues(values, normaliseMethodSchema.parse(spec), column(values, direction, target));

/** Values on a grid of eighths, so that distinct values stay distinct through the transforms. */
const values = fc.array(
  fc.option(
    fc.integer({ min: -8000, max: 8000 }).map((value) => value / 8),
    { nil: null, freq: 5 },
  ),
  {
    minLength: 2,
    maxLength: 30,
  },
);
const withSpread = values.filter((list) => new Set(list.filter((value) => value !== null)).size >= 2);

describe('normaliseValues', () => {
  it.each<[string, unknown, (number | null)[]]>([
    ['min-max [0, 100]', 'min-max', [0, 50, 100, null]],
    ['min-max [1, 10]', { type: 'min-max', range: [1, 10] }, [1, 5.5, 10, null]],
    ['z-score', 'z-score', [-1, 0, 1, null]],
    ['rank', 'rank', [1, 2, 3, null]],
    ['borda', 'borda', [0, 1, 2, null]],
    ['percentile rank', 'percentile-rank', [0, 0.5, 1, null]],
    ['distance to max', 'distance-to-max', [0, 0.5, 1, null]],
    ['fraction of max', 'fraction-of-max', [1 / 3, 2 / 3, 1, null]],
    ['distance to target 2', { type: 'distance-to-target', target: 2 }, [0, 1, 2, null]],
    ['distance to target 2, capped', { type: 'distance-to-target', target: 2, capAtOne: true }, [0, 1, 1, null]],
    ['distance to reference u1', { type: 'distance-to-reference', unit: 'u1' }, [0, 1, 2, null]],
    ['goalposts', { type: 'goalposts', lower: 1.5, upper: 2.5, scale: 100 }, [0, 50, 100, null]],
    ['goalposts not truncated', { type: 'goalposts', lower: 1.5, upper: 2.5, truncate: false }, [-0.5, 0.5, 1.5, null]],
    ['none', 'none', [1, 2, 3, null]],
  ])('%s of (1, 2, 3, missing)', (_name, spec, expected) => {
    const result = run([1, 2, 3, null], spec);
    expected.forEach((value, index) =>
      value === null ? expect(result[index]).toBeNull() : expect(result[index]).toBeCloseTo(value, 12),
    );
  });

  it('applies direction −1 by negating the values and the target, so the best value still scores highest', () => {
    expect(run([1, 2, 3], 'min-max', -1)).toEqual([100, 50, 0]);
    expect(run([1, 2, 3], 'none', -1)).toEqual([-1, -2, -3]);
    expect(run([1, 2, 3], { type: 'distance-to-target', target: 2 }, -1)).toEqual([2, 1, 0]);
    expect(run([1, 2, 3], { type: 'goalposts', lower: 1, upper: 3 }, -1)).toEqual([1, 0.5, 0]);
  });

  it('takes the META target for distance-to-target and refuses an indicator without one', () => {
    expect(run([1, 2, 3], 'distance-to-target', 1, 2)).toEqual([0, 1, 2]);
    expect(() => run([1, 2, 3], 'distance-to-target')).toThrow(CompositeError);
    expect(() => run([1, 2, 3], { type: 'distance-to-reference', unit: 'nobody' })).toThrow(/nobody/);
  });

  it('rejects methods with impossible parameters', () => {
    for (const spec of [
      { type: 'min-max', range: [100, 0] },
      { type: 'z-score', sd: 0 },
      { type: 'goalposts', lower: 3, upper: 3 },
      'goalposts',
      { type: 'rank', ties: 'first' },
      { type: 'min-max', extra: 1 },
      'smooth',
    ])
      expect(normaliseMethodSchema.safeParse(spec).success, JSON.stringify(spec)).toBe(false);
  });

  it('gives missing values, never NaN or Infinity, where a value cannot be computed', () => {
    expect(run([5, 5, 5], 'min-max')).toEqual([null, null, null]);
    expect(run([0, 0], 'fraction-of-max')).toEqual([null, null]);
  });

  it('property: min-max output lies within the range, with both ends reached', () => {
    fc.assert(
      fc.property(
        withSpread,
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (list, lower, width) => {
          const result = run(list, { type: 'min-max', range: [lower, lower + width] }).filter(
            (value) => value !== null,
          );
          const tolerance = 1e-9 * (Math.abs(lower) + width);
          for (const value of result) {
            expect(value).toBeGreaterThanOrEqual(lower - tolerance);
            expect(value).toBeLessThanOrEqual(lower + width + tolerance);
          }
          expect(Math.min(...result)).toBeCloseTo(lower, 9);
        },
      ),
    );
  });

  it('property: rank, Borda and percentile rank are invariant under strictly increasing transforms', () => {
    const methods: NormaliseMethod['type'][] = ['rank', 'borda', 'percentile-rank'];
    fc.assert(
      fc.property(values, fc.constantFrom(...methods), (list, type) => {
        const transformed = list.map((value) => (value === null ? null : Math.atan(value / 100) * 7 + 2));
        expect(run(transformed, type)).toEqual(run(list, type));
      }),
    );
  });

  it('property: a z-score has the requested mean and sample sd; goalposts stay within [0, scale]', () => {
    fc.assert(
      fc.property(withSpread, (list) => {
        const scores = run(list, { type: 'z-score', mean: 100, sd: 10 }).filter((value) => value !== null);
        const centre = scores.reduce((total, value) => total + value, 0) / scores.length;
        const sd = Math.sqrt(scores.reduce((total, value) => total + (value - centre) ** 2, 0) / (scores.length - 1));
        expect(centre).toBeCloseTo(100, 6);
        expect(sd).toBeCloseTo(10, 6);
        for (const value of run(list, { type: 'goalposts', lower: -10, upper: 10, scale: 7 }))
          if (value !== null) expect(value >= 0 && value <= 7).toBe(true);
      }),
    );
  });
});
