import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  maximum,
  mean,
  median,
  minimum,
  populationSd,
  presentValues,
  sampleSd,
  sampleVariance,
} from './descriptive-statistics.ts';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });

describe('descriptive statistics', () => {
  it.each<[string, number[], { mean: number; median: number; variance: number }]>([
    ['one to five', [1, 2, 3, 4, 5], { mean: 3, median: 3, variance: 2.5 }],
    ['an even count', [4, 1, 3, 2], { mean: 2.5, median: 2.5, variance: 5 / 3 }],
    ['a constant', [7, 7, 7], { mean: 7, median: 7, variance: 0 }],
  ])('%s', (_name, values, expected) => {
    expect(mean(values)).toBeCloseTo(expected.mean, 12);
    expect(median(values)).toBeCloseTo(expected.median, 12);
    expect(sampleVariance(values)).toBeCloseTo(expected.variance, 12);
  });

  it('gives NaN where R gives NA or NaN: no values, or one value for a sample spread', () => {
    expect([mean([]), median([]), minimum([]), maximum([]), populationSd([])]).toEqual([NaN, NaN, NaN, NaN, NaN]);
    expect(sampleSd([3])).toBeNaN();
  });

  it('keeps −0 as R does when it is the extreme (so x / max can be −Infinity as in R)', () => {
    expect(Object.is(maximum([-0, -5]), -0)).toBe(true);
    expect(Object.is(minimum([-0, 5]), -0)).toBe(true);
  });

  it('drops missing values, never counting them as 0', () => {
    expect(presentValues([1, null, 3])).toEqual([1, 3]);
    expect(mean(presentValues([1, null, 3]))).toBe(2);
  });

  it('properties: the mean lies between min and max; sd ≥ 0; population sd ≤ sample sd', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 2, maxLength: 40 }), (values) => {
        const centre = mean(values);
        expect(centre).toBeGreaterThanOrEqual(minimum(values) - 1e-9);
        expect(centre).toBeLessThanOrEqual(maximum(values) + 1e-9);
        expect(sampleSd(values)).toBeGreaterThanOrEqual(0);
        expect(populationSd(values)).toBeLessThanOrEqual(sampleSd(values) + 1e-12);
      }),
    );
  });
});
