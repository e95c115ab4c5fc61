/** growth_below: a subject's comparable growth of the measure is below x % (strictly). */
import { gradeSeverity } from './severity-ladder.ts';
import {
  evaluated,
  fixed,
  missingData,
  periodLabel,
  type RuleOutcome,
  type WarningFinding,
  type SkippedSubject,
  type WarningSubject,
} from './warning-finding.ts';
import type { WarningRule } from './warning-rule.ts';

export interface GrowthBelowInput {
  /** Growth as a fraction (0.083 = 8.3 %); null when no comparable base. */
  subjects: readonly { subject: WarningSubject; growth: number | null }[];
}

export function evaluateGrowthBelow(rule: WarningRule, input: GrowthBelowInput): RuleOutcome {
  const findings: WarningFinding[] = [];
  const skipped: SkippedSubject[] = [];
  const label = periodLabel(rule);
  for (const { subject, growth } of input.subjects) {
    if (growth === null) {
      skipped.push(missingData(subject, { zh: '可比增速', en: 'comparable growth' }));
      continue;
    }
    const percent = growth * 100;
    const grade = gradeSeverity(percent, rule.severity, 'lt');
    if (!grade) continue;
    findings.push({
      ruleId: rule.id,
      subject,
      severity: grade.severity,
      figures: { growthPercent: percent, thresholdPercent: grade.threshold },
      message: {
        zh: `${label.zh}增速${fixed(percent)}%，低于${fixed(grade.threshold)}%`,
        en: `${label.en} growth ${fixed(percent)}%, below ${fixed(grade.threshold)}%`,
      },
    });
  }
  return evaluated(rule, findings, skipped);
}
