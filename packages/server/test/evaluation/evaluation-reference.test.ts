import { explainEvaluationResult, runEvaluation, verifyEvaluationRun, type EvaluationRun } from '@observatory/core';
import { describe, expect, it } from 'vitest';
import { enterprise, hasReference, huangyanMeasures, loadScheme, readReference } from './scheme-files.ts';

interface HuangyanExample {
  benchmarks: number[];
  weights: number[];
  cases: { firm: string; inputs: Parameters<typeof huangyanMeasures>[0]; score: number }[];
}

const result = (run: EvaluationRun, id: string) => run.results.find((r) => r.enterpriseId === id)!;
const AT_BASE = {
  tax_per_mu: 24.097,
  va_per_mu: 136.16,
  va_per_energy: 2.694,
  va_per_emission: 4929.81,
  labour_productivity: 18.14,
  rd_ratio: 0.0302,
};

describe.skipIf(!hasReference)('黄岩 2022 reproduces shared/reference/muyun_cn/example_huangyan_2022.json', () => {
  const example = hasReference ? readReference<HuangyanExample>('example_huangyan_2022.json') : { cases: [] };
  const run = runEvaluation(loadScheme('huangyan-2022.yaml'), {
    year: 2022,
    enterprises: example.cases.map((c) => enterprise(c.firm, huangyanMeasures(c.inputs))),
  });

  it.each(example.cases)(
    '$firm scores $score (raw total within 1e-9; published total to 2 decimals)',
    ({ firm, score }) => {
      expect(Math.abs(result(run, firm).rawTotal! - score)).toBeLessThan(1e-9);
      expect(result(run, firm).total).toBe(Math.round(score * 100) / 100);
    },
  );

  it('recomputes to the same digest', () => {
    expect(verifyEvaluationRun(run)).toMatchObject({ intact: true, reproducible: true });
  });
});

describe('黄岩 2022 worked examples (DOMAIN.md §4)', () => {
  const scheme = loadScheme('huangyan-2022.yaml');

  it('a firm exactly at every base scores 100; double tax, half energy efficiency, half R&D scores 115.0', () => {
    const run = runEvaluation(scheme, {
      year: 2022,
      enterprises: [
        enterprise('at-base', huangyanMeasures(AT_BASE)),
        enterprise(
          'mixed',
          huangyanMeasures({ ...AT_BASE, tax_per_mu: 2 * 24.097, va_per_energy: 2.694 / 2, rd_ratio: 0.0302 / 2 }),
        ),
      ],
    });
    expect(result(run, 'at-base').total).toBe(100);
    expect(result(run, 'mixed').total).toBe(115);
    expect(result(run, 'mixed').indicators.map((i) => Math.round(i.score! * 1e9) / 1e9)).toEqual([
      60, 20, 10, 10, 10, 5,
    ]);
  });

  it('gives a 规上 firm without emission data the 规上 mean score on that item', () => {
    const run = runEvaluation(scheme, {
      year: 2022,
      enterprises: [
        enterprise('a', huangyanMeasures({ ...AT_BASE, va_per_emission: 4929.81 })),
        enterprise('b', huangyanMeasures({ ...AT_BASE, va_per_emission: 3 * 4929.81 })),
        enterprise('none', huangyanMeasures({ ...AT_BASE, va_per_emission: null })),
      ],
    });
    const emission = result(run, 'none').indicators.find((i) => i.indicatorId === 'value_added_per_emission')!;
    expect(emission).toMatchObject({
      value: null,
      missingCause: 'missing_denominator',
      missingPolicy: 'group_mean_score',
    });
    expect(emission.score).toBeCloseTo(20, 9);
    expect(result(run, 'none').total).toBe(110);
  });

  it('scores a 规下 firm on 亩均税收 and 单位电耗税收 and leaves one under 3 亩 out', () => {
    const below = (id: string, land: number) =>
      enterprise(
        id,
        { land_own: land, tax_paid: 11.5932 * 10000 * land, electricity: (11.5932 * 10000 * land) / 0.2352 },
        { aboveScale: false },
      );
    const run = runEvaluation(scheme, { year: 2022, enterprises: [below('b', 3), below('tiny', 2.5)] });
    expect(result(run, 'b')).toMatchObject({ groupId: 'below-scale', total: 100 });
    expect(result(run, 'tiny')).toMatchObject({ status: 'excluded', reason: { code: 'no_group' } });
  });

  it('tells a firm how much more tax would lift it a class, and paying it does', () => {
    const firms = [3, 2, 1.5, 1.2, 1, 0.9, 0.8, 0.5].map((f, i) =>
      enterprise(`f${i}`, huangyanMeasures({ ...AT_BASE, tax_per_mu: 24.097 * f })),
    );
    const run = runEvaluation(scheme, { year: 2022, enterprises: firms });
    const explanation = explainEvaluationResult(run, 'f6');
    const tax = explanation.nextClass!.quantities.find((q) => q.quantity === 'evaluation_tax')!;
    const paid = firms.map((f) =>
      f.enterpriseId === 'f6'
        ? { ...f, measures: { ...f.measures, tax_paid: f.measures.tax_paid! + tax.increase! + 1 } }
        : f,
    );
    const after = result(runEvaluation(scheme, { year: 2022, enterprises: paid }), 'f6');
    // eight firms: A ≤ 2, B ≤ 5, C ≤ 7, D the 8th; f6 is 7th (C), the lowest B is f4 (1.0 × base)
    expect([result(run, 'f6').initialClass, explanation.nextClass!.classId]).toEqual(['C', 'B']);
    expect(explanation.nextClass!.requiredTotal).toBe(result(run, 'f4').total);
    expect(after.initialClass).toBe(explanation.nextClass!.classId);
  });
});

describe('旌德 bounded min-max (w·[20 + 80·(x − min)/(max − min)]/100)', () => {
  it('gives the lowest firm 20 % and the highest 100 % of each weight, and a firm between its share', () => {
    const scheme = loadScheme('jingde-2022.yaml');
    const firm = (id: string, k: number) =>
      enterprise(id, {
        land_own: 10,
        tax_paid: 100000 * k,
        operating_revenue: 1e7 * k,
        technical_renovation_investment: 1e5 * k,
        average_employees: 100,
        cod: 1 / k,
        rd_expenditure: 1e5 * k * k,
        energy_consumption: 100,
      });
    const run = runEvaluation(scheme, { year: 2021, enterprises: [firm('low', 1), firm('mid', 2), firm('high', 3)] });
    expect(result(run, 'low').total).toBe(20);
    expect(result(run, 'high').total).toBe(100);
    // revenue per energy is the same for all (every firm at max = min gets the full weight), the rest by position
    const mid = result(run, 'mid').indicators;
    const expected = (w: number, x: number, min: number, max: number) =>
      (w * (20 + (80 * (x - min)) / (max - min))) / 100;
    expect(mid.find((i) => i.indicatorId === 'tax_per_mu')!.score).toBeCloseTo(expected(30, 20, 10, 30), 12);
    expect(mid.find((i) => i.indicatorId === 'rd_share')!.score).toBeCloseTo(expected(10, 0.02, 0.01, 0.03), 12);
    expect(mid.find((i) => i.indicatorId === 'revenue_per_energy')!.score).toBeCloseTo(expected(10, 2e3, 1e3, 3e3), 12);
  });
});

describe('淮安 2024: baselines at 2 × the group mean, classes 20 / 60 / 95', () => {
  it('scores a firm at twice every mean 100 and splits twenty firms 4 / 8 / 7 / 1', () => {
    const scheme = loadScheme('huaian-2024.yaml');
    const firms = Array.from({ length: 20 }, (_, i) =>
      enterprise(`f${String(i).padStart(2, '0')}`, {
        land_own: 10,
        tax_paid: 10000 * (i + 1),
        operating_revenue: 1e6 * (i + 1),
        energy_consumption: 10,
      }),
    );
    const run = runEvaluation(scheme, { year: 2023, enterprises: firms });
    // means: tax 10.5 万元/亩, sales 105 万元/亩, tax per tce 1.05 万元; the baselines are twice that
    expect(run.groups[0]!.baselines.map((b) => b.value)).toEqual([2.1, 210, 2.1]);
    const counts = run.results.reduce<Record<string, number>>(
      (c, r) => ({ ...c, [r.initialClass!]: (c[r.initialClass!] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ A: 4, B: 8, C: 7, D: 1 });
    // firm 20 (i = 19) is at 20/10.5 of every mean: 100 × 20 / 21
    expect(result(run, 'f19').total).toBe(Math.round((100 * 20 * 100) / 21) / 100);
  });
});

describe('开化 cap: no indicator scores more than 1.5 × its weight', () => {
  it('caps a firm far above the mean', () => {
    const scheme = loadScheme('kaihua-capped.yaml');
    const firm = (id: string, k: number) =>
      enterprise(
        id,
        huangyanMeasures({
          tax_per_mu: 10 * k,
          va_per_mu: 100 * k,
          va_per_energy: 2 * k,
          va_per_emission: 5000 * k,
          labour_productivity: 20 * k,
          rd_ratio: 0.01 * k,
        }),
      );
    const run = runEvaluation(scheme, {
      year: 2022,
      enterprises: [firm('a', 1), firm('b', 1), firm('c', 1), firm('star', 20)],
    });
    const star = result(run, 'star');
    expect(star.indicators.every((i) => i.capped && i.score === 1.5 * i.weight)).toBe(true);
    expect(star.total).toBe(150);
  });
});
