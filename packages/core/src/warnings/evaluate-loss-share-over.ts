/** loss_share_over: 亏损面, the share of a subject's 规上 firms with profit below 0, is over x % (strictly). */
import { gradeSeverity } from './severity-ladder.ts';
import {
  evaluated,
  fixed,
  type RuleOutcome,
  type SkippedSubject,
  type WarningFinding,
  type WarningSubject,
} from './warning-finding.ts';
import type { WarningRule } from './warning-rule.ts';

export interface LossShareInput {
  /** Firms that reported the profit measure, and how many of them reported a loss (< 0). */
  subjects: readonly { subject: WarningSubject; firms: number; lossMaking: number }[];
}

export function evaluateLossShareOver(rule: WarningRule, input: LossShareInput): RuleOutcome {
  const findings: WarningFinding[] = [];
  const skipped: SkippedSubject[] = [];
  const minFirms = rule.parameters.minFirms;
  for (const { subject, firms, lossMaking } of input.subjects) {
    if (firms < minFirms) {
      skipped.push({
        subject,
        reason: {
          zh: `报送利润的企业少于${minFirms}家（${firms}家）`,
          en: `fewer than ${minFirms} firms reported profit (${firms})`,
        },
      });
      continue;
    }
    const sharePercent = (lossMaking / firms) * 100;
    const grade = gradeSeverity(sharePercent, rule.severity, 'gt');
    if (!grade) continue;
    findings.push({
      ruleId: rule.id,
      subject,
      severity: grade.severity,
      figures: { firms, lossMaking, sharePercent, thresholdPercent: grade.threshold },
      message: {
        zh: `亏损面${fixed(sharePercent)}%（${lossMaking}/${firms}家），高于${fixed(grade.threshold)}%`,
        en: `loss-making share ${fixed(sharePercent)}% (${lossMaking} of ${firms} firms), over ${fixed(grade.threshold)}%`,
      },
    });
  }
  return evaluated(rule, findings, skipped);
}
