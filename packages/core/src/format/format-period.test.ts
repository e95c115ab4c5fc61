import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriodText } from '../intake/parse-period-text.ts';
import { formatCumulativePeriod, formatMonthRange } from './format-period.ts';

describe('period labels', () => {
  it.each<[number, number, string, string, string, string]>([
    [2024, 10, '1-10月', '2024年1-10月', 'Jan–Oct', 'Jan–Oct 2024'],
    [2024, 2, '1-2月', '2024年1-2月', 'Jan–Feb', 'Jan–Feb 2024'],
    [2024, 1, '1月', '2024年1月', 'Jan', 'Jan 2024'],
    [2023, 5, '1-5月', '2023年1-5月', 'Jan–May', 'Jan–May 2023'],
    [2023, 12, '1-12月', '2023年1-12月', 'Jan–Dec', 'Jan–Dec 2023'],
  ])('%d-%d', (year, month, zhRange, zhPeriod, enRange, enPeriod) => {
    expect(formatMonthRange(month)).toBe(zhRange);
    expect(formatCumulativePeriod(year, month)).toBe(zhPeriod);
    expect(formatMonthRange(month, 'en')).toBe(enRange);
    expect(formatCumulativePeriod(year, month, 'en')).toBe(enPeriod);
  });

  it.each([0, 13, 1.5, Number.NaN])('refuses month %d', (month) => {
    expect(() => formatMonthRange(month)).toThrow(RangeError);
  });

  it('refuses a year that is not four digits', () => {
    expect(() => formatCumulativePeriod(24, 10)).toThrow(RangeError);
  });

  it('is read back by the intake period parser', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(parsePeriodText(formatCumulativePeriod(year, month))).toEqual({ year, fromMonth: 1, toMonth: month });
      }),
    );
  });
});
