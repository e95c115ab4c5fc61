/**
 * Properties of every evaluator: a stricter threshold (higher for "over" kinds, lower for "below" kinds)
 * never adds a finding nor raises a severity; a finding's severity is one whose threshold its metric passes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonOfKind, severityRank, type Severity } from './severity-ladder.ts';
import { evaluateWarningRule, type WarningInput } from './evaluate-warning-rule.ts';
import type { RuleOutcome } from './warning-finding.ts';
import type { WarningKind } from './warning-rule.ts';
import { ruleOf, subject } from './warnings.test-kit.ts';

const nullable = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: null });
const growth = nullable(fc.double({ min: -1, max: 1, noNaN: true }));
const ids = ['a', 'b', 'c', 'd'];

const inputs: Partial<Record<WarningKind, fc.Arbitrary<WarningInput>>> = {
  growth_below: fc.array(growth, { minLength: 4, maxLength: 4 }).map((values) => ({
    kind: 'growth_below',
    subjects: values.map((value, i) => ({ subject: subject(ids[i]!), growth: value })),
  })),
  below_city: fc.tuple(growth, fc.array(growth, { minLength: 4, maxLength: 4 })).map(([city, values]) => ({
    kind: 'below_city',
    cityGrowth: city,
    subjects: values.map((value, i) => ({ subject: subject(ids[i]!), growth: value })),
  })),
  consecutive_decline: fc.array(fc.array(growth, { maxLength: 14 }), { minLength: 4, maxLength: 4 }).map((series) => ({
    kind: 'consecutive_decline',
    subjects: series.map((values, i) => ({ subject: subject(ids[i]!), series: values })),
  })),
  loss_share_over: fc
    .array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })), { minLength: 4, maxLength: 4 })
    .map((pairs) => ({
      kind: 'loss_share_over',
      subjects: pairs.map(([a, b], i) => ({
        subject: subject(ids[i]!, 'unit'),
        firms: Math.max(a, b),
        lossMaking: Math.min(a, b),
      })),
    })),
  leader_output_drop: fc
    .array(
      fc.tuple(
        nullable(fc.double({ min: 0, max: 1e6, noNaN: true })),
        nullable(fc.double({ min: 0, max: 1e6, noNaN: true })),
      ),
      {
        minLength: 1,
        maxLength: 8,
      },
    )
    .map((firms) => ({
      kind: 'leader_output_drop',
      clusters: [
        {
          clusterId: 'c',
          name: { zh: 'c', en: 'c' },
          firms: firms.map(([value, base], i) => ({ subject: subject(`f${i}`, 'enterprise'), value, base })),
        },
      ],
    })),
  energy_over_quota: fc
    .array(nullable(fc.double({ min: 0, max: 3000, noNaN: true })), { minLength: 4, maxLength: 4 })
    .map((values) => ({
      kind: 'energy_over_quota',
      subjects: values.map((energy, i) => ({ subject: subject(ids[i]!, 'unit'), energy, output: null })),
    })),
};

const isoDay = fc
  .integer({ min: 0, max: 3650 })
  .map((days) => new Date(Date.UTC(2015, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));
inputs.platform_review_due = fc
  .array(fc.tuple(fc.constantFrom('cultivating', 'recognised', 'reviewed', 'delisted'), isoDay), {
    minLength: 4,
    maxLength: 4,
  })
  .map((platforms) => ({
    kind: 'platform_review_due',
    asOf: '2024-12-31',
    platforms: platforms.map(([status, statusDate], i) => ({
      subject: subject(ids[i]!, 'enterprise'),
      platformId: i,
      kindName: { zh: '特色产业园', en: 'park' },
      status,
      statusDate,
    })),
  }));
inputs.chain_lead_stalled = fc
  .array(fc.tuple(fc.constantFrom('lead', 'contact', 'visit', 'signed', 'landed', 'dropped'), isoDay), {
    minLength: 4,
    maxLength: 4,
  })
  .map((leads) => ({
    kind: 'chain_lead_stalled',
    asOf: '2024-12-31',
    leads: leads.map(([status, since], i) => ({
      subject: subject(ids[i]!, 'enterprise'),
      leadId: i,
      chainId: 'photovoltaic',
      chainName: { zh: '光伏', en: 'PV' },
      linkName: { zh: '电池片', en: 'cells' },
      companyName: ids[i]!,
      status,
      since,
    })),
  }));

const severityOf = (outcome: RuleOutcome) =>
  new Map(outcome.findings.map((f) => [f.subject.id, severityRank[f.severity]]));

describe.each(Object.entries(inputs))('%s', (kind, input) => {
  const comparison = comparisonOfKind[kind as WarningKind];
  const parameters =
    kind === 'energy_over_quota'
      ? { quotas: Object.fromEntries(ids.map((id) => [id, 1000])) }
      : kind === 'platform_review_due'
        ? { cultivatingMonths: 24 }
        : {};
  const scale = kind === 'consecutive_decline' || kind === 'more_d_class' ? 12 : 100;

  it('a stricter threshold never adds a finding nor raises a severity', () => {
    fc.assert(
      fc.property(
        input,
        fc.double({ min: -scale, max: scale, noNaN: true }),
        fc.double({ min: 0, max: scale, noNaN: true }),
        fc.constantFrom<Severity>('red', 'orange', 'yellow'),
        (data, threshold, step, level) => {
          const stricter = comparison === 'lt' ? threshold - step : threshold + step;
          const loose = ruleOf(kind as WarningKind, { severity: { [level]: threshold }, parameters });
          const strict = ruleOf(kind as WarningKind, { severity: { [level]: stricter }, parameters });
          const before = severityOf(evaluateWarningRule(loose, data));
          const after = severityOf(evaluateWarningRule(strict, data));
          for (const [id, rank] of after) expect(rank).toBeLessThanOrEqual(before.get(id) ?? -1);
        },
      ),
    );
  });

  it('gives only severities of the ladder and no NaN in the figures', () => {
    fc.assert(
      fc.property(input, (data) => {
        const rule = ruleOf(kind as WarningKind, {
          severity: { red: comparison === 'lt' ? -20 : 20, yellow: comparison === 'lt' ? 0 : 2 },
          parameters,
        });
        for (const finding of evaluateWarningRule(rule, data).findings) {
          const threshold = Object.values(finding.figures).filter((v): v is number => typeof v === 'number');
          expect(threshold.every((v) => !Number.isNaN(v))).toBe(true);
          expect(['red', 'yellow']).toContain(finding.severity);
        }
      }),
    );
  });
});
