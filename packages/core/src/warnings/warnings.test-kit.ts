/** Test helpers: a valid rule of a kind with overrides, and subjects. */
import type { WarningSubject } from './warning-finding.ts';
import { warningRuleSchema, type WarningKind, type WarningRule, type WarningSubjectKind } from './warning-rule.ts';

const subjectOf: Record<WarningKind, WarningSubjectKind> = {
  growth_below: 'cluster',
  below_city: 'cluster',
  consecutive_decline: 'cluster',
  loss_share_over: 'unit',
  leader_output_drop: 'enterprise',
  energy_over_quota: 'unit',
  more_d_class: 'unit',
  project_overdue: 'enterprise',
  pool_entry_expiring: 'enterprise',
  rectification_overdue: 'enterprise',
  platform_review_due: 'enterprise',
  chain_lead_stalled: 'enterprise',
};

export function ruleOf(kind: WarningKind, overrides: Record<string, unknown> = {}): WarningRule {
  return warningRuleSchema.parse({
    id: `test-${kind.replaceAll('_', '-')}`,
    name: { zh: '测试规则', en: 'test rule' },
    kind,
    subject: subjectOf[kind],
    scope: { system: 'wuda' },
    severity: { yellow: 1 },
    owner: 'unit-of-subject',
    ...overrides,
  });
}

export const subject = (id: string, kind: WarningSubjectKind = 'cluster'): WarningSubject => ({
  kind,
  id,
  name: { zh: id, en: id },
  reportingUnitId: kind === 'cluster' ? null : '330402',
});
