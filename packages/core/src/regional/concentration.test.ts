import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positiveVector } from './arbitraries.test-support.ts';
import { concentrationRatio, equivalentNumber, herfindahl, normalisedHerfindahl, topShare } from './concentration.ts';

describe('Herfindahl and concentration ratios', () => {
  it.each([
    { name: 'monopoly', values: [0, 10, 0], h: 1, normalised: 1, equivalent: 1, cr2: 1 },
    { name: 'four equal firms', values: [5, 5, 5, 5], h: 0.25, normalised: 0, equivalent: 4, cr2: 0.5 },
    { name: 'one unit (H* is 0/0)', values: [7], h: 1, normalised: null, equivalent: 1, cr2: 1 },
    { name: 'nothing at all', values: [0, 0], h: null, normalised: null, equivalent: null, cr2: null },
  ])('$name', ({ values, h, normalised, equivalent, cr2 }) => {
    expect(herfindahl(values)).toBe(h);
    expect(normalisedHerfindahl(values)).toBe(normalised);
    expect(equivalentNumber(values)).toBe(equivalent);
    expect(concentrationRatio(values, 2)).toBe(cr2);
  });

  it('refuses CR-n with n < 1', () => {
    expect(() => concentrationRatio([1], 0)).toThrow(/CR-n/);
  });

  it('H is in [1/n, 1], H* in [0, 1], and both ignore the unit of measure', () => {
    fc.assert(
      fc.property(positiveVector(), fc.integer({ min: 2, max: 1000 }), (values, scale) => {
        const h = herfindahl(values)!;
        expect(h).toBeGreaterThanOrEqual(1 / values.length - 1e-12);
        expect(h).toBeLessThanOrEqual(1 + 1e-12);
        expect(herfindahl(values.map((value) => value * scale))).toBeCloseTo(h, 12);
        const normalised = normalisedHerfindahl(values);
        if (values.length > 1) {
          expect(normalised!).toBeGreaterThanOrEqual(-1e-12);
          expect(normalised!).toBeLessThanOrEqual(1 + 1e-12);
        }
        expect(equivalentNumber(values)! * h).toBeCloseTo(1, 12);
      }),
    );
  });

  it('CR-n grows with n from the top share to 1, and H ≤ top share', () => {
    fc.assert(
      fc.property(positiveVector(), (values) => {
        const ratios = values.map((_, k) => concentrationRatio(values, k + 1)!);
        expect(ratios[0]).toBe(topShare(values));
        ratios.slice(1).forEach((ratio, k) => expect(ratio).toBeGreaterThanOrEqual(ratios[k]! - 1e-12));
        expect(ratios.at(-1)).toBeCloseTo(1, 12);
        expect(herfindahl(values)!).toBeLessThanOrEqual(topShare(values)! + 1e-12);
      }),
    );
  });
});
