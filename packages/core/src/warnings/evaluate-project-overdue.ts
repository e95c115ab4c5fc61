/**
 * project_overdue: a project past a milestone's planned date without having reached it (more than x days late at
 * the end of the period), read from the year's project lists (项目信息库). A project given with all its milestones
 * (签约 备案 供地 开工 竣工 投产 达产) is checked on every one, and its most-late open milestone sets the severity
 * (one warning per project, naming every overdue milestone); one given with its start only is checked on the
 * start. Without a list of the year the input is null and the rule reports itself as not evaluable, never as
 * passed.
 */
import { overdueMilestones } from '../projects/milestone-status.ts';
import { PROJECT_MILESTONE_NAMES, type MilestoneDates, type ProjectMilestone } from '../registers/project-milestone.ts';
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
  plannedStart: string | null;
  actualStart: string | null;
  /** Every milestone planned and actual; when given, every milestone is checked (the start from here too). */
  milestones?: Record<ProjectMilestone, MilestoneDates>;
}

export interface ProjectOverdueInput {
  /** null: no project list of the year has been imported. */
  projects: readonly TrackedProject[] | null;
  /** The end of the period, ISO date. */
  asOf: string;
}

interface OpenMilestone {
  milestone: ProjectMilestone;
  planned: string;
  daysLate: number;
}

function openMilestones(project: TrackedProject, asOf: string): OpenMilestone[] {
  const milestones: Record<ProjectMilestone, MilestoneDates> = project.milestones ?? {
    signing: { planned: null, actual: null },
    filing: { planned: null, actual: null },
    land_supply: { planned: null, actual: null },
    start: { planned: project.plannedStart, actual: project.actualStart },
    completion: { planned: null, actual: null },
    production: { planned: null, actual: null },
    full_production: { planned: null, actual: null },
  };
  return overdueMilestones(milestones, asOf).map((status) => ({
    milestone: status.milestone,
    planned: status.planned!,
    daysLate: status.daysLate,
  }));
}

function finding(rule: WarningRule, project: TrackedProject, open: OpenMilestone[]): WarningFinding | null {
  const worst = open.reduce((a, b) => (b.daysLate > a.daysLate ? b : a));
  const grade = gradeSeverity(worst.daysLate, rule.severity, 'gt');
  if (!grade) return null;
  const name = PROJECT_MILESTONE_NAMES[worst.milestone];
  const others = open.length - 1;
  return {
    ruleId: rule.id,
    subject: project.subject,
    severity: grade.severity,
    figures: {
      project: project.projectName,
      milestone: worst.milestone,
      planned: worst.planned,
      ...(worst.milestone === 'start' ? { plannedStart: worst.planned } : {}),
      daysLate: worst.daysLate,
      thresholdDays: grade.threshold,
      overdueMilestones: open.map((item) => item.milestone).join(','),
    },
    message: {
      zh:
        `项目“${project.projectName}”计划${worst.planned}${name.zh}，已逾期${worst.daysLate}天` +
        (others > 0 ? `（另有${others}个节点逾期）` : ''),
      en:
        `project "${project.projectName}" was due for ${name.en} on ${worst.planned}: ${worst.daysLate} days late` +
        (others > 0 ? ` (${others} more milestones overdue)` : ''),
    },
  };
}

export function evaluateProjectOverdue(rule: WarningRule, input: ProjectOverdueInput): RuleOutcome {
  if (input.projects === null)
    return notEvaluable(rule, {
      zh: '本年度尚未导入项目清单，无法判断',
      en: 'no project list of the year imported: cannot be evaluated',
    });
  const findings: WarningFinding[] = [];
  for (const project of input.projects) {
    const open = openMilestones(project, input.asOf);
    if (open.length === 0) continue;
    const found = finding(rule, project, open);
    if (found) findings.push(found);
  }
  return evaluated(rule, findings, []);
}
