import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from './decimal-number.ts';

describe('parseDecimal', () => {
  it.each<[string | number, bigint, number]>([
    ['2278.3', 22783n, -1],
    ['0.1', 1n, -1],
    ['-12.34', -1234n, -2],
    ['+5', 5n, 0],
    ['  42  ', 42n, 0],
    ['1.5e3', 15n, 2],
    ['2E-3', 2n, -3],
    ['.5', 5n, -1],
    ['3.', 3n, 0],
    ['1,234,567.5', 12345675n, -1],
    ['0', 0n, 0],
    [0.1, 1n, -1],
    [1e21, 1n, 21],
    [-0, 0n, 0],
    [123456789, 123456789n, 0],
  ])('%j → %s × 10^%i', (input, coefficient, exponent) => {
    expect(parseDecimal(input)).toEqual({ coefficient, exponent });
  });

  it.each<string | number>([
    '',
    ' ',
    '—',
    '-',
    '+',
    '.',
    'abc',
    '1e',
    '12a',
    '1,23',
    '1,2345',
    'NaN',
    'Infinity',
    '0x10',
  ])('%j is not a number', (input) => {
    expect(parseDecimal(input)).toBeUndefined();
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('%d is not a finite number', (input) => {
    expect(parseDecimal(input)).toBeUndefined();
  });

  it('reads every finite number back to itself', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const decimal = parseDecimal(value);
        expect(decimal).toBeDefined();
        if (decimal !== undefined)
          expect(Number(`${decimal.coefficient}e${decimal.exponent}`)).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});
