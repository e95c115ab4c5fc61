/** One row of a projects summary (a unit, a cluster, all): core's summary flattened for the API and the CLI. */
import { summarizeProjects, type ProjectFigures } from '@observatory/core';

export interface ProjectSummaryRow {
  projects: number;
  plannedTotalYuan: number;
  plannedAnnualYuan: number;
  yearCompletedYuan: number;
  completedYuan: number;
  /** 完成率 against the annual plan, percent; null without a plan. */
  annualCompletionRate: number | null;
  /** 完成率 against the planned total, percent. */
  totalCompletionRate: number | null;
  /** 开工率, percent; null when no project was due to start. */
  startRate: number | null;
  startedProjects: number;
  dueProjects: number;
  overdueProjects: number;
  renovationProjects: number;
  renovationPlannedTotalYuan: number;
  renovationYearCompletedYuan: number;
}

export function summaryRow(projects: readonly ProjectFigures[], asOf: string): ProjectSummaryRow {
  const summary = summarizeProjects(projects, asOf);
  return {
    projects: summary.projects,
    plannedTotalYuan: summary.plannedTotalYuan,
    plannedAnnualYuan: summary.plannedAnnualYuan,
    yearCompletedYuan: summary.yearCompletedYuan,
    completedYuan: summary.completedYuan,
    annualCompletionRate: summary.annualCompletion.rate,
    totalCompletionRate: summary.totalCompletion.rate,
    startRate: summary.start.rate,
    startedProjects: summary.start.numerator,
    dueProjects: summary.start.denominator,
    overdueProjects: summary.overdue,
    renovationProjects: summary.renovation.projects,
    renovationPlannedTotalYuan: summary.renovation.plannedTotalYuan,
    renovationYearCompletedYuan: summary.renovation.yearCompletedYuan,
  };
}
