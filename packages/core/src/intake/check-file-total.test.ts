import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFileTotal } from './check-file-total.ts';

const at = { row: 7, column: '工业总产值|本年累计' };

describe('checkFileTotal', () => {
  it.each<[string, (number | null)[], number, number]>([
    ['an exact total', [12345.6, 13001], 25346.6, 1],
    ['a total rounded to one decimal', [0.04, 0.04, 0.04], 0.1, 1],
    ['a difference of half the last decimal', [100.25], 100.3, 1],
    ['integers', [1, 2, 3], 6, 0],
    ['a rounding of 0.5 at 0 decimals', [1.2, 2.3], 4, 0],
    ['missing values left out', [10.5, null, 20.25], 30.75, 2],
    ['no rows and a zero total', [], 0, 2],
    ['float sums (0.1 + 0.2)', [0.1, 0.2], 0.3, 2],
    ['large money figures', [123456789.12, 987654321.98], 1111111111.1, 2],
  ])('accepts %s', (_name, values, total, decimals) => {
    expect(checkFileTotal({ values, total, decimals, ...at })).toBeNull();
  });

  it.each<[string, (number | null)[], number, number, string, string]>([
    [
      'a total off by 5.5',
      [12345.6, 13001],
      25352.1,
      1,
      '第 7 行 工业总产值|本年累计 合计 25352.1 与明细之和 25346.6 不一致（相差 5.5）',
      'row 7, 工业总产值|本年累计: total 25352.1 differs from the sum of the rows 25346.6 (by 5.5)',
    ],
    [
      'a total one last decimal short',
      [1.23, 2.34],
      3.56,
      2,
      '第 7 行 工业总产值|本年累计 合计 3.56 与明细之和 3.57 不一致（相差 -0.01）',
      'row 7, 工业总产值|本年累计: total 3.56 differs from the sum of the rows 3.57 (by -0.01)',
    ],
  ])('reports %s', (_name, values, total, decimals, zh, en) => {
    expect(checkFileTotal({ values, total, decimals, ...at })).toEqual({
      ...at,
      code: 'total_mismatch',
      severity: 'warning',
      message: { zh, en },
    });
  });

  it.each([-1, 1.5, 21])('refuses %d decimals', (decimals) => {
    expect(() => checkFileTotal({ values: [1], total: 1, decimals, ...at })).toThrow(RangeError);
  });
});

describe('checkFileTotal properties', () => {
  const cents = fc.array(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), { maxLength: 200 });

  it('accepts the exact sum of figures with two decimals, in any order', () => {
    fc.assert(
      fc.property(cents, (list) => {
        const values = list.map((cent) => cent / 100);
        const total = list.reduce((sum, cent) => sum + cent, 0) / 100;
        expect(checkFileTotal({ values, total, decimals: 2, ...at })).toBeNull();
        expect(checkFileTotal({ values: [...values].reverse(), total, decimals: 2, ...at })).toBeNull();
      }),
    );
  });

  it('reports a total off by one or more units of the last decimal', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 1, max: 1000 }), fc.boolean(), (list, off, above) => {
        const values = list.map((cent) => cent / 100);
        const total = (list.reduce((sum, cent) => sum + cent, 0) + (above ? off : -off)) / 100;
        expect(checkFileTotal({ values, total, decimals: 2, ...at })?.code).toBe('total_mismatch');
      }),
    );
  });
});
