/** Whole-number shares that add up exactly, and the group calibration that relies on them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, scaleToTotal } from '../../src/demo/apportion.ts';
import { hitGroupTotal } from '../../src/demo/hit-group-total.ts';
import { MonthlyStore } from '../../src/demo/monthly-store.ts';

const weights = fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 30 });

describe('apportion', () => {
  it('splits any total into integers that add up to it, each within one of its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e12 }), weights, (total, shares) => {
        const parts = apportion(total, shares);
        expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
        expect(parts.every(Number.isInteger)).toBe(true);
        const sum = shares.reduce((acc, share) => acc + share, 0);
        parts.forEach((part, k) => {
          const exact = sum > 0 ? (total * (shares[k] ?? 0)) / sum : total / shares.length;
          expect(Math.abs(part - exact)).toBeLessThan(1.000001);
        });
      }),
    );
  });

  it('scales non-negative integers to an exact total without going negative', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1e9), { minLength: 1, maxLength: 40 }), fc.nat(1e12), (values, target) => {
        const scaled = scaleToTotal(values, target);
        expect(scaled.reduce((sum, value) => sum + value, 0)).toBe(target);
        expect(scaled.every((value) => value >= 0 && Number.isInteger(value))).toBe(true);
      }),
    );
  });
});

describe('hitGroupTotal', () => {
  it('hits the target exactly over months 1..N, scales only the chosen months and keeps them ≥ 0', () => {
    const store = new MonthlyStore(2, [2023]);
    store.setMonths('output', 0, 2023, [5, 5, 7, 7, 7, 7, 7, 7, 7, 7, 9, 10]);
    store.setMonths('output', 1, 2023, [50, 40, 70, 70, 70, 70, 70, 70, 70, 70, 90, 100]);
    store.setMonths('revenue', 0, 2023, [5, 5, 7, 7, 7, 7, 7, 7, 7, 7, 9, 10]);
    store.setMonths(
      'revenue',
      1,
      2023,
      Array.from({ length: 12 }, () => 60),
    );
    const cells = [0, 1].map((firm) => ({ firm, year: 2023 }));
    const factor = hitGroupTotal(store, {
      label: 'test',
      cells,
      measure: 'output',
      fromMonth: 3,
      toMonth: 5,
      target: 1000,
      companions: ['revenue'],
    });
    const through5 = cells.reduce((sum, { firm }) => sum + store.cumulative('output', firm, 2023, 5), 0);
    expect(through5).toBe(1000);
    expect(store.months('output', 0, 2023).slice(0, 2)).toEqual([5, 5]);
    expect(store.months('output', 1, 2023).slice(5)).toEqual([70, 70, 70, 70, 70, 90, 100]);
    expect(store.months('revenue', 1, 2023)[2]).toBe(Math.round(60 * factor));
    expect(store.months('output', 1, 2023).every((value) => value >= 0)).toBe(true);
  });
});
