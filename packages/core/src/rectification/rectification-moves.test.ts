import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nextRectificationStatuses,
  rectificationMoveProblem,
  type RectificationCaseFields,
} from './rectification-moves.ts';
import { isRectificationOverdue, rectificationDaysLate } from './rectification-overdue.ts';
import { RECTIFICATION_STATUSES, type RectificationStatus } from './rectification-vocabulary.ts';

const fields = (status: RectificationStatus, more: Partial<RectificationCaseFields> = {}): RectificationCaseFields => ({
  status,
  planType: null,
  landFreedMu: null,
  energyFreedTce: null,
  ...more,
});
const outcomes = { planType: 'upgrade', landFreedMu: 12.5, energyFreedTce: 0 } as const;

describe('the rectification status machine', () => {
  it.each([
    ['survey', 'confirmed', {}, null, true],
    ['survey', 'dismissed', {}, '核查后不属于低效企业', true],
    ['survey', 'dismissed', {}, '  ', false],
    ['survey', 'planned', { planType: 'exit' }, null, false],
    ['confirmed', 'planned', {}, null, false],
    ['confirmed', 'planned', { planType: 'merger' }, null, true],
    ['confirmed', 'dismissed', {}, '重复', false],
    ['planned', 'implementing', { planType: 'merger' }, null, true],
    ['implementing', 'accepted', { planType: 'merger' }, null, false],
    ['implementing', 'accepted', { planType: 'merger', landFreedMu: 3 }, null, false],
    ['implementing', 'accepted', outcomes, null, true],
    ['accepted', 'closed', outcomes, null, true],
    ['accepted', 'implementing', outcomes, null, false],
    ['closed', 'closed', outcomes, null, false],
    ['dismissed', 'confirmed', {}, null, false],
  ] as const)('%s → %s with %j (note %j) allowed: %s', (from, to, more, note, allowed) => {
    const problem = rectificationMoveProblem(fields(from, more), to, note);
    expect(problem === null).toBe(allowed);
    if (problem) expect(problem.zh.length * problem.en.length).toBeGreaterThan(0);
  });

  it('lists the next moves', () => {
    expect(nextRectificationStatuses('survey')).toEqual(['confirmed', 'dismissed']);
    expect(nextRectificationStatuses('accepted')).toEqual(['closed']);
    expect(nextRectificationStatuses('closed')).toEqual([]);
    expect(nextRectificationStatuses('dismissed')).toEqual([]);
  });

  it('a random walk of requested moves only ever passes the stages in order, and ends final or open', () => {
    const status = fc.constantFrom(...RECTIFICATION_STATUSES);
    fc.assert(
      fc.property(fc.array(fc.tuple(status, fc.boolean()), { maxLength: 30 }), (requests) => {
        let current = fields('survey');
        const visited: RectificationStatus[] = ['survey'];
        for (const [to, withFields] of requests) {
          const next = withFields ? { ...current, ...outcomes } : current;
          if (rectificationMoveProblem(next, to, withFields ? '说明' : null) === null) {
            current = { ...next, status: to };
            visited.push(to);
          }
        }
        const order = ['survey', 'confirmed', 'planned', 'implementing', 'accepted', 'closed'];
        if (visited.includes('dismissed')) expect(visited).toEqual(['survey', 'dismissed']);
        else expect(visited).toEqual(order.slice(0, visited.length));
        if (visited.includes('planned')) expect(current.planType).not.toBeNull();
        if (visited.includes('closed')) expect(current.landFreedMu).not.toBeNull();
      }),
    );
  });
});

describe('overdue cases', () => {
  it.each([
    ['implementing', '2025-06-30', '2025-07-01', 1],
    ['implementing', '2025-06-30', '2025-06-30', 0],
    ['survey', '2025-01-31', '2025-03-01', 29],
    ['closed', '2025-01-31', '2025-03-01', 0],
    ['dismissed', '2025-01-31', '2025-03-01', 0],
    ['planned', null, '2025-03-01', 0],
  ] as const)('%s with deadline %s on %s: %i days late', (status, deadline, asOf, days) => {
    expect(rectificationDaysLate({ status, deadline }, asOf)).toBe(days);
    expect(isRectificationOverdue({ status, deadline }, asOf)).toBe(days > 0);
  });
});
