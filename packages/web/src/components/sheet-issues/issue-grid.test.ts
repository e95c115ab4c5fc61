/** The report's grid view: issue rows and columns, the file's values, and the CSV reading behind them. */
import { describe, expect, it } from 'vitest';
import { buildIssueGrid } from './issue-grid.ts';
import type { SheetIssue } from './sheet-issue.ts';
import { decodeSheetBytes, parseSheetText } from './sheet-text.ts';

const issue = (row: number | null, column: string | null, code: string, severity: 'error' | 'warning' = 'error') =>
  ({ row, column, code, severity, message: `${code} (${code})` }) satisfies SheetIssue;

const csv = [
  '嘉兴市2024年1-10月规模以上工业企业主要经济指标',
  '单位：万元',
  '统一社会信用代码,企业名称,县（市、区）,工业总产值本年累计',
  '91330402MA0000000X,甲公司,南湖区,1200.5',
  'BAD,乙公司,南湖区,abc',
  '91330402MA0000001X,"丙,公司",南湖区,',
].join('\r\n');

describe('parseSheetText', () => {
  it('reads quoted fields with commas and CRLF lines, rows numbered as a spreadsheet', () => {
    const rows = parseSheetText(csv);
    expect(rows).toHaveLength(6);
    expect(rows[2]).toEqual(['统一社会信用代码', '企业名称', '县（市、区）', '工业总产值本年累计']);
    expect(rows[5]).toEqual(['91330402MA0000001X', '丙,公司', '南湖区', '']);
  });

  it('guesses tabs and decodes UTF-8 with a BOM', () => {
    const bytes = new TextEncoder().encode('\uFEFFa\tb\n"x ""y"""\t2\n');
    expect(parseSheetText(decodeSheetBytes(bytes))).toEqual([
      ['a', 'b'],
      ['x "y"', '2'],
    ]);
  });
});

describe('buildIssueGrid', () => {
  const issues = [
    issue(null, null, 'period_missing', 'warning'),
    issue(5, '工业总产值|本年累计', 'value_invalid'),
    issue(5, '统一社会信用代码', 'uscc_invalid'),
    issue(6, '工业总产值|本年累计', 'value_missing'),
    issue(6, null, 'duplicate_row'),
    issue(4, '工业总产值', 'cumulative_decrease', 'warning'),
  ];

  it('has one line per issue row and one column per issue column, in the file’s order, with its values', () => {
    const grid = buildIssueGrid(issues, parseSheetText(csv));
    expect(grid.columns).toEqual(['统一社会信用代码', '工业总产值|本年累计', '工业总产值']);
    expect(grid.fileIssues.map((i) => i.code)).toEqual(['period_missing']);
    expect(
      grid.rows.map((row) => ({
        row: row.row,
        values: grid.columns.map((column) => row.cells[column]!.value),
        bad: grid.columns.filter((column) => row.cells[column]!.issues.length > 0),
        whole: row.rowIssues.map((i) => i.code),
      })),
    ).toEqual([
      { row: 4, values: ['91330402MA0000000X', '1200.5', '1200.5'], bad: ['工业总产值'], whole: [] },
      { row: 5, values: ['BAD', 'abc', 'abc'], bad: ['统一社会信用代码', '工业总产值|本年累计'], whole: [] },
      {
        row: 6,
        values: ['91330402MA0000001X', '', ''],
        bad: ['工业总产值|本年累计'],
        whole: ['duplicate_row'],
      },
    ]);
  });

  it('shows no values when the file is not at hand (a workbook, or a past batch)', () => {
    const grid = buildIssueGrid(issues);
    expect(grid.columns).toEqual(['工业总产值|本年累计', '统一社会信用代码', '工业总产值']);
    expect(grid.rows.find((row) => row.row === 5)!.cells['统一社会信用代码']).toEqual({
      value: null,
      issues: [issues[2]],
    });
  });
});
