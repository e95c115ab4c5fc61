import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDecimals,
  compareDecimals,
  decimalOf,
  decimalToNumber,
  divideToNumber,
  integerPart,
  roundDecimalRatio,
  roundNumber,
  type RoundingMode,
} from './exact-decimal.ts';

describe('roundNumber', () => {
  it.each<[number, number, RoundingMode, number]>([
    [1.005, 2, 'half_up', 1.01],
    [2.675, 2, 'half_up', 2.68],
    [-1.5, 0, 'half_up', -2],
    [2.5, 0, 'half_even', 2],
    [3.5, 0, 'half_even', 4],
    [0.125, 2, 'half_even', 0.12],
    [1.239, 2, 'down', 1.23],
    [-1.239, 2, 'down', -1.23],
    [114.410805999, 2, 'half_up', 114.41],
    [100, 2, 'half_up', 100],
  ])('%s to %s places (%s) is %s', (value, decimals, mode, expected) => {
    expect(roundNumber(value, decimals, mode)).toBe(expected);
  });

  it('takes its floating-point shortcut only where it equals rounding on the exact decimal digits', () => {
    const exact = (value: number, decimals: number, mode: RoundingMode) =>
      roundDecimalRatio(decimalOf(value), decimalOf(1), decimals, mode);
    const near = fc
      .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(0.5, 0.49999999, 0.5000001, 0.005, 0.125))
      .map(([integer, fraction]) => integer / 100 + fraction / 100);
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), near),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom<RoundingMode>('half_up', 'half_even', 'down'),
        (value, decimals, mode) => {
          expect(roundNumber(value, decimals, mode)).toBe(exact(value, decimals, mode));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never moves a value by more than half a unit in the last place', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        (value, decimals) => {
          expect(Math.abs(roundNumber(value, decimals, 'half_up') - value)).toBeLessThanOrEqual(
            0.5 * 10 ** -decimals + 1e-6,
          );
        },
      ),
    );
  });
});

describe('integerPart', () => {
  it.each<[number, 'floor' | 'ceil' | 'half_up', bigint]>([
    [2.5, 'floor', 2n],
    [2.5, 'ceil', 3n],
    [2.5, 'half_up', 3n],
    [9.5, 'floor', 9n],
    [-2.5, 'floor', -3n],
    [-2.5, 'ceil', -2n],
    [7, 'floor', 7n],
  ])('%s %s → %s', (value, mode, expected) => {
    expect(integerPart(decimalOf(value), mode)).toBe(expected);
  });

  it('takes 0.29 × 100 as exactly 29 (a float product would give 28.999…)', () => {
    const product = { coefficient: 29n * 100n, exponent: -2 };
    expect(integerPart(product, 'floor')).toBe(29n);
    expect(Math.floor(0.29 * 100)).toBe(28);
  });
});

describe('exact sums and comparisons', () => {
  it('adds 0.1 + 0.2 to exactly 0.3', () => {
    expect(decimalToNumber(addDecimals(decimalOf(0.1), decimalOf(0.2)))).toBe(0.3);
    expect(compareDecimals(addDecimals(decimalOf(0.1), decimalOf(0.2)), decimalOf(0.3))).toBe(0);
  });

  it('sums any amounts in 分 exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 })), (cents) => {
        const total = cents.reduce((sum, c) => addDecimals(sum, decimalOf(c / 100)), decimalOf(0));
        const exact = cents.reduce((a, b) => a + BigInt(b), 0n);
        expect(compareDecimals(total, { coefficient: exact, exponent: -2 })).toBe(0);
      }),
    );
  });

  it('divides to the nearest double', () => {
    expect(divideToNumber(decimalOf(1), decimalOf(3))).toBe(1 / 3);
    expect(divideToNumber(decimalOf(300000), decimalOf(10))).toBe(30000);
    expect(() => divideToNumber(decimalOf(1), decimalOf(0))).toThrow(RangeError);
  });
});
