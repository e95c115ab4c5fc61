/**
 * consecutive_decline: N months in a row of decline, ending at the period. Year on year: each month's growth
 * is below 0; month on month: each month's 当月 value is below the month before's. The series runs oldest to
 * latest and ends at the period; a missing latest figure makes the subject not evaluable, a gap earlier ends
 * the run of declines.
 */
import { gradeSeverity } from './severity-ladder.ts';
import {
  evaluated,
  missingData,
  type RuleOutcome,
  type SkippedSubject,
  type WarningFinding,
  type WarningSubject,
} from './warning-finding.ts';
import type { WarningRule } from './warning-rule.ts';

export interface ConsecutiveDeclineInput {
  /** Year on year: growth per month; month on month: 当月 values per month. Oldest first, ending at the period. */
  subjects: readonly { subject: WarningSubject; series: readonly (number | null)[] }[];
}

/** How many months in a row, ending at the last one, declined. */
export function trailingDeclines(series: readonly (number | null)[], basis: 'year_on_year' | 'month_on_month'): number {
  let count = 0;
  for (let index = series.length - 1; index >= 0; index--) {
    const current = series[index];
    if (current === null || current === undefined) break;
    if (basis === 'year_on_year') {
      if (!(current < 0)) break;
    } else {
      const previous = series[index - 1];
      if (previous === null || previous === undefined || !(current < previous)) break;
    }
    count++;
  }
  return count;
}

export function evaluateConsecutiveDecline(rule: WarningRule, input: ConsecutiveDeclineInput): RuleOutcome {
  const basis = rule.parameters.basis;
  const findings: WarningFinding[] = [];
  const skipped: SkippedSubject[] = [];
  for (const { subject, series } of input.subjects) {
    if (series.length === 0 || series[series.length - 1] === null) {
      skipped.push(
        missingData(
          subject,
          basis === 'year_on_year'
            ? { zh: '本期增速', en: "the period's growth" }
            : { zh: '本期当月值', en: "the period's month value" },
        ),
      );
      continue;
    }
    const months = trailingDeclines(series, basis);
    const grade = gradeSeverity(months, rule.severity, 'gte');
    if (!grade) continue;
    const how = basis === 'year_on_year' ? { zh: '同比', en: 'year on year' } : { zh: '环比', en: 'month on month' };
    findings.push({
      ruleId: rule.id,
      subject,
      severity: grade.severity,
      figures: { months, thresholdMonths: grade.threshold, basis },
      message: {
        zh: `连续${months}个月${how.zh}下降`,
        en: `${months} months in a row of decline ${how.en}`,
      },
    });
  }
  return evaluated(rule, findings, skipped);
}
