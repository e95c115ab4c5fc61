import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positiveVector } from './arbitraries.test-support.ts';
import { shannonEntropy } from './entropy.ts';
import { giniCoefficient, hooverCoefficient, locationalGini, lorenzGini, normalisedGini } from './inequality.ts';

describe('Hoover, Gini, Lorenz Gini', () => {
  it.each([
    { name: 'all equal', values: [4, 4, 4, 4], gini: 0, normalised: 0, hoover: 0 },
    { name: 'one holds all of four', values: [0, 0, 0, 8], gini: 0.75, normalised: 1, hoover: 0.75 },
    { name: 'a single value', values: [3], gini: 0, normalised: null, hoover: 0 },
    { name: 'all zero: undefined', values: [0, 0], gini: null, normalised: null, hoover: null },
  ])('$name', ({ values, gini, normalised, hoover }) => {
    expect(giniCoefficient(values)).toBe(gini);
    expect(normalisedGini(values)).toBe(normalised);
    expect(hooverCoefficient(values)).toBe(hoover);
  });

  it('Lorenz Gini: an industry spread like the regions is 0; one in an empty-sized region sorts last', () => {
    expect(lorenzGini([2, 4, 6], [1, 2, 3])).toBeCloseTo(0, 15);
    expect(lorenzGini([0, 0, 5], [5, 5, 0])).toBe(1);
    expect(lorenzGini([0, 0], [1, 1])).toBeNull();
    expect(locationalGini([0, 0, 5], [5, 5, 0])).toBe(0.5);
  });

  it('bounds: Hoover and Lorenz Gini in [0, 1], Gini in [0, (n−1)/n], locational Gini in [0, ½]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }).chain((n) => fc.tuple(positiveVector(n), positiveVector(n))),
        ([values, reference]) => {
          const n = values.length;
          for (const value of [hooverCoefficient(values, reference)!, lorenzGini(values, reference)!]) {
            expect(value).toBeGreaterThanOrEqual(-1e-12);
            expect(value).toBeLessThanOrEqual(1 + 1e-12);
          }
          const gini = giniCoefficient(values)!;
          expect(gini).toBeGreaterThanOrEqual(-1e-12);
          expect(gini).toBeLessThanOrEqual((n - 1) / n + 1e-12);
          expect(locationalGini(values, reference)!).toBeLessThanOrEqual(0.5 + 1e-12);
        },
      ),
    );
  });

  it('against equal weights, the Lorenz Gini is the plain Gini and the Hoover is the uniform Hoover', () => {
    fc.assert(
      fc.property(positiveVector(), (values) => {
        const ones = values.map(() => 1);
        expect(lorenzGini(values, ones)).toBeCloseTo(giniCoefficient(values)!, 12);
        expect(hooverCoefficient(values, ones)).toBeCloseTo(hooverCoefficient(values)!, 12);
      }),
    );
  });
});

describe('Shannon entropy', () => {
  it.each([
    { values: [5, 0, 0], entropy: 0 },
    { values: [1, 1, 1, 1], entropy: 2 },
    { values: [1, 1], entropy: 1 },
    { values: [0, 0], entropy: null },
  ])('$values → $entropy bits', ({ values, entropy }) => {
    expect(shannonEntropy(values)).toBe(entropy);
  });

  it('is in [0, log2 n]', () => {
    fc.assert(
      fc.property(positiveVector(), (values) => {
        const entropy = shannonEntropy(values)!;
        expect(entropy).toBeGreaterThanOrEqual(0);
        expect(entropy).toBeLessThanOrEqual(Math.log2(values.length) + 1e-12);
      }),
    );
  });
});
