/** Formula-injection neutralisation of exported text (reports/safe-cell-text.ts): table cases and properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS, safeCellText, safeCellValue } from '../../src/reports/safe-cell-text.ts';

describe('safeCellText', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","点我")', `'=HYPERLINK("http://evil.example","点我")`],
    ['+1+2', `'+1+2`],
    ['-5', `'-5`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['嘉兴某某有限公司', '嘉兴某某有限公司'],
    ['A=1', 'A=1'],
    [' =1', ' =1'],
    ["'=1", "'=1"],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(safeCellText(input)).toBe(expected);
  });

  it('never leaves a text starting with a formula trigger, and changes nothing else', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = safeCellText(text);
        expect(FORMULA_TRIGGERS.includes(safe.charAt(0))).toBe(false);
        expect(safe).toBe(FORMULA_TRIGGERS.includes(text.charAt(0)) ? `'${text}` : text);
      }),
    );
  });

  it('leaves numbers, booleans, dates and empty cells as they are', () => {
    const date = new Date(0);
    expect([safeCellValue(-5), safeCellValue(true), safeCellValue(date), safeCellValue(null)]).toEqual([
      -5,
      true,
      date,
      null,
    ]);
    expect(safeCellValue('-5')).toBe("'-5");
  });
});
