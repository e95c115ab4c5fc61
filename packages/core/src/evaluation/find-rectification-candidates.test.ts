import { describe, expect, it } from 'vitest';
import { firm, group, scheme, taxFirm } from './evaluation.test-kit.ts';
import { findRectificationCandidates } from './find-rectification-candidates.ts';
import { runEvaluation } from './run-evaluation.ts';

const doc = (year: number) =>
  scheme({ year, groups: [group({ rectification: { taxPerMuFloor: 100000, years: 3, classes: ['D'] } })] });
// 亩均税收 (万元/亩) per firm and year on 4.11 亩; the floor is 10 万元/亩. Six firms: one D a year.
const history: Record<number, Record<string, number>> = {
  2021: { low: 9.99, edge: 10, gap: 9, good: 40, mid: 30, top: 50 },
  2022: { low: 9.5, edge: 9, gap: 30, good: 40, mid: 30, top: 50 },
  2023: { low: 9, edge: 9.5, gap: 8, good: 40, mid: 30, top: 50 },
};
const runs = Object.entries(history).map(([year, firms]) =>
  runEvaluation(doc(Number(year)), {
    year: Number(year),
    enterprises: Object.entries(firms).map(([id, perMu]) =>
      // exactly the floor: 411000 元 on 4.11 亩, although 411000 / 4.11 in floating point is 99999.99999999999
      perMu === 10 ? firm(id, { land_own: 4.11, tax_paid: 411000 }) : taxFirm(id, perMu, 4.11),
    ),
  }),
);
const reasonsOf = (candidates: ReturnType<typeof findRectificationCandidates>) =>
  candidates.map((c) => [c.enterpriseId, c.reasons.map((r) => r.code)]);

describe('findRectificationCandidates', () => {
  it('lists the D firm and the firm under the floor in each of three years, with the evidence', () => {
    const candidates = findRectificationCandidates(runs);
    expect(reasonsOf(candidates)).toEqual([
      ['gap', ['class']],
      ['low', ['tax_per_mu_below_floor']],
    ]);
    const reason = candidates[1]!.reasons[0]!;
    expect(reason.code === 'tax_per_mu_below_floor' && reason.years.map((y) => [y.year, y.landMu])).toEqual([
      [2021, 4.11],
      [2022, 4.11],
      [2023, 4.11],
    ]);
    expect(reason.text.zh).toBe('连续 3 年亩均税收低于 10 万元/亩');
    expect(candidates[0]).toMatchObject({ year: 2023, classId: 'D', groupId: 'all', uscc: 'USCC-gap' });
  });

  it('does not count exactly the floor as under it (tax = floor × land, compared exactly)', () => {
    expect(411000 / 4.11).toBeLessThan(100000);
    expect(findRectificationCandidates(runs).map((c) => c.enterpriseId)).not.toContain('edge');
    const twoYears = { ...doc(2023), groups: [group({ rectification: { taxPerMuFloor: 100000, years: 2 } })] };
    const run = runEvaluation(twoYears, runs[2]!.input);
    const withTwoYears = findRectificationCandidates([runs[1]!, run]);
    expect(reasonsOf(withTwoYears)).toContainEqual(['edge', ['tax_per_mu_below_floor']]);
  });

  it('uses the final class where given and needs every one of the years', () => {
    expect(reasonsOf(findRectificationCandidates(runs, { 2023: { gap: 'C', low: 'D' } }))).toEqual([
      ['low', ['class', 'tax_per_mu_below_floor']],
    ]);
    expect(reasonsOf(findRectificationCandidates(runs.slice(1)))).toEqual([['gap', ['class']]]);
    expect(findRectificationCandidates([])).toEqual([]);
  });
});
