/**
 * The year's figures of a group of projects (a unit, a cluster, all): count, planned total and annual investment,
 * completed (1–N月 and since the start), 完成率 against the annual plan and the total, 开工率, projects with an
 * overdue milestone, and the 技改 projects (count, planned total, 1–N月 completed).
 */
import type { MilestoneDates, ProjectMilestone } from '../registers/project-milestone.ts';
import { completionRate, startRate, type RateOf } from './investment-rates.ts';
import { overdueMilestones } from './milestone-status.ts';

export interface ProjectFigures {
  code: string;
  plannedTotalYuan: number | null;
  plannedAnnualYuan: number | null;
  /** 1–N月 of the year (year-completed.ts), null unknown. */
  yearCompletedYuan: number | null;
  /** Since the start at month N, null unknown. */
  completedYuan: number | null;
  technicalRenovation: boolean | null;
  milestones: Record<ProjectMilestone, MilestoneDates>;
}

export interface ProjectSummary {
  projects: number;
  plannedTotalYuan: number;
  plannedAnnualYuan: number;
  yearCompletedYuan: number;
  completedYuan: number;
  annualCompletion: RateOf;
  totalCompletion: RateOf;
  start: RateOf;
  overdue: number;
  renovation: { projects: number; plannedTotalYuan: number; yearCompletedYuan: number };
}

const sum = (values: readonly (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

export function summarizeProjects(projects: readonly ProjectFigures[], asOf: string): ProjectSummary {
  const renovation = projects.filter((project) => project.technicalRenovation === true);
  return {
    projects: projects.length,
    plannedTotalYuan: sum(projects.map((project) => project.plannedTotalYuan)),
    plannedAnnualYuan: sum(projects.map((project) => project.plannedAnnualYuan)),
    yearCompletedYuan: sum(projects.map((project) => project.yearCompletedYuan)),
    completedYuan: sum(projects.map((project) => project.completedYuan)),
    annualCompletion: completionRate(
      projects.map((project) => ({ done: project.yearCompletedYuan, planned: project.plannedAnnualYuan })),
    ),
    totalCompletion: completionRate(
      projects.map((project) => ({ done: project.completedYuan, planned: project.plannedTotalYuan })),
    ),
    start: startRate(
      projects.map((project) => project.milestones.start),
      asOf,
    ),
    overdue: projects.filter((project) => overdueMilestones(project.milestones, asOf).length > 0).length,
    renovation: {
      projects: renovation.length,
      plannedTotalYuan: sum(renovation.map((project) => project.plannedTotalYuan)),
      yearCompletedYuan: sum(renovation.map((project) => project.yearCompletedYuan)),
    },
  };
}
