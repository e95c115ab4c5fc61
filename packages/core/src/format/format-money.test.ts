import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseMoneyUnit,
  formatMoneyTable,
  formatMoneyText,
  moneyInUnit,
  type MoneyDisplayUnit,
} from './format-money.ts';
import type { ReportLanguage } from './report-language.ts';

describe('money', () => {
  it.each<[number, MoneyDisplayUnit, string]>([
    [227_830_000_000, 'hundred_million_yuan', '2278.3'], // seed: 现代纺织服装 2024年1-10月
    [112_250_000_000, 'hundred_million_yuan', '1122.5'], // seed: 规上工业增加值 2023年1-5月
    [50_525_000_000, 'hundred_million_yuan', '505.3'], // seed: 光伏 505.25亿 to one decimal
    [-1_234_000_000, 'hundred_million_yuan', '-12.3'],
    [567_000, 'ten_thousand_yuan', '56.7'],
    [4_000, 'hundred_million_yuan', '0.0'],
  ])('table form of %d in %s is %s', (yuan, unit, text) => {
    expect(formatMoneyTable(yuan, unit)).toBe(text);
  });

  it.each<[number, ReportLanguage, MoneyDisplayUnit | undefined, string]>([
    [227_830_000_000, 'zh', undefined, '2278.3亿元'],
    [227_830_000_000, 'en', undefined, '227.83 billion yuan'],
    [1_000_000_000_000, 'en', undefined, '1,000.00 billion yuan'],
    [567_000, 'zh', undefined, '56.7万元'],
    [567_000, 'en', undefined, '567 thousand yuan'],
    [543_210_000, 'zh', 'ten_thousand_yuan', '54321.0万元'],
    [543_210_000, 'en', 'ten_thousand_yuan', '543,210 thousand yuan'],
  ])('text form of %d (%s, %s) is %s', (yuan, language, unit, text) => {
    expect(formatMoneyText(yuan, language, unit)).toBe(text);
  });

  it.each<[(number | null)[], MoneyDisplayUnit]>([
    [[227_830_000_000, 5_000_000], 'hundred_million_yuan'],
    [[100_000_000], 'hundred_million_yuan'],
    [[99_999_999, null], 'ten_thousand_yuan'],
    [[-300_000_000], 'hundred_million_yuan'],
    [[null, null], 'hundred_million_yuan'],
    [[], 'hundred_million_yuan'],
  ])('chooses the unit of %j: %s', (values, unit) => {
    expect(chooseMoneyUnit(values)).toBe(unit);
  });

  it('gives spreadsheet numbers in the unit that show as the table form', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (yuan) => {
        expect(Math.abs(Number(formatMoneyTable(yuan)) - moneyInUnit(yuan))).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});
