/**
 * more_d_class: a reporting unit has more firms of the class (D by default) in the latest published 亩均
 * evaluation than in the previous year's; the ladder grades the increase in firms (at least n). Without two
 * published evaluations the rule is not evaluable.
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

export interface ClassCounts {
  year: number;
  /** Firms of the class per reporting unit id (a unit absent has 0). */
  counts: ReadonlyMap<string, number>;
}

export interface MoreDClassInput {
  latest: ClassCounts | null;
  previous: ClassCounts | null;
  units: readonly WarningSubject[];
}

export function evaluateMoreDClass(rule: WarningRule, input: MoreDClassInput): RuleOutcome {
  const { latest, previous } = input;
  if (latest === null || previous === null)
    return notEvaluable(rule, {
      zh: '需要最近两个年度已发布的亩均评价',
      en: 'needs published evaluations of two years',
    });
  const classId = rule.parameters.classId;
  const findings: WarningFinding[] = [];
  for (const unit of input.units) {
    const now = latest.counts.get(unit.id) ?? 0;
    const before = previous.counts.get(unit.id) ?? 0;
    const increase = now - before;
    const grade = gradeSeverity(increase, rule.severity, 'gte');
    if (!grade || increase <= 0) continue;
    findings.push({
      ruleId: rule.id,
      subject: unit,
      severity: grade.severity,
      figures: {
        classId,
        year: latest.year,
        count: now,
        previousYear: previous.year,
        previousCount: before,
        increase,
        threshold: grade.threshold,
      },
      message: {
        zh: `${latest.year}年亩均评价${classId}类企业${now}家，比${previous.year}年增加${increase}家`,
        en: `${now} class-${classId} firms in the ${latest.year} evaluation, ${increase} more than in ${previous.year}`,
      },
    });
  }
  return evaluated(rule, findings, []);
}
