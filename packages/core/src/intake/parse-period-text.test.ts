import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriodLabel } from './format-period-label.ts';
import { parsePeriodText, type PeriodText } from './parse-period-text.ts';

const months = (year: number, fromMonth: number, toMonth: number): PeriodText => ({ year, fromMonth, toMonth });
const annual = (year: number): PeriodText => ({ year, annual: true });

describe('parsePeriodText', () => {
  it.each<[string, PeriodText]>([
    ['2024年1-10月', months(2024, 1, 10)],
    ['2024年1—10月', months(2024, 1, 10)],
    ['2024年1–10月', months(2024, 1, 10)],
    ['2024年1－10月', months(2024, 1, 10)],
    ['2024年1～10月份', months(2024, 1, 10)],
    ['2024年1~10月', months(2024, 1, 10)],
    ['2024年1至10月', months(2024, 1, 10)],
    ['2024年1月-10月', months(2024, 1, 10)],
    ['2024年1——10月', months(2024, 1, 10)],
    ['２０２４年１－２月', months(2024, 1, 2)],
    ['2024年01-09月', months(2024, 1, 9)],
    ['2024年10月', months(2024, 10, 10)],
    ['2024年10月份', months(2024, 10, 10)],
    ['2024年 10 月', months(2024, 10, 10)],
    ['2024 年\n1-10 月', months(2024, 1, 10)],
    ['2024-10', months(2024, 10, 10)],
    ['2024.10', months(2024, 10, 10)],
    ['2024/3', months(2024, 3, 3)],
    ['202410', months(2024, 10, 10)],
    ['规上工业_202403.xlsx', months(2024, 3, 3)],
    ['2024年度', annual(2024)],
    ['2024年', annual(2024)],
    ['2024年全年', annual(2024)],
    ['2023年度规模以上工业企业亩均效益评价', annual(2023)],
    ['嘉兴市2024年1-10月规模以上工业企业主要经济指标', months(2024, 1, 10)],
    ['2024年1-10月规模以上工业企业主要指标（与2023年同期比）', months(2024, 1, 10)],
    ['表号：B204  2024年1-2月', months(2024, 1, 2)],
  ])('reads %j', (text, expected) => {
    expect(parsePeriodText(text)).toEqual(expected);
  });

  it.each([
    '',
    '规模以上工业企业主要指标',
    '单位：万元',
    '二〇二四年十月',
    '2024年十月',
    '2024年一季度',
    '2024年上半年',
    '2024年13月',
    '2024年0月',
    '2024年10-3月',
    '2024-13',
    '填报日期：2024-11-05',
    '202413',
    '1899年',
    '12024年',
    '91330400MA2B3C4D5E',
    '2024 10',
  ])('finds no period in %j', (text) => {
    expect(parsePeriodText(text)).toBeNull();
  });
});

describe('formatPeriodLabel', () => {
  it.each([
    [2024, 10, '2024年1–10月'],
    [2024, 2, '2024年1–2月'],
    [2024, 1, '2024年1月'],
    [2023, 12, '2023年1–12月'],
  ])('%i, %i → %s', (year, toMonth, label) => {
    expect(formatPeriodLabel(year, toMonth)).toBe(label);
  });

  it.each([
    [2024, 0],
    [2024, 13],
    [2024.5, 3],
  ])('refuses year %d month %d', (year, toMonth) => {
    expect(() => formatPeriodLabel(year, toMonth)).toThrow(RangeError);
  });

  it('is read back by parsePeriodText, alone or inside a title', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), (year, toMonth) => {
        const label = formatPeriodLabel(year, toMonth);
        expect(parsePeriodText(label)).toEqual(months(year, 1, toMonth));
        expect(parsePeriodText(`嘉兴市${label}规模以上工业企业主要指标`)).toEqual(months(year, 1, toMonth));
      }),
    );
  });
});
