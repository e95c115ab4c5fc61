import { describe, expect, it } from 'vitest';
import { evaluateMoreDClass } from './evaluate-more-d-class.ts';
import { evaluateProjectOverdue } from './evaluate-project-overdue.ts';
import { ruleOf, subject } from './warnings.test-kit.ts';

const units = [subject('330402', 'unit'), subject('330411', 'unit')];

describe('more_d_class', () => {
  const rule = ruleOf('more_d_class', { severity: { red: 5, orange: 3, yellow: 1 } });
  const counts = (year: number, entries: [string, number][]) => ({ year, counts: new Map(entries) });
  it.each([
    [2, 2, null],
    [2, 1, null], // fewer
    [2, 3, 'yellow'], // exactly one more
    [0, 3, 'orange'],
    [1, 6, 'red'],
  ])('%i D-class firms before, %i now → %s', (before, now, severity) => {
    const outcome = evaluateMoreDClass(rule, {
      latest: counts(2024, [['330402', now]]),
      previous: counts(2023, [['330402', before]]),
      units: units.slice(0, 1),
    });
    expect(outcome.findings.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  });

  it('counts a unit absent from a year as 0 firms', () => {
    const outcome = evaluateMoreDClass(rule, {
      latest: counts(2024, [['330411', 1]]),
      previous: counts(2023, []),
      units,
    });
    expect(outcome.findings.map((f) => f.subject.id)).toEqual(['330411']);
  });

  it('is not evaluable without two published evaluations', () => {
    expect(evaluateMoreDClass(rule, { latest: counts(2024, []), previous: null, units })).toMatchObject({
      evaluable: false,
      reason: { en: 'needs published evaluations of two years' },
    });
  });
});

describe('project_overdue', () => {
  const rule = ruleOf('project_overdue', { severity: { red: 90, orange: 30, yellow: 0 } });
  const project = (plannedStart: string, actualStart: string | null = null) => ({
    subject: subject('91330400MA2T000A0X', 'enterprise'),
    projectName: '年产10万吨项目',
    plannedStart,
    actualStart,
  });

  it('is not evaluable until the project register exists (never passes silently)', () => {
    const outcome = evaluateProjectOverdue(rule, { projects: null, asOf: '2024-10-31' });
    expect(outcome).toMatchObject({
      evaluable: false,
      findings: [],
      reason: { zh: '本年度尚未导入项目清单，无法判断' },
    });
  });

  it.each([
    ['2024-10-31', null, null], // planned today: 0 days late, not over 0
    ['2024-10-30', null, 'yellow'],
    ['2024-10-01', null, 'yellow'], // exactly 30 days: not over 30
    ['2024-09-30', null, 'orange'],
    ['2024-07-01', null, 'red'],
    ['2024-01-01', '2024-02-01', null], // started
  ])('planned %s, started %s → %s', (plannedStart, actualStart, severity) => {
    const outcome = evaluateProjectOverdue(rule, {
      projects: [project(plannedStart, actualStart)],
      asOf: '2024-10-31',
    });
    expect(outcome.findings.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  });
});
