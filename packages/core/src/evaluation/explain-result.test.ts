import { describe, expect, it } from 'vitest';
import { group, scheme, taxFirm, taxPerMu } from './evaluation.test-kit.ts';
import { explainEvaluationResult, indicatorUnitLabel } from './explain-result.ts';
import { runEvaluation } from './run-evaluation.ts';

const ten = [30, 25, 20, 18, 16, 14, 12, 10, 8, 4];
const input = (perMu: number[] = ten) => ({ year: 2023, enterprises: perMu.map((v, i) => taxFirm(`f${i}`, v)) });

describe('explainEvaluationResult', () => {
  it('shows each indicator with its unit, baseline, weight and score', () => {
    const run = runEvaluation(scheme(), input());
    const explanation = explainEvaluationResult(run, 'f0');
    expect(explanation.indicators[0]).toMatchObject({
      indicatorId: 'tax_per_mu',
      name: { zh: '亩均税收' },
      unitLabel: '万元/亩',
      value: 30,
      baseline: 10,
      weight: 100,
      score: 300,
      maxScore: null,
    });
    expect(explanation.className).toEqual({ zh: 'A类', en: 'class A' });
    expect(explanation.nextClass).toBeNull();
    expect(explanation.note).toEqual({ zh: '已是最高等级', en: 'already in the top class' });
  });

  it('says what lifts a firm over the lowest firm of the next class, and doing it does', () => {
    const run = runEvaluation(scheme(), input());
    const explanation = explainEvaluationResult(run, 'f7'); // 10 万元/亩: position 8 of 10 → C
    expect(explanation.result.initialClass).toBe('C');
    expect(explanation.nextClass).toMatchObject({ classId: 'B', requiredTotal: 120, gap: 20, strictlyAbove: false });
    const tax = explanation.nextClass!.quantities.find((q) => q.quantity === 'evaluation_tax')!;
    expect(tax.increase).toBeCloseTo(200000, 3); // 2 万元/亩 more on 10 亩
    expect(explanation.nextClass!.steps[0]!.requiredValue).toBeCloseTo(12, 9);
    const raised = input();
    raised.enterprises[7]!.measures.tax_paid! += tax.increase!;
    expect(runEvaluation(scheme(), raised).results.find((r) => r.enterpriseId === 'f7')!.initialClass).toBe('B');
  });

  it('needs more than the bar when ties go the unfavourable way', () => {
    const doc = scheme({
      groups: [
        group({
          classification: {
            method: 'percentile',
            cutoffs: [
              { class: 'A', upTo: 0.25 },
              { class: 'B', upTo: 0.7 },
              { class: 'C', upTo: 0.95 },
              { class: 'D', upTo: 1 },
            ],
            ties: { policy: 'unfavourable' },
          },
        }),
      ],
    });
    const explanation = explainEvaluationResult(runEvaluation(doc, input()), 'f7');
    expect(explanation.nextClass).toMatchObject({ classId: 'B', requiredTotal: 120, strictlyAbove: true });
  });

  it('uses the next threshold for threshold classes, and says when a cap makes it out of reach', () => {
    const doc = scheme({
      groups: [
        group({
          indicators: [
            taxPerMu(100, 10, { scoring: { method: 'ratio', baseline: { kind: 'fixed', value: 10 }, cap: 1.5 } }),
          ],
          classification: {
            method: 'threshold',
            thresholds: [
              { class: 'A', minScore: 160 },
              { class: 'B', minScore: 100 },
              { class: 'C', minScore: null },
            ],
          },
        }),
      ],
    });
    const run = runEvaluation(doc, input([12, 9]));
    expect(explainEvaluationResult(run, 'f1').nextClass).toMatchObject({ classId: 'B', requiredTotal: 100, gap: 10 });
    const capped = explainEvaluationResult(run, 'f0').nextClass!;
    expect(capped).toMatchObject({ classId: 'A', requiredTotal: 160 });
    expect(capped.steps[0]).toMatchObject({ feasible: false, requiredValue: null });
    expect(capped.quantities[0]!.increase).toBeNull();
  });

  it('explains a veto and an unrated firm without a next class', () => {
    const doc = scheme({
      unrated: [{ id: 'utilities', when: { industry: ['44'] }, reason: { zh: '公用事业', en: 'utility' } }],
      groups: [
        group({
          rules: [
            {
              id: 'accident',
              name: { zh: '事故', en: 'accident' },
              kind: 'veto',
              when: { fact: 'accident' },
              forceClass: 'D',
            },
          ],
        }),
      ],
    });
    const fact = { tag: 'accident', id: 'AJ-2023-01', count: 1, date: '2023-03-02', source: '应急管理局', note: null };
    const run = runEvaluation(doc, {
      year: 2023,
      enterprises: [
        taxFirm('v', 30, 10, { facts: [fact] }),
        taxFirm('u', 30, 10, { industryCode: '4411' }),
        taxFirm('o', 5),
      ],
    });
    const vetoed = explainEvaluationResult(run, 'v');
    expect(vetoed.veto?.evidence).toEqual([fact]);
    expect(vetoed.nextClass).toBeNull();
    expect(vetoed.note?.en).toMatch(/vetoed/);
    expect(explainEvaluationResult(run, 'u').note).toEqual({ zh: '公用事业', en: 'utility' });
    expect(() => explainEvaluationResult(run, 'nobody')).toThrow(/nobody/);
  });

  it('writes units as the bureau does', () => {
    expect(indicatorUnitLabel({ unit: { numerator: 'yuan', denominator: 'kwh' } })).toBe('元/千瓦时');
    expect(indicatorUnitLabel({ unit: { numerator: 'yuan', denominator: 'yuan' } })).toBe('');
  });
});
