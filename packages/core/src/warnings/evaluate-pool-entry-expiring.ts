/**
 * pool_entry_expiring: a cultivation-pool entry (企业培育库) still in force whose validity ends within the ladder's
 * days without a review (复核) of it — fewer days left is more severe (e.g. red < 30, orange < 90, yellow < 180).
 * Without any pool list imported the input is null and the rule reports itself as not evaluable, never as passed.
 */
import { gradeSeverity } from './severity-ladder.ts';
import {
  evaluated,
  notEvaluable,
  type RuleOutcome,
  type WarningFinding,
  type WarningSubject,
} from './warning-finding.ts';
import type { WarningRule } from './warning-rule.ts';

export interface TrackedPoolEntry {
  /** The entry (kind 'enterprise', id `USCC/tier`), with the firm's name and unit. */
  subject: WarningSubject;
  tierName: { zh: string; en: string };
  validUntil: string;
  /** Days from the end of the period to the end of validity. */
  daysLeft: number;
  reviewed: boolean;
}

export interface PoolEntryExpiringInput {
  /** null: no pool list imported. */
  entries: readonly TrackedPoolEntry[] | null;
  asOf: string;
}

export function evaluatePoolEntryExpiring(rule: WarningRule, input: PoolEntryExpiringInput): RuleOutcome {
  if (input.entries === null)
    return notEvaluable(rule, {
      zh: '尚未导入企业培育库名单，无法判断',
      en: 'no pool list imported: cannot be evaluated',
    });
  const findings: WarningFinding[] = [];
  for (const entry of input.entries) {
    if (entry.reviewed || entry.daysLeft < 0) continue;
    const grade = gradeSeverity(entry.daysLeft, rule.severity, 'lt');
    if (!grade) continue;
    findings.push({
      ruleId: rule.id,
      subject: entry.subject,
      severity: grade.severity,
      figures: {
        tier: entry.tierName.zh,
        validUntil: entry.validUntil,
        daysLeft: entry.daysLeft,
        thresholdDays: grade.threshold,
      },
      message: {
        zh: `${entry.subject.name.zh}的${entry.tierName.zh}资格将于${entry.validUntil}到期（剩${entry.daysLeft}天），尚未复核`,
        en: `${entry.subject.name.en}: ${entry.tierName.en} expires on ${entry.validUntil} (${entry.daysLeft} days left), not reviewed`,
      },
    });
  }
  return evaluated(rule, findings, []);
}
