/**
 * rectification_overdue: a rectification case (高耗低效企业整治) past its deadline and neither 销号 nor 不予认定 at the
 * end of the period; the severity grows with the days late (strictly over each threshold). The subject is the
 * enterprise with the case's year, so each firm's case of a year is one warning.
 */
import { rectificationDaysLate } from '../rectification/rectification-overdue.ts';
import {
  RECTIFICATION_PLAN_NAMES,
  RECTIFICATION_STATUS_NAMES,
  type RectificationPlanType,
  type RectificationStatus,
} from '../rectification/rectification-vocabulary.ts';
import { gradeSeverity } from './severity-ladder.ts';
import { evaluated, type RuleOutcome, type WarningFinding, type WarningSubject } from './warning-finding.ts';
import type { WarningRule } from './warning-rule.ts';

export interface TrackedRectificationCase {
  /** kind 'enterprise'; id `<USCC>/<year>`. */
  subject: WarningSubject;
  caseId: number;
  status: RectificationStatus;
  planType: RectificationPlanType | null;
  /** ISO date. */
  deadline: string | null;
}

export interface RectificationOverdueInput {
  cases: readonly TrackedRectificationCase[];
  /** The end of the period, ISO date. */
  asOf: string;
}

export function evaluateRectificationOverdue(rule: WarningRule, input: RectificationOverdueInput): RuleOutcome {
  const findings: WarningFinding[] = [];
  for (const item of input.cases) {
    const daysLate = rectificationDaysLate(item, input.asOf);
    if (daysLate <= 0) continue;
    const grade = gradeSeverity(daysLate, rule.severity, 'gt');
    if (!grade) continue;
    const status = RECTIFICATION_STATUS_NAMES[item.status];
    const plan = item.planType === null ? null : RECTIFICATION_PLAN_NAMES[item.planType];
    findings.push({
      ruleId: rule.id,
      subject: item.subject,
      severity: grade.severity,
      figures: {
        caseId: item.caseId,
        status: item.status,
        planType: item.planType,
        deadline: item.deadline,
        daysLate,
        thresholdDays: grade.threshold,
      },
      message: {
        zh: `整治案件（${status.zh}${plan ? `，${plan.zh}` : ''}）期限${item.deadline}，已逾期${daysLate}天`,
        en: `rectification case (${status.en}${plan ? `, ${plan.en}` : ''}) due ${item.deadline}: ${daysLate} days late`,
      },
    });
  }
  return evaluated(rule, findings, []);
}
