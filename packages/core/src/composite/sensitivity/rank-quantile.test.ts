import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedQuantile } from './rank-quantile.ts';

describe('sortedQuantile (R type 7)', () => {
  // Expected values are R's `quantile(x, p)` (type 7), worked by hand from its definition.
  it.each([
    { values: [1, 2, 3, 4], p: 0.05, expected: 1.15 },
    { values: [1, 2, 3, 4], p: 0.5, expected: 2.5 },
    { values: [1, 2, 3, 4], p: 0.95, expected: 3.85 },
    { values: [1, 3, 3, 7, 10], p: 0.05, expected: 1.4 },
    { values: [1, 3, 3, 7, 10], p: 0.5, expected: 3 },
    { values: [1, 3, 3, 7, 10], p: 0.95, expected: 9.4 },
    { values: [1, 3, 3, 7, 10], p: 0, expected: 1 },
    { values: [1, 3, 3, 7, 10], p: 1, expected: 10 },
    { values: [4], p: 0.95, expected: 4 },
    { values: [2, 2, 2], p: 0.05, expected: 2 },
  ])('quantile($values, $p) = $expected', ({ values, p, expected }) => {
    expect(sortedQuantile(values, p)).toBeCloseTo(expected, 12);
  });

  it('gives null for no values and refuses p outside [0, 1]', () => {
    expect(sortedQuantile([], 0.5)).toBeNull();
    expect(() => sortedQuantile([1, 2], 1.5)).toThrow('p must be in [0, 1]');
    expect(() => sortedQuantile([1, 2], Number.NaN)).toThrow(RangeError);
  });

  it('stays within the values and grows with p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p, q) => {
          const sorted = [...values].sort((a, b) => a - b);
          const [low, high] = [Math.min(p, q), Math.max(p, q)];
          const a = sortedQuantile(sorted, low)!;
          const b = sortedQuantile(sorted, high)!;
          expect(a).toBeGreaterThanOrEqual(sorted[0]!);
          expect(b).toBeLessThanOrEqual(sorted[sorted.length - 1]!);
          expect(a).toBeLessThanOrEqual(b + 1e-12);
        },
      ),
    );
  });
});
