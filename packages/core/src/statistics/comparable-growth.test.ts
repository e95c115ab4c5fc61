import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparableGrowth, contributionRate, monthValue, pullPoints, shareOf } from './comparable-growth.ts';

const sum = (terms: readonly number[]) => terms.reduce((total, term) => total + term, 0);
/**
 * How far a floating-point sum may be from the exact sum of these terms: each term is rounded once and each
 * addition once more (relative error 2⁻⁵³ each), so terms of 10¹¹ points agree only to about 10⁻⁵. The bound
 * used is some 500 times that, and still far below what a wrong formula (off by a whole term) would give.
 */
const roundingTolerance = (terms: readonly number[]) => 1e-12 * sum(terms.map(Math.abs)) + 1e-12;

describe('comparable growth, pull and contribution', () => {
  it.each([
    [{ value: 108.3, base: 100 }, 0.083],
    [{ value: 90, base: 100 }, -0.1],
    [{ value: 5, base: 0 }, null],
    [{ value: 5, base: null }, null],
  ])('growth of %j is %s', (pair, expected) => {
    const growth = comparableGrowth(pair);
    if (expected === null) expect(growth).toBeNull();
    else expect(growth).toBeCloseTo(expected, 12);
  });

  it("the parts' pulls add up to the whole's growth in points, and contributions to 1 (property)", () => {
    const part = fc.record({ value: fc.integer({ min: 0, max: 1e9 }), base: fc.integer({ min: 1, max: 1e9 }) });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 12 }), (parts) => {
        const whole = {
          value: parts.reduce((total, p) => total + p.value, 0),
          base: parts.reduce((total, p) => total + p.base, 0),
        };
        const pulls = parts.map((p) => pullPoints(p, whole)!);
        const growthPoints = comparableGrowth(whole)! * 100;
        expect(Math.abs(sum(pulls) - growthPoints)).toBeLessThanOrEqual(roundingTolerance([...pulls, growthPoints]));
        if (whole.value !== whole.base) {
          const contributions = parts.map((p) => contributionRate(p, whole)!);
          expect(Math.abs(sum(contributions) - 1)).toBeLessThanOrEqual(roundingTolerance(contributions));
        }
      }),
    );
  });

  it('adds pulls of 10⁹ points to the growth within their rounding, not within a fixed 10⁻⁶ (once found by the property)', () => {
    const parts = [
      { value: 17_508_811, base: 10 },
      { value: 920_193_384, base: 5 },
      { value: 188_791_385, base: 6 },
    ];
    const whole = { value: 1_126_493_580, base: 21 };
    const pulls = parts.map((p) => pullPoints(p, whole)!);
    const growthPoints = comparableGrowth(whole)! * 100;
    expect(Math.abs(sum(pulls) - growthPoints)).toBeGreaterThan(5e-7);
    expect(Math.abs(sum(pulls) - growthPoints)).toBeLessThanOrEqual(roundingTolerance([...pulls, growthPoints]));
    expect(roundingTolerance([...pulls, growthPoints])).toBeLessThan(0.05);
  });

  it('gives no pull or contribution without a base, and no contribution when the whole did not move', () => {
    expect(pullPoints({ value: 1, base: null }, { value: 10, base: 8 })).toBeNull();
    expect(contributionRate({ value: 1, base: 1 }, { value: 10, base: 10 })).toBeNull();
  });

  it('shares are null rather than infinite', () => {
    expect(shareOf(2834, 5611.9)).toBeCloseTo(0.505, 3);
    expect(shareOf(1, 0)).toBeNull();
    expect(shareOf(null, 10)).toBeNull();
  });

  it.each([
    [300, 200, 3, 100],
    [120, null, 1, 120],
    [120, null, 2, null],
    [null, 100, 5, null],
  ])('当月 of %s after %s in month %i is %s', (cumulative, previous, month, expected) => {
    expect(monthValue(cumulative, previous, month)).toBe(expected);
  });
});
