/** Screening against a tier's criteria: table cases per condition kind and a property (more never fails more). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PoolTierCriteria } from './pool-criteria.ts';
import { poolMetricValue, screenEnterprise, type PoolFigures } from './screen-enterprise.ts';

const text = { zh: '条件', en: 'condition' };
const specialised: PoolTierCriteria = {
  tier: 'specialised',
  level: 'provincial',
  validityYears: 3,
  source: 'test',
  conditions: [
    { id: 'rd-expense', check: 'at_least', metric: 'rd_expense', value: 1_000_000, text },
    { id: 'rd-share', check: 'at_least', metric: 'rd_share', value: 3, text },
    { id: 'revenue', check: 'at_least', metric: 'revenue', value: 10_000_000, text },
  ],
};
const withManual: PoolTierCriteria = {
  ...specialised,
  tier: 'little_giant',
  conditions: [
    { id: 'first', check: 'in_pool', tiers: ['specialised'], text },
    { id: 'share', check: 'manual', text },
  ],
};

const figures = (over: Partial<PoolFigures>): PoolFigures => ({
  revenueYuan: 50_000_000,
  previousRevenueYuan: 40_000_000,
  rdExpenseYuan: 2_000_000,
  employees: 80,
  outputYuan: 60_000_000,
  taxPaidYuan: 1_000_000,
  tiersInForce: [],
  ...over,
});

describe('screening an enterprise', () => {
  it.each([
    ['meets everything', {}, 'eligible', ['pass', 'pass', 'pass']],
    ['R&D share 2 %', { rdExpenseYuan: 1_000_000 }, 'not_eligible', ['pass', 'fail', 'pass']],
    [
      'revenue too small',
      { revenueYuan: 9_000_000, rdExpenseYuan: 1_000_000 },
      'not_eligible',
      ['pass', 'pass', 'fail'],
    ],
    ['no R&D figure', { rdExpenseYuan: null }, 'missing_data', ['not_measurable', 'not_measurable', 'pass']],
    ['no revenue', { revenueYuan: null }, 'missing_data', ['pass', 'not_measurable', 'not_measurable']],
    [
      'exactly at the thresholds',
      { revenueYuan: 10_000_000, rdExpenseYuan: 1_000_000 },
      'eligible',
      ['pass', 'pass', 'pass'],
    ],
  ] as const)('%s', (_label, over, outcome, outcomes) => {
    const result = screenEnterprise(specialised, figures(over));
    expect(result.outcome).toBe(outcome);
    expect(result.conditions.map((c) => c.outcome)).toEqual(outcomes);
  });

  it('reports the value used and the threshold', () => {
    const [, share] = screenEnterprise(specialised, figures({})).conditions;
    expect(share).toMatchObject({ metric: 'rd_share', threshold: 3, value: 4, outcome: 'pass', reason: null });
  });

  it('checks a prerequisite tier and never passes a manual condition', () => {
    expect(screenEnterprise(withManual, figures({ tiersInForce: ['specialised'] })).conditions).toMatchObject([
      { outcome: 'pass' },
      { outcome: 'not_measurable', reason: 'manual' },
    ]);
    expect(screenEnterprise(withManual, figures({ tiersInForce: ['specialised'] })).outcome).toBe('eligible');
    expect(screenEnterprise(withManual, figures({})).outcome).toBe('not_eligible');
  });

  it('computes growth and share only from positive bases', () => {
    expect(poolMetricValue(figures({ previousRevenueYuan: 0 }), 'revenue_growth')).toBeNull();
    expect(poolMetricValue(figures({}), 'revenue_growth')).toBeCloseTo(25);
    expect(poolMetricValue(figures({ revenueYuan: 0 }), 'rd_share')).toBeNull();
  });

  it('never turns a pass into a fail when every figure grows (property)', () => {
    const money = fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null });
    fc.assert(
      fc.property(money, money, fc.integer({ min: 0, max: 1e8 }), (revenue, rd, extra) => {
        const low = screenEnterprise(specialised, figures({ revenueYuan: revenue, rdExpenseYuan: rd }));
        const high = screenEnterprise(
          specialised,
          figures({ revenueYuan: revenue, rdExpenseYuan: rd === null ? null : rd + extra }),
        );
        // R&D grows, revenue unchanged: the R&D conditions may only improve.
        expect(high.conditions.filter((c) => c.outcome === 'fail').length).toBeLessThanOrEqual(
          low.conditions.filter((c) => c.outcome === 'fail').length,
        );
      }),
    );
  });
});
