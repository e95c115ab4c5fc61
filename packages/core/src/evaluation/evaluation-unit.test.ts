import { describe, expect, it } from 'vitest';
import { decimalToNumber } from './exact-decimal.ts';
import { firm } from './evaluation.test-kit.ts';
import { buildEvaluationUnits, groupBySharedParcel } from './evaluation-unit.ts';

describe('groupBySharedParcel', () => {
  it('joins firms that share a parcel, also through a chain of parcels', () => {
    const sets = groupBySharedParcel([
      firm('a', {}, { parcels: ['P1'] }),
      firm('b', {}, { parcels: ['P1', 'P2'] }),
      firm('c', {}, { parcels: ['P2'] }),
      firm('d', {}, { parcels: ['P3'] }),
      firm('e', {}, { parcels: [] }),
    ]);
    expect(sets.map((set) => set.map((e) => e.enterpriseId))).toEqual([['a', 'b', 'c'], ['d'], ['e']]);
  });
});

describe('buildEvaluationUnits', () => {
  const members = [
    firm(
      'a',
      { land_own: 10, land_rented_out: 4, tax_paid: 0.1, main_business_revenue: 100 },
      { parcels: ['P'], industryCode: '1711' },
    ),
    firm(
      'b',
      { land_rented_in: 4, tax_paid: 0.2, main_business_revenue: 900 },
      { parcels: ['P'], aboveScale: false, industryCode: '3311' },
    ),
  ];

  it('adds the members of a merged unit exactly and takes the larger firm’s industry', () => {
    const [unit] = buildEvaluationUnits(members, true);
    expect(unit!.unitId).toBe('a+b');
    expect(decimalToNumber(unit!.measures.get('tax_paid')!)).toBe(0.3);
    expect(decimalToNumber(unit!.measures.get('land_own')!)).toBe(10);
    expect(unit!.industryCode).toBe('3311');
    expect(unit!.aboveScale).toBe(true);
  });

  it('keeps firms apart when the scheme does not merge', () => {
    expect(buildEvaluationUnits(members, false).map((u) => u.unitId)).toEqual(['a', 'b']);
  });
});
