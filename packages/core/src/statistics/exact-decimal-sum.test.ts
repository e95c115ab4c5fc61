import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimals, sumDecimals, subtractDecimals } from './exact-decimal-sum.ts';

describe('sumDecimals', () => {
  it.each([
    [[], '0'],
    [['0.1', '0.2'], '0.3'],
    [['227830000000', '0.5'], '227830000000.5'],
    [['-1.25', '1.25'], '0'],
    [['1e3', '0.001'], '1000.001'],
    [['-0.05', '0.01'], '-0.04'],
    [['100', '200.00'], '300'],
  ])('%j → %s', (values, expected) => {
    expect(sumDecimals(values)).toBe(expected);
  });

  it('is exact where binary floating point is not', () => {
    const values = Array.from({ length: 1000 }, () => '0.1');
    expect(sumDecimals(values)).toBe('100');
    expect(values.reduce((total, value) => total + Number(value), 0)).not.toBe(100);
  });

  it('agrees with integer arithmetic on cents (property)', () => {
    const asText = (cents: bigint) => {
      const negative = cents < 0n;
      const digits = (negative ? -cents : cents).toString().padStart(3, '0');
      return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
    };
    const limit = 10n ** 15n;
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -limit, max: limit }), { maxLength: 30 }), (cents) => {
        const total = cents.reduce((sum, value) => sum + value, 0n);
        expect(compareDecimals(sumDecimals(cents.map(asText)), asText(total))).toBe(0);
        expect(subtractDecimals(sumDecimals(cents.map(asText)), asText(total))).toBe('0');
      }),
    );
  });

  it('refuses text that is not a number, naming it', () => {
    expect(() => sumDecimals(['1', '—'])).toThrow(/"—"/);
  });
});

describe('compareDecimals', () => {
  it.each([
    ['1', '1.0', 0],
    ['1.01', '1.1', -1],
    ['-2', '-3', 1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareDecimals(a, b)).toBe(expected);
  });
});
