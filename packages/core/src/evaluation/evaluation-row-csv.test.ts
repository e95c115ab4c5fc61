import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluationRowsCsv, neutralisedCsvCell, rowIndicatorIds } from './evaluation-row-csv.ts';
import type { EvaluationRow } from './evaluation-row.ts';

const row = (overrides: Partial<EvaluationRow> = {}): EvaluationRow => ({
  uscc: '91330402MA3E000001',
  group: 'above-scale',
  indicators: { tax_per_mu: 12.5, rd_share: null },
  scores: { tax_per_mu: 62.5, rd_share: 0 },
  bonus: -3,
  total: 59.5,
  rank: 1,
  percentile: 0.25,
  class: 'A',
  unratedReason: null,
  ...overrides,
});

describe('neutralisedCsvCell', () => {
  it.each<[string | number | null, string]>([
    [null, ''],
    [0, '0'],
    [-3, '-3'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1e21, '1e+21'],
    [Number.NaN, ''],
    ['A', 'A'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['尚未投产，不定等级', '尚未投产，不定等级'],
  ])('%j → %j', (value, expected) => {
    expect(neutralisedCsvCell(value)).toBe(expected);
  });

  it('never leaves a text cell that starts a formula; reading the cell back gives the text after the guard', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = neutralisedCsvCell(text);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        expect(unquoted).not.toMatch(/^[=+\-@\t\r]/);
        expect(unquoted === text || unquoted === `'${text}`).toBe(true);
      }),
    );
  });
});

describe('evaluationRowsCsv', () => {
  it('writes a header and flat indicator and score columns, numbers as numbers and null as empty', () => {
    const text = evaluationRowsCsv([
      row(),
      row({
        uscc: '=cmd',
        group: null,
        indicators: {},
        scores: {},
        bonus: null,
        total: null,
        rank: null,
        percentile: null,
        class: null,
        unratedReason: { code: 'no_group', zh: '不属于任何评价组' },
      }),
    ]);
    expect(text.split('\r\n')).toEqual([
      'uscc,group,indicator.tax_per_mu,indicator.rd_share,score.tax_per_mu,score.rd_share,bonus,total,rank,percentile,class,unratedReason.code,unratedReason.zh',
      '91330402MA3E000001,above-scale,12.5,,62.5,0,-3,59.5,1,0.25,A,,',
      "'=cmd,,,,,,,,,,,no_group,不属于任何评价组",
      '',
    ]);
  });

  it('puts a lead column first when asked', () => {
    const text = evaluationRowsCsv([row()], { lead: { header: 'scheme', value: () => 'huangyan-2022@1' } });
    expect(text.split('\r\n')[0]!.startsWith('scheme,uscc,group,')).toBe(true);
    expect(text.split('\r\n')[1]!.startsWith('huangyan-2022@1,91330402MA3E000001,')).toBe(true);
  });

  it('takes indicator ids in order of first appearance over all rows', () => {
    expect(
      rowIndicatorIds([
        row({ indicators: { a: 1, b: 2 } }),
        row({ indicators: { c: 3, a: 4 } }),
        row({ indicators: {} }),
      ]),
    ).toEqual(['a', 'b', 'c']);
  });
});
