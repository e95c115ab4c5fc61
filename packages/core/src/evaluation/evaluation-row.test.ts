import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firm, group, scheme, taxFirm, valueAddedPerMu } from './evaluation.test-kit.ts';
import type { EvaluationSchemeDocument } from './evaluation-scheme.ts';
import { evaluationRow, evaluationRows, type EvaluationRow } from './evaluation-row.ts';
import { runEvaluation } from './run-evaluation.ts';

const fact = (tag: string, count = 1) => ({ tag, id: null, count, date: null, source: null, note: null });

/** 规上 (亩均税收 60 + 亩均增加值 40, a bonus, a penalty and a veto) and 规下 (亩均税收 100); W not producing. */
const doc: EvaluationSchemeDocument = scheme({
  unrated: [{ id: 'not-producing', when: { inProduction: false }, reason: { zh: '尚未投产', en: 'not producing' } }],
  groups: [
    group({
      id: 'above',
      members: { aboveScale: true },
      indicators: [
        {
          id: 'tax_per_mu',
          name: { zh: '亩均税收', en: 'tax per mu' },
          numerator: 'evaluation_tax',
          denominator: 'land_net',
          unit: { numerator: 'ten_thousand_yuan', denominator: 'mu' },
          weight: 60,
          scoring: { method: 'ratio', baseline: { kind: 'fixed', value: 10 } },
          missing: { policy: 'zero' },
        },
        valueAddedPerMu(40),
      ],
      rules: [
        { id: 'high-tech', name: { zh: '高新', en: 'high-tech' }, kind: 'bonus', when: { fact: 'hi' }, points: 2.5 },
        { id: 'late', name: { zh: '迟报', en: 'late' }, kind: 'penalty', when: { fact: 'late' }, points: 0.1 },
        { id: 'accident', name: { zh: '事故', en: 'accident' }, kind: 'veto', when: { fact: 'acc' }, forceClass: 'D' },
      ],
    }),
    group({ id: 'below', members: { all: [{ aboveScale: false }, { quantity: 'land_net', atLeast: 3 }] } }),
  ],
});
const measures = (taxPerMu: number, valueAddedPerMu: number | null, land = 10) => ({
  land_own: land,
  tax_paid: taxPerMu * 10000 * land,
  annual_value_added: valueAddedPerMu === null ? null : valueAddedPerMu * 10000 * land,
});
const run = runEvaluation(doc, {
  year: 2023,
  enterprises: [
    firm('P', measures(20, 100), { uscc: 'U-P' }),
    firm('Q', measures(10, 100), { uscc: 'U-Q', facts: [fact('hi'), fact('late')] }),
    firm('R', measures(10, null), { uscc: 'U-R', facts: [fact('late')] }),
    firm('S', measures(5, 50), { uscc: 'U-S', facts: [fact('acc')] }),
    firm('T', measures(10, 100), { uscc: 'U-T' }),
    firm('W', measures(10, 100), { uscc: 'U-W', inProduction: false }),
    taxFirm('b1', 10, 5, { uscc: 'U-B1', aboveScale: false }),
    taxFirm('b2', 20, 5, { uscc: 'U-B2', aboveScale: false }),
    taxFirm('tiny', 10, 2, { uscc: 'U-TINY', aboveScale: false }),
  ],
});
const rowOf = (uscc: string) => evaluationRows(run).find((row) => row.uscc === uscc)!;

describe('evaluationRow', () => {
  it.each<[string, string, Partial<EvaluationRow>]>([
    [
      'a rated firm: values in the indicator unit, scores in points, no rule points',
      'U-P',
      {
        group: 'above',
        indicators: { tax_per_mu: 20, value_added_per_mu: 100 },
        scores: { tax_per_mu: 120, value_added_per_mu: 40 },
        bonus: 0,
        total: 160,
        rank: 1,
        percentile: 0.25,
        class: 'A',
        unratedReason: null,
      },
    ],
    [
      'bonus 2.5 and penalty 0.1 net to 2.4 (exactly), counted in the total',
      'U-Q',
      { scores: { tax_per_mu: 60, value_added_per_mu: 40 }, bonus: 2.4, total: 102.4, rank: 2, percentile: 0.5 },
    ],
    [
      'a penalty alone makes bonus negative; a missing value is null and scores 0 (policy zero)',
      'U-R',
      {
        indicators: { tax_per_mu: 10, value_added_per_mu: null },
        scores: { tax_per_mu: 60, value_added_per_mu: 0 },
        bonus: -0.1,
        total: 59.9,
        rank: 4,
        percentile: 1,
        class: 'D',
      },
    ],
    [
      'a vetoed firm has its forced class, its rank by score and no percentile',
      'U-S',
      { class: 'D', rank: 5, percentile: null, total: 50, unratedReason: null },
    ],
    [
      'an unrated firm shows its values but no scores, bonus, total or class, and says why',
      'U-W',
      {
        group: 'above',
        indicators: { tax_per_mu: 10, value_added_per_mu: 100 },
        scores: { tax_per_mu: null, value_added_per_mu: null },
        bonus: null,
        total: null,
        rank: null,
        percentile: null,
        class: null,
        unratedReason: { code: 'not-producing', zh: '尚未投产' },
      },
    ],
    [
      'a firm in no group is listed with the reason no_group',
      'U-TINY',
      {
        group: null,
        indicators: {},
        scores: {},
        bonus: null,
        total: null,
        class: null,
        unratedReason: { code: 'no_group', zh: '不属于任何评价组（不在评价范围内）' },
      },
    ],
    ['a second group is ranked on its own', 'U-B1', { group: 'below', rank: 2, percentile: 1, total: 100 }],
  ])('%s', (_, uscc, expected) => {
    expect(rowOf(uscc)).toMatchObject(expected);
  });

  it('has exactly the fields of issue 5, in its order', () => {
    expect(Object.keys(evaluationRow(run.results[0]!))).toEqual([
      'uscc',
      'group',
      'indicators',
      'scores',
      'bonus',
      'total',
      'rank',
      'percentile',
      'class',
      'unratedReason',
    ]);
  });

  it('sorts by group in scheme order (none last), then rank (unranked last), then uscc', () => {
    expect(evaluationRows(run).map((row) => row.uscc)).toEqual([
      'U-P',
      'U-Q',
      'U-T',
      'U-R',
      'U-S',
      'U-W',
      'U-B2',
      'U-B1',
      'U-TINY',
    ]);
  });
});

describe('evaluationRows properties', () => {
  it('total = Σ scores + bonus (to the 2 decimals of the scheme); percentile = position share in (0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            tax: fc.integer({ min: 0, max: 500 }),
            va: fc.option(fc.integer({ min: 0, max: 5000 })),
            hi: fc.boolean(),
            late: fc.boolean(),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (firms) => {
          const rows = evaluationRows(
            runEvaluation(doc, {
              year: 2023,
              enterprises: firms.map((f, i) =>
                firm(`f${i}`, measures(f.tax / 10, f.va === null ? null : f.va / 10), {
                  facts: [...(f.hi ? [fact('hi')] : []), ...(f.late ? [fact('late')] : [])],
                }),
              ),
            }),
          );
          for (const row of rows) {
            const sum = Object.values(row.scores).reduce<number>((s, v) => s + (v ?? 0), 0) + row.bonus!;
            expect(Math.abs(row.total! - sum)).toBeLessThanOrEqual(0.005 + 1e-9);
            expect(row.percentile).toBeGreaterThan(0);
            expect(row.percentile).toBeLessThanOrEqual(1);
          }
          const ranks = rows.map((row) => row.rank!);
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        },
      ),
      { numRuns: 100 },
    );
  });
});
