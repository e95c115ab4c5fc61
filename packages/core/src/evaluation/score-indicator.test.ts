import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreMinMax, scoreRatio } from './score-indicator.ts';

describe('scoreRatio', () => {
  it.each<{ name: string; args: Parameters<typeof scoreRatio>; score: number }>([
    { name: 'at the baseline', args: [24.097, 24.097, 30, 'positive', null, null], score: 30 },
    { name: 'double the baseline', args: [48.194, 24.097, 30, 'positive', null, null], score: 60 },
    { name: 'capped at 1.5 × weight (开化)', args: [48.194, 24.097, 30, 'positive', 1.5, null], score: 45 },
    { name: 'under the cap', args: [30, 24.097, 30, 'positive', 1.5, null], score: (30 * 30) / 24.097 },
    { name: 'negative tax floored at 0', args: [-5, 10, 20, 'positive', null, 0], score: 0 },
    { name: 'negative tax without a floor', args: [-5, 10, 20, 'positive', null, null], score: -10 },
    { name: 'negative direction, half the baseline', args: [1, 2, 10, 'negative', 3, null], score: 20 },
    { name: 'negative direction at 0 is the cap', args: [0, 2, 10, 'negative', 3, null], score: 30 },
  ])('$name', ({ args, score }) => {
    expect(scoreRatio(...args).score).toBeCloseTo(score, 12);
  });
});

describe('scoreMinMax (旌德: w·[20 + 80·(x − min)/(max − min)]/100)', () => {
  it.each<{ name: string; args: Parameters<typeof scoreMinMax>; score: number }>([
    { name: 'the minimum gets 20 % of the weight', args: [5, 5, 25, 30, 'positive', 20], score: 6 },
    { name: 'the maximum gets the weight', args: [25, 5, 25, 30, 'positive', 20], score: 30 },
    { name: 'half way', args: [15, 5, 25, 30, 'positive', 20], score: 18 },
    { name: 'negative direction reverses', args: [5, 5, 25, 30, 'negative', 20], score: 30 },
    { name: 'everyone equal: full weight', args: [7, 7, 7, 30, 'positive', 20], score: 30 },
    { name: 'a fixed range clips', args: [40, 5, 25, 30, 'positive', 20], score: 30 },
  ])('$name', ({ args, score }) => {
    expect(scoreMinMax(...args).score).toBeCloseTo(score, 12);
  });

  it('stays between floor × weight and the weight, rising with the value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (min, width, delta) => {
          const max = min + width;
          const x = min + Math.min(width, delta);
          const score = scoreMinMax(x, min, max, 40, 'positive', 20).score;
          expect(score).toBeGreaterThanOrEqual(8 - 1e-9);
          expect(score).toBeLessThanOrEqual(40 + 1e-9);
          expect(scoreMinMax(x + 1, min, max, 40, 'positive', 20).score).toBeGreaterThanOrEqual(score - 1e-9);
        },
      ),
    );
  });
});
