import { describe, expect, it } from 'vitest';
import { formatIntakeIssue, INTAKE_ISSUE_CODES, INTAKE_ISSUE_TEMPLATES, intakeIssue } from './intake-issue.ts';

describe('intakeIssue', () => {
  it.each([
    [
      { row: 12, column: '工业总产值' },
      '第 12 行 工业总产值 不是数字：“abc”',
      'row 12, 工业总产值: not a number: "abc"',
    ],
    [{ row: 12, column: null }, '第 12 行 不是数字：“abc”', 'row 12: not a number: "abc"'],
    [{ row: null, column: 'D' }, 'D 不是数字：“abc”', 'D: not a number: "abc"'],
    [{ row: null, column: null }, '不是数字：“abc”', 'not a number: "abc"'],
  ])('places the location %j in front of the message', (where, zh, en) => {
    const issue = intakeIssue('value_invalid', where, { text: 'abc' });
    expect(issue).toEqual({ ...where, code: 'value_invalid', severity: 'error', message: { zh, en } });
  });

  it.each([
    ['value_invalid', 'error'],
    ['uscc_check_warning', 'warning'],
    ['total_mismatch', 'warning'],
    ['required_column_missing', 'error'],
    ['base_missing', 'warning'],
    ['period_mismatch', 'error'],
  ] as const)('%s defaults to %s', (code, severity) => {
    expect(INTAKE_ISSUE_TEMPLATES[code].severity).toBe(severity);
  });

  it('lets the caller override the severity', () => {
    expect(intakeIssue('value_negative', { row: 3, column: 'E' }, { value: -5 }, 'warning').severity).toBe('warning');
  });

  it('formats one line, Chinese first', () => {
    const issue = intakeIssue('duplicate_row', { row: 9, column: null }, { otherRow: 7, key: '91330400MA2B3C4D5E' });
    expect(formatIntakeIssue(issue)).toBe(
      '第 9 行 与第 7 行重复（91330400MA2B3C4D5E） (row 9: duplicates row 7 (91330400MA2B3C4D5E))',
    );
  });

  it('lists the twenty-five codes, each with both messages', () => {
    expect(INTAKE_ISSUE_CODES).toHaveLength(25);
    for (const code of INTAKE_ISSUE_CODES) {
      expect(INTAKE_ISSUE_TEMPLATES[code].zh).not.toBe('');
      expect(INTAKE_ISSUE_TEMPLATES[code].en).not.toBe('');
    }
  });

  it('throws on a placeholder without a value (a programming error, not an input problem)', () => {
    expect(() => intakeIssue('value_invalid', { row: 1, column: null })).toThrow(/\{text\}/);
  });
});
