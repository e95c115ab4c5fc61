import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findRectificationFindings,
  type RectificationFirmFacts,
  type RectificationFirmYear,
} from './find-rectification-findings.ts';
import { DEFAULT_RECTIFICATION_RULES, rectificationRuleSetSchema } from './rectification-rules.ts';

const year = (y: number, more: Partial<RectificationFirmYear> = {}): RectificationFirmYear => ({
  year: y,
  aboveScale: true,
  taxYuan: 500_000,
  landMu: 10,
  energyTce: null,
  valueAddedYuan: null,
  ...more,
});
const firm = (years: RectificationFirmYear[], classId: string | null = 'B'): RectificationFirmFacts => ({
  uscc: '91330402MA3E000000',
  name: '测试企业',
  reportingUnitId: '330402',
  classId,
  years,
});
const ruleIds = (facts: RectificationFirmFacts) =>
  findRectificationFindings(DEFAULT_RECTIFICATION_RULES, [facts], 2024).flatMap((f) => f.findings.map((x) => x.ruleId));

describe('the rectification data rules', () => {
  it.each([
    ['class B, tax 5万/亩 one year only', firm([year(2024)]), []],
    ['class D', firm([year(2024)], 'D'), ['evaluation-d-class']],
    ['规上 under 10万/亩 three years', firm([year(2022), year(2023), year(2024)]), ['tax-per-mu-three-years']],
    ['exactly at the floor in one year', firm([year(2022), year(2023, { taxYuan: 1_000_000 }), year(2024)]), []],
    ['a year missing', firm([year(2022), year(2024)]), []],
    ['land unknown in one year', firm([year(2022), year(2023, { landMu: null }), year(2024)]), []],
    ['规下 at 5万/亩 is over its 3万 floor', firm([2022, 2023, 2024].map((y) => year(y, { aboveScale: false }))), []],
    [
      '规下 at 2万/亩',
      firm([2022, 2023, 2024].map((y) => year(y, { aboveScale: false, taxYuan: 200_000 }))),
      ['tax-per-mu-three-years'],
    ],
    [
      'energy 2000 tce on 2000万 value added (quota 1200)',
      firm([year(2024, { taxYuan: 2_000_000, energyTce: 2000, valueAddedYuan: 20_000_000 })]),
      ['energy-over-quota'],
    ],
    [
      'energy exactly at quota',
      firm([year(2024, { taxYuan: 2_000_000, energyTce: 1200, valueAddedYuan: 20_000_000 })]),
      [],
    ],
    [
      'small energy user is not watched',
      firm([year(2024, { taxYuan: 2_000_000, energyTce: 900, valueAddedYuan: 1_000_000 })]),
      [],
    ],
  ] as const)('%s', (_label, facts, expected) => {
    expect(ruleIds(facts)).toEqual(expected);
  });

  it('keeps the evidence of each year under the floor, oldest first', () => {
    const [found] = findRectificationFindings(
      DEFAULT_RECTIFICATION_RULES,
      [firm([year(2022), year(2023), year(2024)])],
      2024,
    );
    expect(found!.findings[0]!.evidence).toEqual({
      kind: 'tax_per_mu_below',
      years: [2022, 2023, 2024].map((y) => ({ year: y, taxYuan: 500_000, landMu: 10, floorYuanPerMu: 100_000 })),
    });
    expect(found!.findings[0]!.text.zh).toBe('连续 3 年亩均税收低于 10 万元/亩');
  });

  it('refuses duplicate rule ids', () => {
    expect(() =>
      rectificationRuleSetSchema.parse([...DEFAULT_RECTIFICATION_RULES, DEFAULT_RECTIFICATION_RULES[0]]),
    ).toThrow(/duplicate/);
  });

  it('the tax rule agrees with tax per 亩 < floor on whole-yuan values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 1, max: 200 })), {
          minLength: 3,
          maxLength: 3,
        }),
        (values) => {
          const facts = firm(values.map(([tax, land], i) => year(2022 + i, { taxYuan: tax, landMu: land })));
          const expected = values.every(([tax, land]) => tax < 100_000 * land);
          expect(ruleIds(facts).includes('tax-per-mu-three-years')).toBe(expected);
        },
      ),
    );
  });
});
