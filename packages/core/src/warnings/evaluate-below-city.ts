/** below_city: a subject grows at least x percentage points slower than the city's 规上 industry. */
import { gradeSeverity } from './severity-ladder.ts';
import {
  evaluated,
  fixed,
  missingData,
  notEvaluable,
  periodLabel,
  type RuleOutcome,
  type SkippedSubject,
  type WarningFinding,
  type WarningSubject,
} from './warning-finding.ts';
import type { WarningRule } from './warning-rule.ts';

export interface BelowCityInput {
  /** The city's growth of the same measure and period, as a fraction. */
  cityGrowth: number | null;
  subjects: readonly { subject: WarningSubject; growth: number | null }[];
}

export function evaluateBelowCity(rule: WarningRule, input: BelowCityInput): RuleOutcome {
  if (input.cityGrowth === null) return notEvaluable(rule, { zh: '全市增速缺失', en: "the city's growth is missing" });
  const cityPercent = input.cityGrowth * 100;
  const label = periodLabel(rule);
  const findings: WarningFinding[] = [];
  const skipped: SkippedSubject[] = [];
  for (const { subject, growth } of input.subjects) {
    if (growth === null) {
      skipped.push(missingData(subject, { zh: '可比增速', en: 'comparable growth' }));
      continue;
    }
    const percent = growth * 100;
    const gap = cityPercent - percent;
    const grade = gradeSeverity(gap, rule.severity, 'gte');
    if (!grade) continue;
    findings.push({
      ruleId: rule.id,
      subject,
      severity: grade.severity,
      figures: {
        growthPercent: percent,
        cityGrowthPercent: cityPercent,
        gapPoints: gap,
        thresholdPoints: grade.threshold,
      },
      message: {
        zh: `${label.zh}增速${fixed(percent)}%，低于全市${fixed(gap)}个百分点`,
        en: `${label.en} growth ${fixed(percent)}%, ${fixed(gap)} points below the city`,
      },
    });
  }
  return evaluated(rule, findings, skipped);
}
