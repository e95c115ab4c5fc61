import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kurtosis, skewness } from './skewness-kurtosis.ts';

const sample = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1000, max: 1000 }), {
  minLength: 4,
  maxLength: 30,
});
const spread = (values: number[]) => Math.max(...values) - Math.min(...values) > 1e-3;

describe('skewness and kurtosis (e1071 type 2, as Excel SKEW and KURT)', () => {
  it('is 0 skew for symmetric data and matches the type-2 formulas on a small case', () => {
    expect(skewness([1, 2, 3, 4, 5])).toBeCloseTo(0, 12);
    // (1, 2, 3, 10): mean 4, central moments m2 = 12.5, m3 = 45, m4 = 348.5 (n = 4);
    // type 2: G1 = m3/m2^1.5 · √(n(n−1))/(n−2), G2 = ((n+1)(m4/m2² − 3) + 6)(n−1)/((n−2)(n−3))
    expect(skewness([1, 2, 3, 10])).toBeCloseTo(((45 / 12.5 ** 1.5) * Math.sqrt(12)) / 2, 12);
    expect(kurtosis([1, 2, 3, 10])).toBeCloseTo(((5 * (348.5 / 12.5 ** 2 - 3) + 6) * 3) / 2, 12);
  });

  it('needs 3 values for skewness and 4 for kurtosis', () => {
    expect(skewness([1, 2])).toBeNaN();
    expect(kurtosis([1, 2, 3])).toBeNaN();
  });

  it('properties: invariant under a positive affine change of scale; skew changes sign under negation', () => {
    fc.assert(
      fc.property(
        sample.filter(spread),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (values, scale, shift) => {
          const moved = values.map((value) => value * scale + shift);
          expect(skewness(moved)).toBeCloseTo(skewness(values), 6);
          expect(kurtosis(moved)).toBeCloseTo(kurtosis(values), 6);
          expect(skewness(values.map((value) => -value))).toBeCloseTo(-skewness(values), 9);
        },
      ),
    );
  });
});
