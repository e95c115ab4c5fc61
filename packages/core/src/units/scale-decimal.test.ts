import { describe, expect, it } from 'vitest';
import { roundToSignificantDigits, scaleDecimal } from './scale-decimal.ts';

describe('roundToSignificantDigits', () => {
  it.each<[bigint, bigint, number, number, number]>([
    [10000n, 15n, 0, 10, 666.6666667],
    [-10000n, 15n, 0, 10, -666.6666667],
    [2n, 3n, 3, 10, 666.6666667],
    [1n, 3n, 0, 4, 0.3333],
    [12345n, 1n, 0, 4, 12350], // a tie rounds away from zero
    [-12345n, 1n, 0, 4, -12350],
    [123449999n, 1n, -4, 4, 12340],
    [99995n, 1n, 0, 4, 100000],
    [1n, 7n, -20, 3, 1.43e-21],
    [0n, 7n, 5, 10, 0],
    [15n, 1n, -1, 10, 1.5],
  ])('%s/%s × 10^%i to %i digits → %d', (numerator, denominator, exponent, digits, expected) => {
    expect(roundToSignificantDigits(numerator, denominator, exponent, digits)).toBe(expected);
  });
});

describe('scaleDecimal', () => {
  it.each<[bigint, number, bigint, bigint, number, number]>([
    [22783n, -1, 1n, 1n, 8, 227830000000],
    [1n, -1, 1n, 1n, 4, 1000],
    [1234n, -2, 1n, 1n, 4, 123400],
    [1n, -1, 3n, 1n, 1, 3], // 0.1 × 30: exact, not 3.0000000000000004
    [1n, 0, 2n, 3n, 3, 666.6666667],
  ])('%s×10^%i × %s/%s × 10^%i = %d', (coefficient, exponent, numerator, denominator, powerOfTen, expected) => {
    expect(scaleDecimal({ coefficient, exponent }, { numerator, denominator, powerOfTen })).toBe(expected);
  });
});
