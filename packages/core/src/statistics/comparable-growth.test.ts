import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparableGrowth, contributionRate, monthValue, pullPoints, shareOf } from './comparable-growth.ts';

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
        const pulls = parts.reduce((total, p) => total + pullPoints(p, whole)!, 0);
        expect(pulls).toBeCloseTo(comparableGrowth(whole)! * 100, 6);
        if (whole.value !== whole.base) {
          const contributions = parts.reduce((total, p) => total + contributionRate(p, whole)!, 0);
          expect(contributions).toBeCloseTo(1, 6);
        }
      }),
    );
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
