import { describe, expect, it } from 'vitest';
import { DIMENSIONS, type Dimension } from './dimension.ts';
import { CANONICAL_UNITS, getUnit, isUnitCode, UNITS, type UnitCode } from './unit-catalogue.ts';

describe('unit catalogue', () => {
  it.each<[UnitCode, string, string | null, Dimension]>([
    ['yuan', '元', null, 'money'],
    ['thousand_yuan', '千元', null, 'money'],
    ['ten_thousand_yuan', '万元', null, 'money'],
    ['hundred_million_yuan', '亿元', null, 'money'],
    ['mu', '亩', null, 'area'],
    ['square_metre', '平方米', 'm²', 'area'],
    ['hectare', '公顷', 'ha', 'area'],
    ['kwh', '千瓦时', 'kWh', 'electricity'],
    ['ten_thousand_kwh', '万千瓦时', '万kWh', 'electricity'],
    ['tce', '吨标煤', 'tce', 'energy'],
    ['ten_thousand_tce', '万吨标煤', null, 'energy'],
    ['pollution_equivalent_tonne', '当量吨', null, 'pollutant'],
    ['tonne', '吨', 't', 'mass'],
    ['person', '人', null, 'people'],
    ['enterprise', '家', null, 'count'],
    ['percent', '%', null, 'ratio'],
    ['ratio', '', null, 'ratio'],
  ])('%s is written %j (%j) and measures %s', (code, symbol, latinSymbol, dimension) => {
    expect(getUnit(code)).toMatchObject({ code, symbol, latinSymbol, dimension });
  });

  it('names every unit in Chinese and English, with a unique ASCII code', () => {
    const codes = UNITS.map((unit) => unit.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const unit of UNITS) {
      expect(unit.code).toMatch(/^[a-z][a-z_]*$/);
      expect(unit.name.zh).not.toBe('');
      expect(unit.name.en).not.toBe('');
    }
  });

  it.each(Object.keys(DIMENSIONS) as Dimension[])('the canonical unit of %s has factor exactly 1', (dimension) => {
    const canonical = getUnit(CANONICAL_UNITS[dimension]);
    expect(canonical?.dimension).toBe(dimension);
    expect(canonical?.factor).toEqual({ numerator: 1, denominator: 1, powerOfTen: 0 });
  });

  it.each(['', 'wan_yuan', 'toString', 'constructor'])('%j is not a unit code', (code) => {
    expect(isUnitCode(code)).toBe(false);
    expect(getUnit(code)).toBeUndefined();
  });
});
