/** Milestone status at an as-of date: table of cases, and properties (overdue only without an actual date). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROJECT_MILESTONES } from '../registers/project-milestone.ts';
import { milestoneStatus, overdueMilestones } from './milestone-status.ts';

const asOf = '2024-06-30';

describe('milestoneStatus', () => {
  it.each([
    [null, null, 'unplanned', 0],
    [null, '2024-01-01', 'unplanned', 0],
    ['2024-03-01', '2024-03-01', 'on_time', 0],
    ['2024-03-01', '2024-02-01', 'on_time', 0],
    ['2024-03-01', '2024-03-11', 'late', 10],
    ['2024-06-20', null, 'overdue', 10],
    ['2024-06-30', null, 'pending', 0],
    ['2024-09-01', null, 'pending', 0],
    ['2024-03-01', '2024-08-01', 'overdue', 121],
    ['2024-12-01', '2024-08-01', 'pending', 0],
  ] as const)('planned %s, actual %s → %s (%d days)', (planned, actual, state, daysLate) => {
    expect(milestoneStatus('start', { planned, actual }, asOf)).toMatchObject({ state, daysLate });
  });

  const isoDate = fc
    .date({ min: new Date('2020-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
  const dates = fc.record({ planned: fc.option(isoDate), actual: fc.option(isoDate) });

  it('is overdue exactly when planned before the as-of date and not reached by then; days late never negative', () => {
    fc.assert(
      fc.property(dates, isoDate, (milestone, day) => {
        const status = milestoneStatus('completion', milestone, day);
        const reached = milestone.actual !== null && milestone.actual <= day;
        expect(status.state === 'overdue').toBe(milestone.planned !== null && milestone.planned < day && !reached);
        expect(status.daysLate).toBeGreaterThanOrEqual(0);
        if (status.state === 'overdue') expect(status.daysLate).toBeGreaterThan(0);
      }),
    );
  });

  it('lists every milestone that is overdue', () => {
    const milestones = Object.fromEntries(
      PROJECT_MILESTONES.map((milestone) => [milestone, { planned: '2024-01-01', actual: null }]),
    ) as Parameters<typeof overdueMilestones>[0];
    milestones.signing = { planned: '2023-01-01', actual: '2023-01-05' };
    expect(overdueMilestones(milestones, asOf).map((status) => status.milestone)).toEqual(PROJECT_MILESTONES.slice(1));
  });
});
