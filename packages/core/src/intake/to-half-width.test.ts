import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFullWidth, toHalfWidth } from './to-half-width.ts';

describe('toHalfWidth', () => {
  it.each([
    ['１２３', '123'],
    ['－１，２３４．５', '-1,234.5'],
    ['８．３％', '8.3%'],
    ['工业总产值（万元）', '工业总产值(万元)'],
    ['Ｎ／Ａ', 'N/A'],
    ['１～１０月', '1~10月'],
    ['合\u3000计', '合 计'],
    ['10²', '10²'],
    ['…', '…'],
    ['㎡', '㎡'],
    ['—', '—'],
  ])('%s → %s', (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });

  it('undoes toFullWidth for any printable ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }), (s) => {
        expect(toHalfWidth(toFullWidth(s))).toBe(s);
      }),
    );
  });
});
