import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterMappingPercentileRanks, quantileR7 } from './quantile.ts';

describe('quantileR7 (d3.quantile, R type 7)', () => {
  const tens = [3, 6, 7, 8, 8, 10, 13, 15, 16, 20];
  it.each([
    { values: [1, 2, 3, 4], p: 0.5, q: 2.5 },
    { values: tens, p: 0.25, q: 7.25 },
    { values: tens, p: 0.75, q: 14.5 },
    { values: tens, p: 0.9, q: 16.4 },
    { values: [20, 3, 16, 6], p: 0, q: 3 },
    { values: [5], p: 0.9, q: 5 },
    { values: [], p: 0.5, q: null },
  ])('$values at $p → $q', ({ values, p, q }) => {
    if (q === null) expect(quantileR7(values, p)).toBeNull();
    else expect(quantileR7(values, p)).toBeCloseTo(q, 12);
  });

  it('refuses p outside [0, 1]', () => {
    expect(() => quantileR7([1], 1.5)).toThrow(/分位数/);
  });

  it('is monotone in p and runs from the minimum to the maximum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(quantileR7(values, low)!).toBeLessThanOrEqual(quantileR7(values, high)! + 1e-9);
          expect(quantileR7(values, 0)).toBe(Math.min(...values));
          expect(quantileR7(values, 1)).toBe(Math.max(...values));
        },
      ),
    );
  });
});

describe('clusterMappingPercentileRanks', () => {
  it('round(100/n · (i + 0.5)) by position in ascending order; ties share the first position', () => {
    expect(clusterMappingPercentileRanks([40, 10, 30, 20])).toEqual([88, 13, 63, 38]);
    expect(clusterMappingPercentileRanks([5, 5, 9])).toEqual([17, 17, 83]);
  });
});
