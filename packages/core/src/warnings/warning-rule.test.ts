import { describe, expect, it } from 'vitest';
import { parseWarningRuleSet } from './parse-warning-rule-set.ts';
import { gradeSeverity, ladderIsOrdered } from './severity-ladder.ts';
import { measureOfRule } from './warning-rule.ts';
import { ruleOf } from './warnings.test-kit.ts';

const base = {
  id: 'r1',
  name: { zh: '规则', en: 'rule' },
  kind: 'growth_below',
  subject: 'cluster',
  scope: { system: 'wuda' },
  severity: { red: -10, yellow: 0 },
  owner: 'city:经信局产业处',
};

describe('warning rule sets', () => {
  it('reads a rule and fills in defaults', () => {
    const { rules, issues } = parseWarningRuleSet({ rules: [base] });
    expect(issues).toEqual([]);
    expect(rules![0]).toMatchObject({
      enabled: true,
      scope: { period: 'cumulative' },
      parameters: { top: 3, classId: 'D' },
    });
    expect(measureOfRule(rules![0]!)).toBe('industrial_output');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown kind', { kind: 'sales_below' }, 'rules.0.kind'],
    ['a subject the kind cannot watch', { subject: 'enterprise' }, 'rules.0.subject'],
    ['clusters without a system', { scope: {} }, 'rules.0.scope.system'],
    ['an unknown measure', { scope: { system: 'wuda', measure: 'sales' } }, 'rules.0.scope.measure'],
    ['a ladder out of order', { severity: { red: 0, yellow: -10 } }, 'rules.0.severity'],
    ['an empty ladder', { severity: {} }, 'rules.0.severity'],
    ['an unknown severity', { severity: { purple: 1 } }, 'rules.0.severity'],
    ['an owner of no known form', { owner: '张三' }, 'rules.0.owner'],
    ['an id with spaces', { id: 'my rule' }, 'rules.0.id'],
    ['energy without quota or ceiling', { kind: 'energy_over_quota', severity: { yellow: 0 } }, 'rules.0.parameters'],
  ])('refuses %s, naming where', (_what, change, path) => {
    const { rules, issues } = parseWarningRuleSet({ rules: [{ ...base, ...change }] });
    expect(rules).toBeNull();
    expect(issues.map((issue) => issue.path)).toContain(path);
  });

  it('refuses duplicate rule ids', () => {
    const { issues } = parseWarningRuleSet({ rules: [base, base] });
    expect(issues).toEqual([expect.objectContaining({ path: 'rules.1.id' })]);
  });

  it('builds test rules through the same schema', () => {
    expect(ruleOf('more_d_class').subject).toBe('unit');
  });
});

describe('severity ladder', () => {
  it.each<[number, 'lt' | 'gte' | 'gt', string | null]>([
    [-11, 'lt', 'red'],
    [-10, 'lt', 'orange'],
    [-5, 'lt', 'yellow'],
    [0, 'lt', null],
  ])('%d compared %s with red −10, orange −5, yellow 0 → %s', (metric, comparison, severity) => {
    expect(gradeSeverity(metric, { red: -10, orange: -5, yellow: 0 }, comparison)?.severity ?? null).toBe(severity);
  });

  it('checks the order of the thresholds for each comparison', () => {
    expect(ladderIsOrdered({ red: -10, yellow: 0 }, 'lt')).toBe(true);
    expect(ladderIsOrdered({ red: 0, yellow: -10 }, 'lt')).toBe(false);
    expect(ladderIsOrdered({ red: 10, orange: 5, yellow: 5 }, 'gte')).toBe(true);
    expect(ladderIsOrdered({ red: 1, orange: 5 }, 'gt')).toBe(false);
  });
});
