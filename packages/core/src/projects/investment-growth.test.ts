/** Cluster investment growth against the 15 % target, and the fixed-asset coverage (≥ 500万元). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coveredTotal, inFixedAssetStatistics, investmentGrowth } from './investment-growth.ts';

describe('investmentGrowth', () => {
  it.each([
    [115, 100, 15, 0, true],
    [120, 100, 20, 5, true],
    [110, 100, 10, -5, false],
    [50, 100, -50, -65, false],
    [10, 0, null, null, null],
  ] as const)('%d vs %d → %s %% (gap %s, meets %s)', (current, base, growth, gap, meets) => {
    const result = investmentGrowth(current, base);
    if (growth === null) expect(result.growth).toBeNull();
    else expect(result.growth).toBeCloseTo(growth, 9);
    if (gap === null) expect(result.gapToTarget).toBeNull();
    else expect(result.gapToTarget).toBeCloseTo(gap, 9);
    expect(result.meetsTarget).toBe(meets);
  });

  it('recovers the current figure from base and growth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (base, current) => {
        const { growth } = investmentGrowth(current, base);
        expect(base * (1 + growth! / 100)).toBeCloseTo(current, 3);
      }),
    );
  });
});

describe('fixed-asset coverage', () => {
  it.each([
    [null, false],
    [4_999_999, false],
    [5_000_000, true],
    [1e9, true],
  ] as const)('planned total %s → %s', (planned, covered) => {
    expect(inFixedAssetStatistics(planned)).toBe(covered);
  });

  it('sums covered projects with known figures and counts the unknown', () => {
    expect(
      coveredTotal([
        { plannedTotalYuan: 1e7, yearCompletedYuan: 3e6 },
        { plannedTotalYuan: 1e7, yearCompletedYuan: null },
        { plannedTotalYuan: 1e6, yearCompletedYuan: 9e5 },
        { plannedTotalYuan: 6e6, yearCompletedYuan: 1e6 },
      ]),
    ).toEqual({ total: 4e6, projects: 2, unknown: 1 });
  });
});
