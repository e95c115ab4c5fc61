import { describe, expect, it } from 'vitest';
import { firm, group, scheme, taxPerMu, valueAddedPerMu } from './evaluation.test-kit.ts';
import { assessRobustness } from './assess-robustness.ts';
import { seededRandom } from './seeded-random.ts';

const doc = scheme({ groups: [group({ indicators: [taxPerMu(50, 10), valueAddedPerMu(50)] })] });
// Eight firms: a clear leader and laggard, and two (m1, m2) whose order depends on the weights.
const rows: [string, number, number][] = [
  ['lead', 40, 400],
  ['m1', 14, 90],
  ['m2', 9, 140],
  ['p1', 8, 80],
  ['p2', 7, 70],
  ['p3', 6, 60],
  ['p4', 5, 50],
  ['last', 1, 10],
];
const input = {
  year: 2023,
  enterprises: rows.map(([id, tax, va]) =>
    firm(id, { land_own: 1, tax_paid: tax * 10000, annual_value_added: va * 10000 }),
  ),
};

describe('assessRobustness', () => {
  it('keeps every class when nothing is perturbed', () => {
    const report = assessRobustness(doc, input, { draws: 20, weightSpread: 0, baselineSpread: 0 });
    expect(report.enterprises.every((e) => e.stayShare === 1 && !e.fragile)).toBe(true);
  });

  it('flags the firms near a cut-off and not the clear ones', () => {
    const report = assessRobustness(doc, input, {
      draws: 400,
      seed: 'review-2023',
      weightSpread: 0.5,
      baselineSpread: 0.2,
    });
    const byId = Object.fromEntries(report.enterprises.map((e) => [e.enterpriseId, e]));
    expect(byId.lead).toMatchObject({ initialClass: 'A', stayShare: 1, fragile: false });
    expect(byId.last).toMatchObject({ initialClass: 'D', stayShare: 1, fragile: false });
    expect(byId.m1!.fragile || byId.m2!.fragile).toBe(true);
    expect(Object.values(byId.m2!.classShares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(report.fragileCount).toBe(report.enterprises.filter((e) => e.fragile).length);
  });

  it('is the same for the same seed and differs for another', () => {
    const options = { draws: 100, weightSpread: 0.5, baselineSpread: 0.2 };
    const a = assessRobustness(doc, input, { ...options, seed: 7 });
    expect(assessRobustness(doc, input, { ...options, seed: 7 })).toEqual(a);
    const shares = (seed: number) =>
      assessRobustness(doc, input, { ...options, seed }).enterprises.map((e) => e.stayShare);
    expect([8, 9, 10, 11].some((seed) => shares(seed).join() !== shares(7).join())).toBe(true);
  });

  it('refuses nonsense options', () => {
    expect(() => assessRobustness(doc, input, { draws: 0 })).toThrow(RangeError);
    expect(() => assessRobustness(doc, input, { weightSpread: 1 })).toThrow(RangeError);
  });
});

describe('seededRandom', () => {
  it('gives the same uniform numbers in [0, 1) for the same seed', () => {
    const a = seededRandom('x');
    const b = seededRandom('x');
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((s, x) => s + x, 0) / draws.length).toBeCloseTo(0.5, 1);
  });
});
