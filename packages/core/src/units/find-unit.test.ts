import { describe, expect, it } from 'vitest';
import { findUnit, normaliseUnitText } from './find-unit.ts';
import { UNITS, type UnitCode } from './unit-catalogue.ts';

describe('findUnit', () => {
  it.each<[string, UnitCode]>([
    ['元', 'yuan'],
    ['千元', 'thousand_yuan'],
    ['万元', 'ten_thousand_yuan'],
    ['万 元', 'ten_thousand_yuan'],
    ['(万元)', 'ten_thousand_yuan'],
    ['（万元）', 'ten_thousand_yuan'],
    ['单位：万元', 'ten_thousand_yuan'],
    ['（单位：万元）', 'ten_thousand_yuan'],
    ['ten_thousand_yuan', 'ten_thousand_yuan'],
    ['亿元', 'hundred_million_yuan'],
    ['亩', 'mu'],
    ['m2', 'square_metre'],
    ['M2', 'square_metre'],
    ['m²', 'square_metre'],
    ['㎡', 'square_metre'],
    ['平方米', 'square_metre'],
    ['平米', 'square_metre'],
    ['公顷', 'hectare'],
    ['ha', 'hectare'],
    ['kWh', 'kwh'],
    ['kW·h', 'kwh'],
    ['千瓦时', 'kwh'],
    ['度', 'kwh'],
    ['万千瓦时', 'ten_thousand_kwh'],
    ['万kWh', 'ten_thousand_kwh'],
    ['万 kWh', 'ten_thousand_kwh'],
    ['万度', 'ten_thousand_kwh'],
    ['吨标准煤', 'tce'],
    ['吨标煤', 'tce'],
    ['tce', 'tce'],
    ['万吨标煤', 'ten_thousand_tce'],
    ['万吨标准煤', 'ten_thousand_tce'],
    ['当量吨', 'pollution_equivalent_tonne'],
    ['吨', 'tonne'],
    ['人', 'person'],
    ['家', 'enterprise'],
    ['%', 'percent'],
    ['％', 'percent'],
    ['(%)', 'percent'],
    ['比值', 'ratio'],
  ])('%j → %s', (text, code) => {
    expect(findUnit(text)?.code).toBe(code);
  });

  it.each(['', '  ', '()', '万', '万元/亩', 'kg', 'toString', '亿'])('%j is not a unit', (text) => {
    expect(findUnit(text)).toBeUndefined();
  });

  it.each(UNITS.map((unit) => [unit.code, unit] as const))('finds %s by its code, names and symbols', (_code, unit) => {
    for (const text of [unit.code, unit.name.zh, unit.name.en, unit.symbol, unit.latinSymbol]) {
      if (text) expect(findUnit(text)).toBe(unit);
    }
  });

  it.each([
    [' （单位：万 元） ', '万元'],
    ['【㎡】', 'm2'],
    ['KWH', 'kwh'],
  ])('normalises %j to %j', (text, normalised) => {
    expect(normaliseUnitText(text)).toBe(normalised);
  });
});
