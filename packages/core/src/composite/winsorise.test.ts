import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logTransform } from './log-transform.ts';
import { checkOutliers } from './outlier-check.ts';
import { winsorise } from './winsorise.ts';

const rule = { skewThreshold: 2, kurtosisThreshold: 3.5 };
const settings = { ...rule, maxPoints: 5, force: false };

describe('outlier rule, winsorisation and log transforms', () => {
  it('passes when |skew| < 2 or kurtosis < 3.5, fails otherwise, and cannot decide without enough values', () => {
    expect(checkOutliers([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], rule).pass).toBe(true);
    expect(checkOutliers([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100], rule).pass).toBe(false);
    expect(checkOutliers([1, 2, 3], rule)).toEqual({ pass: true, skew: 0, kurtosis: null });
    expect(checkOutliers([1, 2], rule)).toEqual({ pass: null, skew: null, kurtosis: null });
    expect(checkOutliers([4, 4, 4, 4], rule).pass).toBeNull();
  });

  it("COINr's example: 1…10, 30, 100 needs its top values pulled in until the rule passes", () => {
    const result = winsorise([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100], settings);
    expect(result.count).toBeGreaterThan(0);
    expect(checkOutliers(result.values, rule).pass).toBe(true);
    expect(result.low).toEqual([]);
    expect(result.values.slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('moves tied extremes together, pulls low outliers up when skew is negative, keeps missing values', () => {
    const low = winsorise([-100, -100, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null], settings);
    expect(low.high).toEqual([]);
    expect(low.values[0]).toBe(low.values[1]);
    expect(low.values[12]).toBeNull();
    expect(winsorise([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100], { ...settings, maxPoints: 0 }).count).toBe(0);
    expect(winsorise([1, 2, 3, 4, 5, 6], { ...settings, force: true, maxPoints: 2 }).count).toBe(2);
  });

  it('property: winsorising keeps the order of values and stays within the original range, ≤ maxPoints rounds', () => {
    const column = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 5, maxLength: 40 });
    fc.assert(
      fc.property(column, fc.integer({ min: 0, max: 6 }), (values, maxPoints) => {
        const result = winsorise(values, { ...rule, maxPoints, force: false });
        const out = result.values as number[];
        for (let a = 0; a < values.length; a++)
          for (let b = 0; b < values.length; b++)
            if ((values[a] ?? 0) < (values[b] ?? 0)) expect(out[a]).toBeLessThanOrEqual(out[b] ?? NaN);
        expect(Math.max(...out)).toBeLessThanOrEqual(Math.max(...values));
        expect(Math.min(...out)).toBeGreaterThanOrEqual(Math.min(...values));
        if (maxPoints === 0) expect(out).toEqual(values);
      }),
    );
  });

  it('log-ct is log(x − min + 0.01·range) and log-ct-orig is log(x − min + 1); both keep the order', () => {
    expect(logTransform([1, 101, null], 'log-ct')).toEqual([Math.log(1), Math.log(101), null]);
    expect(logTransform([1, 3], 'log-ct-orig')).toEqual([0, Math.log(3)]);
  });
});
