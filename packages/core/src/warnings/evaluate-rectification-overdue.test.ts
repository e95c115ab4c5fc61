import { describe, expect, it } from 'vitest';
import { evaluateRectificationOverdue, type TrackedRectificationCase } from './evaluate-rectification-overdue.ts';
import { ruleOf, subject } from './warnings.test-kit.ts';

const rule = ruleOf('rectification_overdue', { severity: { red: 90, orange: 30, yellow: 0 } });
const item = (
  id: number,
  status: TrackedRectificationCase['status'],
  deadline: string | null,
): TrackedRectificationCase => ({
  subject: subject(`91330402MA3E00000${id}/2024`, 'enterprise'),
  caseId: id,
  status,
  planType: status === 'survey' ? null : 'upgrade',
  deadline,
});

describe('rectification_overdue', () => {
  it.each([
    ['implementing', '2024-12-31', null],
    ['implementing', '2024-12-30', 'yellow'],
    ['planned', '2024-11-30', 'orange'],
    ['survey', '2024-09-30', 'red'],
    ['closed', '2024-01-31', null],
    ['dismissed', '2024-01-31', null],
    ['confirmed', null, null],
  ] as const)('%s due %s on 2024-12-31: %s', (status, deadline, severity) => {
    const outcome = evaluateRectificationOverdue(rule, { cases: [item(1, status, deadline)], asOf: '2024-12-31' });
    expect(outcome.evaluable).toBe(true);
    expect(outcome.findings.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  });

  it('says how late, with status and plan', () => {
    const [finding] = evaluateRectificationOverdue(rule, {
      cases: [item(7, 'planned', '2024-11-30')],
      asOf: '2024-12-31',
    }).findings;
    expect(finding!.figures).toMatchObject({ caseId: 7, daysLate: 31, thresholdDays: 30 });
    expect(finding!.message.zh).toBe('整治案件（方案，改造提升）期限2024-11-30，已逾期31天');
  });
});
