import { describe, expect, it } from 'vitest';
import { evaluateConsecutiveDecline, trailingDeclines } from './evaluate-consecutive-decline.ts';
import { ruleOf, subject } from './warnings.test-kit.ts';

describe('trailingDeclines', () => {
  it.each<[(number | null)[], 'year_on_year' | 'month_on_month', number]>([
    [[0.1, -0.01, -0.02, -0.03], 'year_on_year', 3],
    [[-0.1, -0.01, 0, -0.03], 'year_on_year', 1], // 0 is not a decline
    [[-0.1, null, -0.02, -0.03], 'year_on_year', 2], // a gap ends the run
    [[], 'year_on_year', 0],
    [[10, 9, 8, 7], 'month_on_month', 3], // the first month has nothing to compare with
    [[10, 9, 9, 7], 'month_on_month', 1], // equal is not a decline
    [[null, 9, 8], 'month_on_month', 1],
  ])('%j on %s → %i', (series, basis, expected) => {
    expect(trailingDeclines(series, basis)).toBe(expected);
  });
});

describe('consecutive_decline', () => {
  const rule = ruleOf('consecutive_decline', { severity: { red: 6, orange: 4, yellow: 3 } });
  const decline = (months: number) => [0.05, ...Array.from({ length: months }, () => -0.01)];
  it.each([
    [2, null],
    [3, 'yellow'], // exactly 3 months: at least 3
    [4, 'orange'],
    [5, 'orange'],
    [6, 'red'],
  ])('%i months → %s', (months, severity) => {
    const outcome = evaluateConsecutiveDecline(rule, {
      subjects: [{ subject: subject('a'), series: decline(months) }],
    });
    expect(outcome.findings.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  });

  it('reads month on month when the rule says so', () => {
    const mom = ruleOf('consecutive_decline', { severity: { yellow: 2 }, parameters: { basis: 'month_on_month' } });
    const outcome = evaluateConsecutiveDecline(mom, { subjects: [{ subject: subject('a'), series: [5, 4, 3] }] });
    expect(outcome.findings[0]!.message.zh).toBe('连续2个月环比下降');
  });

  it('skips a subject whose latest month is missing', () => {
    const outcome = evaluateConsecutiveDecline(rule, {
      subjects: [{ subject: subject('a'), series: [-0.1, -0.1, -0.1, null] }],
    });
    expect(outcome.findings).toEqual([]);
    expect(outcome.skipped).toHaveLength(1);
  });
});
