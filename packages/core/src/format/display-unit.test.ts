import { describe, expect, it } from 'vitest';
import { DIMENSIONS, type Dimension } from '../units/index.ts';
import {
  displayUnitOfDimension,
  displayUnitOfMeasure,
  formatInDisplayUnit,
  formatInDisplayUnitText,
  inDisplayUnit,
} from './display-unit.ts';

describe('display units', () => {
  it.each<[string, number, string, string, number]>([
    ['industrial_output', 227_830_000_000, '亿元', '2278.3', 2278.3],
    ['value_added', 112_250_000_000, '亿元', '1122.5', 1122.5],
    ['electricity', 123_456_789, '万千瓦时', '12345.7', 12345.6789],
    ['energy_consumption', 6_180_000, '万吨标煤', '618.00', 618],
    ['employees', 1234, '人', '1234', 1234],
    ['not_in_catalogue', 5e9, '亿元', '50.0', 50],
  ])('%s %d → %s %s', (measure, value, unitName, text, number) => {
    const unit = displayUnitOfMeasure(measure);
    expect(unit.name.zh).toBe(unitName);
    expect(formatInDisplayUnit(value, unit)).toBe(text);
    expect(inDisplayUnit(value, unit)).toBeCloseTo(number, 9);
  });

  it('shows a ratio in per cent', () => {
    expect(formatInDisplayUnit(0.325, displayUnitOfDimension('ratio'))).toBe('32.5');
    expect(inDisplayUnit(0.325, displayUnitOfDimension('ratio'))).toBeCloseTo(32.5, 12);
  });

  it('has a unit for every dimension', () => {
    for (const dimension of Object.keys(DIMENSIONS) as Dimension[])
      expect(displayUnitOfDimension(dimension).name.zh).not.toBe('');
  });

  it.each<[string, number, string, string]>([
    ['industrial_output', 227_830_000_000, '2278.3亿元', '227.83 billion yuan'],
    ['electricity', 123_456_789, '12345.7万千瓦时', '12,345.7 10 thousand kWh'],
    ['employees', 12345, '12345人', '12,345 persons'],
  ])('%s %d in a sentence: %s / %s', (measure, value, zh, en) => {
    const unit = displayUnitOfMeasure(measure);
    expect(formatInDisplayUnitText(value, unit, 'zh')).toBe(zh);
    expect(formatInDisplayUnitText(value, unit, 'en')).toBe(en);
  });

  it('writes a ratio in a sentence as per cent', () => {
    expect(formatInDisplayUnitText(0.325, displayUnitOfDimension('ratio'), 'en')).toBe('32.5%');
  });
});
