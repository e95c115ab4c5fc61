import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, groupThousands } from './format-decimal.ts';

describe('formatDecimal', () => {
  it.each<[number, number, number, string]>([
    // value, digits, shift, text
    [227_830_000_000, 1, -8, '2278.3'],
    [227_825_000_000, 1, -8, '2278.3'], // half away from zero, exactly at the half
    [227_824_999_999, 1, -8, '2278.2'],
    [0.083, 1, 2, '8.3'],
    [0.0835, 1, 2, '8.4'], // 0.0835 * 100 is 8.349999… in binary
    [-0.012, 1, 2, '-1.2'],
    [-0.0125, 1, 2, '-1.3'],
    [1.005, 2, 0, '1.01'], // (1.005).toFixed(2) is '1.00'
    [-0.04, 1, 0, '0.0'], // no "-0.0"
    [-0.0004, 1, 2, '0.0'],
    [-0.05, 1, 0, '-0.1'],
    [0, 1, 0, '0.0'],
    [-0, 0, 0, '0'],
    [7, 2, 0, '7.00'],
    [1e21, 0, 0, '1000000000000000000000'],
    [1.5e-7, 1, 8, '15.0'],
    [5e-324, 1, 0, '0.0'],
    [123456789.987, 0, -4, '12346'],
    [99.95, 1, 0, '100.0'],
  ])('formatDecimal(%d, %d, %d) = %s', (value, digits, shift, text) => {
    expect(formatDecimal(value, digits, shift)).toBe(text);
  });

  it.each([Number.NaN, Infinity, -Infinity])('refuses %d', (value) => {
    expect(() => formatDecimal(value, 1)).toThrow(RangeError);
  });

  it('refuses a fractional or negative number of decimals and a fractional shift', () => {
    expect(() => formatDecimal(1, -1)).toThrow(RangeError);
    expect(() => formatDecimal(1, 1.5)).toThrow(RangeError);
    expect(() => formatDecimal(1, 1, 0.5)).toThrow(RangeError);
  });

  it('is within half a unit of the last decimal of value × 10^shift', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e13, max: 1e13, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: -8, max: 2 }),
        (value, digits, shift) => {
          const text = formatDecimal(value, digits, shift);
          expect(text).toMatch(digits === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${digits}}$`));
          const exact = value * 10 ** shift;
          const tolerance = 0.5 * 10 ** -digits + Math.abs(exact) * 1e-15;
          expect(Math.abs(Number(text) - exact)).toBeLessThanOrEqual(tolerance);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives back a number already written with that many decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (units, digits) => {
        const written = formatDecimal(units / 10 ** digits, digits);
        expect(Math.round(Number(written) * 10 ** digits)).toBe(units);
        expect(formatDecimal(Number(written), digits)).toBe(written);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('groupThousands', () => {
  it.each([
    ['0', '0'],
    ['999', '999'],
    ['1000', '1,000'],
    ['-1234567.89', '-1,234,567.89'],
    ['22783.0', '22,783.0'],
  ])('%s → %s', (text, grouped) => {
    expect(groupThousands(text)).toBe(grouped);
  });
});
