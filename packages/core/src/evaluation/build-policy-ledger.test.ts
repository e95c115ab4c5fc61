import { describe, expect, it } from 'vitest';
import { buildPolicyLedger, type PolicyLedgerEntry } from './build-policy-ledger.ts';
import { firm, scheme } from './evaluation.test-kit.ts';
import type { EvaluationSchemeDocument } from './evaluation-scheme.ts';
import { runEvaluation } from './run-evaluation.ts';
import { summarisePolicyLedger } from './summarise-policy-ledger.ts';

type LeverDocument = NonNullable<EvaluationSchemeDocument['levers']>[number];
const surcharge = (id: string, steps: [number, number][]): LeverDocument => ({
  id,
  name: { zh: '差别化电价加价', en: 'power surcharge' },
  kind: 'power_surcharge',
  direction: 'charge',
  classes: ['D'],
  rate: {
    basis: 'electricity',
    amountUnit: 'yuan',
    steps: steps.map(([fromConsecutiveYears, value]) => ({ fromConsecutiveYears, value })),
  },
});
const relief: LeverDocument = {
  id: 'land-tax-relief',
  name: { zh: '城镇土地使用税减免', en: 'land-use tax relief' },
  kind: 'land_use_tax_relief',
  direction: 'benefit',
  classes: ['A', 'B'],
  rate: { basis: 'land_use_tax', amountUnit: 'yuan', steps: [{ fromConsecutiveYears: 1, value: 1 }] },
};
const quota: LeverDocument = {
  id: 'energy-quota',
  name: { zh: '用能指标优先保障', en: 'energy quota priority' },
  kind: 'energy_quota',
  direction: 'benefit',
  classes: ['A'],
};

// Four firms: 亩均税收 40, 20, 10, 1 万元/亩 on 1 亩 → A, B, C, D.
const input = {
  year: 2023,
  enterprises: [
    firm('a', { land_own: 1, tax_paid: 400000, land_use_tax: 12345.67, electricity: 1e6 }),
    firm('b', { land_own: 1, tax_paid: 200000, electricity: 1e6 }),
    firm('c', { land_own: 1, tax_paid: 100000, electricity: 1e6 }),
    firm('d', { land_own: 1, tax_paid: 10000, electricity: 1234567.5 }),
  ],
};
const ledgerOf = (levers: LeverDocument[], history: { enterpriseId: string; year: number; classId: string }[] = []) =>
  buildPolicyLedger(runEvaluation(scheme({ levers }), input), { history });
const amountOf = (entries: PolicyLedgerEntry[], id: string, lever: string) =>
  entries.find((e) => e.enterpriseId === id && e.leverId === lever);

describe('buildPolicyLedger', () => {
  it.each([
    {
      name: '海宁 draft, first D year',
      steps: [
        [1, 0.3],
        [3, 0.4],
      ],
      history: [],
      years: 1,
      rate: 0.3,
    },
    {
      name: '海宁 draft, D two years running',
      steps: [
        [1, 0.3],
        [3, 0.4],
      ],
      history: [2022],
      years: 2,
      rate: 0.3,
    },
    {
      name: '海宁 draft, D three years running',
      steps: [
        [1, 0.3],
        [3, 0.4],
      ],
      history: [2022, 2021],
      years: 3,
      rate: 0.4,
    },
    {
      name: '山东, 2 consecutive years',
      steps: [
        [1, 0.05],
        [2, 0.1],
        [3, 0.15],
      ],
      history: [2022],
      years: 2,
      rate: 0.1,
    },
    {
      name: '山东, 4 consecutive years',
      steps: [
        [1, 0.05],
        [2, 0.1],
        [3, 0.15],
      ],
      history: [2022, 2021, 2020],
      years: 4,
      rate: 0.15,
    },
    {
      name: 'a gap in the history restarts the count',
      steps: [
        [1, 0.05],
        [2, 0.1],
        [3, 0.15],
      ],
      history: [2021],
      years: 1,
      rate: 0.05,
    },
  ] as { name: string; steps: [number, number][]; history: number[]; years: number; rate: number }[])(
    '$name',
    ({ steps, history, years, rate }) => {
      const entries = ledgerOf(
        [surcharge('power', steps)],
        history.map((year) => ({ enterpriseId: 'd', year, classId: 'D' })),
      );
      const entry = amountOf(entries, 'd', 'power')!;
      expect(entry).toMatchObject({
        classId: 'D',
        consecutiveYears: years,
        rate,
        basisValue: 1234567.5,
        unit: 'yuan',
        direction: 'charge',
      });
      const expectedFen = Math.round(rate * 100 * 1234567.5);
      expect(Math.round(entry.amount! * 100)).toBe(expectedFen);
      expect(entries.filter((e) => e.leverId === 'power').map((e) => e.enterpriseId)).toEqual(['d']);
    },
  );

  it('rounds an amount to 分 on its decimal digits and leaves it empty when the basis is missing', () => {
    const entries = ledgerOf([relief, quota]);
    expect(amountOf(entries, 'a', 'land-tax-relief')).toMatchObject({ amount: 12345.67, note: null });
    expect(amountOf(entries, 'b', 'land-tax-relief')).toMatchObject({
      amount: null,
      note: { en: 'basis land_use_tax missing' },
    });
    expect(amountOf(entries, 'a', 'energy-quota')).toMatchObject({ amount: null, rate: null, note: null });
    expect(amountOf(entries, 'c', 'land-tax-relief')).toBeUndefined();
  });

  it('uses the final class after 调档 where given', () => {
    const run = runEvaluation(scheme({ levers: [relief] }), input);
    const entries = buildPolicyLedger(run, { finalClasses: { c: 'B' } });
    expect(entries.map((e) => e.enterpriseId)).toEqual(['a', 'b', 'c']);
  });
});

describe('summarisePolicyLedger', () => {
  it('adds amounts exactly per lever kind and class', () => {
    const run = runEvaluation(scheme({ levers: [relief, surcharge('power', [[1, 0.1]])] }), {
      ...input,
      enterprises: input.enterprises.map((e) => ({ ...e, measures: { ...e.measures, land_use_tax: 0.1 } })),
    });
    const totals = summarisePolicyLedger(buildPolicyLedger(run));
    expect(totals).toEqual([
      {
        kind: 'land_use_tax_relief',
        direction: 'benefit',
        unit: 'yuan',
        amount: 0.2,
        enterprises: 2,
        entries: 2,
        withoutAmount: 0,
        byClass: { A: 0.1, B: 0.1 },
        origins: ['computed'],
      },
      {
        kind: 'power_surcharge',
        direction: 'charge',
        unit: 'yuan',
        amount: 123456.75,
        enterprises: 1,
        entries: 1,
        withoutAmount: 0,
        byClass: { D: 123456.75 },
        origins: ['computed'],
      },
    ]);
  });

  it('totals recorded grants like the 2022 city figures exactly (6.7亿元 from 67 grants of 9999999.99 and 67 of 0.01)', () => {
    const grant = (i: number, amount: number): PolicyLedgerEntry => ({
      enterpriseId: `e${i}`,
      uscc: '',
      name: '',
      reportingUnitId: '330402',
      year: 2022,
      classId: i % 2 ? 'A' : 'B',
      leverId: 'relief',
      leverName: { zh: '城镇土地使用税减免', en: 'relief' },
      kind: 'land_use_tax_relief',
      direction: 'benefit',
      consecutiveYears: 1,
      rate: null,
      basis: null,
      basisValue: null,
      amount,
      unit: 'yuan',
      origin: 'recorded',
      note: null,
    });
    const entries = Array.from({ length: 134 }, (_, i) => grant(i, i % 2 ? 9999999.99 : 0.01));
    const [total] = summarisePolicyLedger(entries, 2022);
    expect(total!.amount).toBe(670000000);
    expect(total!.enterprises).toBe(134);
    expect(summarisePolicyLedger(entries, 2021)).toEqual([]);
    expect(total!.origins).toEqual(['recorded']);
  });
});
