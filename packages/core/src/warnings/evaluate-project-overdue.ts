/**
 * project_overdue: a project past its planned start without having started (more than x days late at the end
 * of the period), read from the year's project lists (项目信息库). Without a list of the year the input is null
 * and the rule reports itself as not evaluable, never as passed.
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

export interface TrackedProject {
  /** The project's owner (kind 'enterprise'). */
  subject: WarningSubject;
  projectName: string;
  /** ISO dates. */
  plannedStart: string;
  actualStart: string | null;
}

export interface ProjectOverdueInput {
  /** null: no project list of the year has been imported. */
  projects: readonly TrackedProject[] | null;
  /** The end of the period, ISO date. */
  asOf: string;
}

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

export function evaluateProjectOverdue(rule: WarningRule, input: ProjectOverdueInput): RuleOutcome {
  if (input.projects === null)
    return notEvaluable(rule, {
      zh: '本年度尚未导入项目清单，无法判断',
      en: 'no project list of the year imported: cannot be evaluated',
    });
  const findings: WarningFinding[] = [];
  for (const project of input.projects) {
    if (project.actualStart !== null) continue;
    const daysLate = dayNumber(input.asOf) - dayNumber(project.plannedStart);
    const grade = gradeSeverity(daysLate, rule.severity, 'gt');
    if (!grade) continue;
    findings.push({
      ruleId: rule.id,
      subject: project.subject,
      severity: grade.severity,
      figures: {
        project: project.projectName,
        plannedStart: project.plannedStart,
        daysLate,
        thresholdDays: grade.threshold,
      },
      message: {
        zh: `项目“${project.projectName}”计划${project.plannedStart}开工，已逾期${daysLate}天`,
        en: `project "${project.projectName}" was to start on ${project.plannedStart}: ${daysLate} days late`,
      },
    });
  }
  return evaluated(rule, findings, []);
}
