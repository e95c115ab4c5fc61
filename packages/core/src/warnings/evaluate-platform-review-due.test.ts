import { describe, expect, it } from 'vitest';
import { evaluatePlatformReviewDue, wholeMonthsBetween, type TrackedPlatform } from './evaluate-platform-review-due.ts';
import { ruleOf, subject } from './warnings.test-kit.ts';

const rule = ruleOf('platform_review_due', {
  parameters: { reviewIntervalMonths: 36, leadMonths: 6, cultivatingMonths: 24 },
  severity: { red: 0, orange: 3, yellow: 6 },
});
const platform = (status: TrackedPlatform['status'], statusDate: string | null): TrackedPlatform => ({
  subject: { ...subject('platform/7', 'enterprise'), name: { zh: '海宁光伏特色产业园', en: '海宁光伏特色产业园' } },
  platformId: 7,
  kindName: { zh: '特色产业园', en: 'Characteristic park' },
  status,
  statusDate,
});
const run = (item: TrackedPlatform, asOf = '2024-12-31') =>
  evaluatePlatformReviewDue(rule, { platforms: [item], asOf });

describe('platform_review_due', () => {
  it.each([
    ['recognised', '2022-06-30', null], // due 2025-06-30: 6 months left, outside the lead time
    ['recognised', '2022-07-31', null], // due 2025-07-31: 7 months left
    ['recognised', '2022-03-31', 'yellow'], // due 2025-03-31: 3 months left
    ['reviewed', '2022-02-28', 'orange'], // due 2025-02-28: 1 month left
    ['recognised', '2021-12-31', 'orange'], // due 2024-12-31: 0 months left, not yet overdue
    ['recognised', '2021-12-30', 'red'], // due 2024-12-30: a day overdue
    ['reviewed', '2019-05-01', 'red'],
    ['delisted', '2019-05-01', null],
    [null, null, null],
    ['cultivating', '2023-03-01', 'orange'], // recognition due 2025-03-01: 2 months left
    ['cultivating', '2022-06-01', 'red'], // due 2024-06-01: overdue
    ['cultivating', '2024-03-01', null],
  ] as const)('%s since %s on 2024-12-31: %s', (status, date, severity) => {
    const outcome = run(platform(status, date));
    expect(outcome.evaluable).toBe(true);
    expect(outcome.findings.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  });

  it('does not watch cultivating platforms unless the rule says how long they may take', () => {
    const plain = ruleOf('platform_review_due', { severity: { red: 0, yellow: 6 } });
    const outcome = evaluatePlatformReviewDue(plain, {
      platforms: [platform('cultivating', '2015-01-01')],
      asOf: '2024-12-31',
    });
    expect(outcome.findings).toEqual([]);
  });

  it('says when the review was due and by how much it is late', () => {
    const [finding] = run(platform('recognised', '2021-09-30')).findings;
    expect(finding!.figures).toMatchObject({ dueDate: '2024-09-30', daysLeft: -92, monthsLeft: -3, platformId: 7 });
    expect(finding!.message.zh).toBe('特色产业园「海宁光伏特色产业园」2021-09-30认定，2024-09-30应复核（已逾期92天）');
  });

  it('is not evaluable without any platform registered', () => {
    const outcome = evaluatePlatformReviewDue(rule, { platforms: null, asOf: '2024-12-31' });
    expect(outcome.evaluable).toBe(false);
  });

  it('counts whole months, negative once the day has passed', () => {
    expect(wholeMonthsBetween('2024-12-31', '2025-06-30')).toBe(6); // month ends clamp
    expect(wholeMonthsBetween('2024-12-15', '2025-06-14')).toBe(5);
    expect(wholeMonthsBetween('2024-12-31', '2024-12-31')).toBe(0);
    expect(wholeMonthsBetween('2024-12-31', '2024-12-30')).toBe(-1);
    expect(wholeMonthsBetween('2024-10-15', '2024-12-15')).toBe(2);
  });
});
