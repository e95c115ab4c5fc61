import { describe, expect, it } from 'vitest';
import { convertQuantity, toCanonical } from './convert-quantity.ts';
import { UNITS, type UnitCode } from './unit-catalogue.ts';
import { UnitConversionError, type UnitConversionErrorKind } from './unit-conversion-error.ts';

const ONE_IN_CANONICAL: [UnitCode, number, UnitCode][] = [
  ['yuan', 1, 'yuan'],
  ['thousand_yuan', 1000, 'yuan'],
  ['ten_thousand_yuan', 10000, 'yuan'],
  ['hundred_million_yuan', 100000000, 'yuan'],
  ['mu', 1, 'mu'],
  ['square_metre', 0.0015, 'mu'],
  ['hectare', 15, 'mu'],
  ['kwh', 1, 'kwh'],
  ['ten_thousand_kwh', 10000, 'kwh'],
  ['tce', 1, 'tce'],
  ['ten_thousand_tce', 10000, 'tce'],
  ['pollution_equivalent_tonne', 1, 'pollution_equivalent_tonne'],
  ['tonne', 1, 'tonne'],
  ['person', 1, 'person'],
  ['enterprise', 1, 'enterprise'],
  ['percent', 0.01, 'ratio'],
  ['ratio', 1, 'ratio'],
];

describe('toCanonical', () => {
  it.each(ONE_IN_CANONICAL)('1 %s = %d %s', (unit, value, canonical) => {
    expect(toCanonical(1, unit)).toEqual({ value, unit: canonical });
  });

  it('covers every unit of the catalogue', () => {
    expect(ONE_IN_CANONICAL.map(([unit]) => unit).sort()).toEqual(UNITS.map((unit) => unit.code).sort());
  });
});

describe('convertQuantity: exact decimal conversions', () => {
  it.each<[string | number, UnitCode, UnitCode, number]>([
    ['2278.3', 'hundred_million_yuan', 'yuan', 227830000000],
    [2278.3, 'hundred_million_yuan', 'yuan', 227830000000],
    ['0.1', 'ten_thousand_yuan', 'yuan', 1000],
    [0.1, 'ten_thousand_yuan', 'yuan', 1000],
    ['12.34', 'ten_thousand_kwh', 'kwh', 123400],
    [12.34, 'ten_thousand_kwh', 'kwh', 123400],
    ['227830000000', 'yuan', 'hundred_million_yuan', 2278.3],
    ['123400', 'kwh', 'ten_thousand_kwh', 12.34],
    ['1,234.5', 'thousand_yuan', 'ten_thousand_yuan', 123.45],
    ['-0.3', 'hundred_million_yuan', 'ten_thousand_yuan', -3000],
    ['0.07', 'ten_thousand_tce', 'tce', 700],
    ['12.5', 'percent', 'ratio', 0.125],
    ['0.035', 'ratio', 'percent', 3.5],
    ['1.5e3', 'thousand_yuan', 'yuan', 1500000],
    ['0', 'hundred_million_yuan', 'yuan', 0],
  ])('%j %s = %d %s', (value, from, to, expected) => {
    expect(convertQuantity(value, from, to)).toBe(expected);
  });
});

describe('convertQuantity: area', () => {
  it.each<[string | number, UnitCode, UnitCode, number]>([
    [1, 'mu', 'square_metre', 666.6666667],
    [15, 'mu', 'square_metre', 10000],
    [3, 'mu', 'square_metre', 2000],
    [10000, 'square_metre', 'mu', 15],
    [666.67, 'square_metre', 'mu', 1.000005],
    [1, 'square_metre', 'mu', 0.0015],
    [1, 'hectare', 'mu', 15],
    [1, 'hectare', 'square_metre', 10000],
    [0.1, 'hectare', 'mu', 1.5],
    [1, 'mu', 'hectare', 0.06666666667],
    ['123456789.123', 'square_metre', 'mu', 185185.1837],
  ])('%j %s ≈ %d %s', (value, from, to, expected) => {
    expect(convertQuantity(value, from, to)).toBe(expected);
  });
});

describe('convertQuantity: errors', () => {
  it.each<[string | number, UnitCode, UnitCode, UnitConversionErrorKind, string]>([
    [1, 'ten_thousand_yuan', 'mu', 'dimension_mismatch', 'money is not area'],
    [1, 'kwh', 'tce', 'dimension_mismatch', '量纲不同'],
    [1, 'percent', 'person', 'dimension_mismatch', 'cannot convert percent to person'],
    ['abc', 'yuan', 'ten_thousand_yuan', 'not_a_number', '"abc" is not a finite number'],
    ['', 'yuan', 'ten_thousand_yuan', 'not_a_number', '不是有效数值'],
    ['—', 'yuan', 'ten_thousand_yuan', 'not_a_number', 'not a finite number'],
    ['-', 'yuan', 'ten_thousand_yuan', 'not_a_number', 'not a finite number'],
    [Number.NaN, 'yuan', 'ten_thousand_yuan', 'not_a_number', 'NaN is not a finite number'],
    [Number.POSITIVE_INFINITY, 'mu', 'square_metre', 'not_a_number', 'Infinity is not a finite number'],
    [Number.NEGATIVE_INFINITY, 'yuan', 'yuan', 'not_a_number', '-Infinity is not a finite number'],
    ['1e400', 'yuan', 'yuan', 'out_of_range', 'out of the range'],
    [1e305, 'hundred_million_yuan', 'yuan', 'out_of_range', 'out of the range'],
    ['1e-400', 'mu', 'square_metre', 'out_of_range', 'out of the range'],
    [1, 'wan_yuan' as UnitCode, 'yuan', 'unknown_unit', "unknown unit 'wan_yuan'"],
  ])('%j %s → %s throws %s', (value, from, to, kind, message) => {
    let error: unknown;
    try {
      convertQuantity(value, from, to);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnitConversionError);
    expect(error).toMatchObject({ kind, name: 'UnitConversionError' });
    expect((error as Error).message).toContain(message);
  });

  it('toCanonical throws the same way', () => {
    expect(() => toCanonical('', 'ten_thousand_yuan')).toThrow(UnitConversionError);
    expect(() => toCanonical(1, 'nope' as UnitCode)).toThrow(UnitConversionError);
  });
});
