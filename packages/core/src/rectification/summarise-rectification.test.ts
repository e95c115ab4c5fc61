import { describe, expect, it } from 'vitest';
import { summariseRectification, type RectificationCaseState } from './summarise-rectification.ts';

const item = (unit: string, status: RectificationCaseState['status'], more: Partial<RectificationCaseState> = {}) => ({
  reportingUnitId: unit,
  status,
  deadline: null,
  landFreedMu: null,
  energyFreedTce: null,
  closedInMonth: false,
  ...more,
});

describe('the rectification bulletin by unit', () => {
  const cases: RectificationCaseState[] = [
    item('A', 'closed', { landFreedMu: 20, energyFreedTce: 100, closedInMonth: true }),
    item('A', 'accepted', { landFreedMu: 5, energyFreedTce: 50 }),
    item('A', 'implementing', { deadline: '2025-05-31', landFreedMu: 99 }),
    item('A', 'dismissed'),
    item('B', 'survey', { deadline: '2025-07-31' }),
  ];
  const { units, city } = summariseRectification(['A', 'B', 'C'], cases, '2025-06-30', { A: { landMu: 50 } });

  it('counts statuses, overdue, freed land and energy of accepted and closed cases, the closure rate', () => {
    expect(units[0]).toMatchObject({
      cases: 4,
      overdue: 1,
      closedInMonth: 1,
      landFreedMu: 25,
      energyFreedTce: 150,
      closureRate: 1 / 3,
      progress: { landMu: 0.5, closedCases: null, energyTce: null },
    });
    expect(units[0]!.byStatus).toMatchObject({ closed: 1, accepted: 1, implementing: 1, dismissed: 1, survey: 0 });
    expect(units[1]).toMatchObject({ cases: 1, overdue: 0, closureRate: 0, progress: null });
    expect(units[2]).toMatchObject({ cases: 0, closureRate: null });
  });

  it('sums the city', () => {
    expect(city).toMatchObject({ reportingUnitId: null, cases: 5, overdue: 1, landFreedMu: 25, closureRate: 0.25 });
  });
});
