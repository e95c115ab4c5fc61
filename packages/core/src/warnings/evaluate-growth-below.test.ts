import { describe, expect, it } from 'vitest';
import { evaluateBelowCity } from './evaluate-below-city.ts';
import { evaluateGrowthBelow } from './evaluate-growth-below.ts';
import { ruleOf, subject } from './warnings.test-kit.ts';

const ladder = { red: -10, orange: -5, yellow: 0 };

describe('growth_below', () => {
  const rule = ruleOf('growth_below', { severity: ladder });
  it.each([
    [0.05, null],
    [0, null], // exactly at the yellow threshold: not below it
    [-0.0001, 'yellow'],
    [-0.05, 'yellow'], // exactly −5 %: not below −5
    [-0.0501, 'orange'],
    [-0.1, 'orange'],
    [-0.25, 'red'],
  ])('growth %s → %s', (growth, severity) => {
    const outcome = evaluateGrowthBelow(rule, { subjects: [{ subject: subject('a'), growth }] });
    expect(outcome.evaluable).toBe(true);
    expect(outcome.findings.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
    expect(outcome.skipped).toEqual([]);
  });

  it('reports a subject without growth as not evaluable, never as passed', () => {
    const outcome = evaluateGrowthBelow(rule, { subjects: [{ subject: subject('a'), growth: null }] });
    expect(outcome.findings).toEqual([]);
    expect(outcome.skipped).toEqual([
      { subject: subject('a'), reason: expect.objectContaining({ zh: '缺少可比增速' }) },
    ]);
  });

  it('keeps the numbers that triggered it', () => {
    const [finding] = evaluateGrowthBelow(rule, { subjects: [{ subject: subject('a'), growth: -0.07 }] }).findings;
    expect(finding!.figures).toEqual({ growthPercent: expect.closeTo(-7, 12), thresholdPercent: -5 });
    expect(finding!.message.zh).toBe('1–N月累计增速-7.0%，低于-5.0%');
  });
});

describe('below_city', () => {
  const rule = ruleOf('below_city', { severity: { red: 15, orange: 10, yellow: 5 } });
  it.each([
    [0.08, null],
    [0.03, 'yellow'], // exactly 5 points below: at least 5 → yellow
    [0.0301, null],
    [-0.02, 'orange'],
    [-0.07, 'red'],
  ])('growth %s against the city 8 %% → %s', (growth, severity) => {
    const outcome = evaluateBelowCity(rule, { cityGrowth: 0.08, subjects: [{ subject: subject('a'), growth }] });
    expect(outcome.findings.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  });

  it('is not evaluable without the city growth, and skips a subject without its own', () => {
    const subjects = [{ subject: subject('a'), growth: -0.5 }];
    expect(evaluateBelowCity(rule, { cityGrowth: null, subjects })).toMatchObject({ evaluable: false, findings: [] });
    const outcome = evaluateBelowCity(rule, { cityGrowth: 0.1, subjects: [{ subject: subject('b'), growth: null }] });
    expect(outcome).toMatchObject({ evaluable: true, findings: [] });
    expect(outcome.skipped).toHaveLength(1);
  });
});
