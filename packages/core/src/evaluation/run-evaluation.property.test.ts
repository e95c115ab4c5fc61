import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firm, group, scheme, taxPerMu, valueAddedPerMu } from './evaluation.test-kit.ts';
import type { EvaluationSchemeDocument } from './evaluation-scheme.ts';
import { runEvaluation } from './run-evaluation.ts';

const CLASS_ORDER = ['A', 'B', 'C', 'D'];
const rankOf = (c: string | null) => CLASS_ORDER.indexOf(c ?? '');

const schemes: [string, EvaluationSchemeDocument][] = [
  ['fixed baselines', scheme({ groups: [group({ indicators: [taxPerMu(60, 10), valueAddedPerMu(40)] })] })],
  [
    'group-mean baselines with a cap',
    scheme({
      groups: [
        group({
          indicators: [
            taxPerMu(60, 10, { scoring: { method: 'ratio', baseline: { kind: 'group_mean', multiple: 2 }, cap: 1.5 } }),
            valueAddedPerMu(40, { scoring: { method: 'ratio', baseline: { kind: 'group_mean', average: 'simple' } } }),
          ],
        }),
      ],
    }),
  ],
  [
    'bounded min-max',
    scheme({
      groups: [
        group({
          indicators: [
            taxPerMu(60, 10, { scoring: { method: 'min_max', floor: 20 } }),
            valueAddedPerMu(40, { scoring: { method: 'min_max', floor: 20 } }),
          ],
        }),
      ],
    }),
  ],
];

const firms = fc.array(
  fc.record({
    tax: fc.integer({ min: 0, max: 5_000_000 }),
    va: fc.integer({ min: 1, max: 50_000_000 }),
    land: fc.integer({ min: 1, max: 200 }),
  }),
  { minLength: 2, maxLength: 25 },
);
const inputOf = (rows: { tax: number; va: number; land: number }[]) => ({
  year: 2023,
  enterprises: rows.map((r, i) =>
    firm(`f${String(i).padStart(2, '0')}`, { land_own: r.land, tax_paid: r.tax, annual_value_added: r.va }),
  ),
});

describe.each(schemes)('runEvaluation properties (%s)', (_, doc) => {
  it('raising one firm’s tax never lowers its class', () => {
    fc.assert(
      fc.property(firms, fc.nat(), fc.integer({ min: 1, max: 5_000_000 }), (rows, pick, extra) => {
        const index = pick % rows.length;
        const before = runEvaluation(doc, inputOf(rows)).results[index]!;
        const raised = rows.map((r, i) => (i === index ? { ...r, tax: r.tax + extra } : r));
        const after = runEvaluation(doc, inputOf(raised)).results[index]!;
        expect(rankOf(after.initialClass)).toBeLessThanOrEqual(rankOf(before.initialClass));
        expect(after.rank!).toBeLessThanOrEqual(before.rank!);
      }),
      { numRuns: 60 },
    );
  });

  it('classifies every rated firm, and the same data in another order gives the same digest', () => {
    fc.assert(
      fc.property(firms, (rows) => {
        const input = inputOf(rows);
        const run = runEvaluation(doc, input);
        expect(run.results.every((r) => r.status === 'rated' && r.initialClass !== null)).toBe(true);
        expect(runEvaluation(doc, { ...input, enterprises: [...input.enterprises].reverse() }).digest).toBe(run.digest);
      }),
      { numRuns: 30 },
    );
  });
});
