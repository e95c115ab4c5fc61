/**
 * One project of a year (GET /api/projects/{code}): its latest list row within the caller's scope (with its
 * unit's name), every
 * milestone planned against actual as at month N (default: the latest list month), and the monthly series —
 * cumulative since the start, and the year's 1–N月 completed against the annual plan.
 */
import { milestoneStatuses, ratioPercent, yearCompleted, type DataScope } from '@observatory/core';
import type { Kysely } from 'kysely';
import { notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listReportingUnits } from '../../repositories/region.repository.ts';
import { readProjectYear } from './read-project-year.ts';

export interface GetProjectInput {
  code: string;
  year: number;
  month?: number | undefined;
  scope: DataScope;
}

export async function getProject(db: Kysely<DatabaseSchema>, input: GetProjectInput) {
  const [year, units] = await Promise.all([
    readProjectYear(db, { year: input.year, month: input.month, scope: input.scope }),
    listReportingUnits(db),
  ]);
  const project = year.projects.find((candidate) => candidate.code === input.code);
  if (!project) throw notFound('项目', input.code);
  const series = project.points
    .filter((point) => point.year === input.year && point.month <= year.month)
    .sort((a, b) => a.month - b.month)
    .map((point) => {
      const completed = yearCompleted({
        year: input.year,
        month: point.month,
        points: project.points,
        actualStart: project.actualStart,
      });
      return {
        month: point.month,
        completedYuan: point.completedYuan,
        yearCompletedYuan: completed,
        annualCompletionRate:
          completed === null || project.plannedAnnualYuan === null
            ? null
            : ratioPercent(completed, project.plannedAnnualYuan),
      };
    });
  const { points: _points, milestones, ...rest } = project;
  const unit = units.find((candidate) => candidate.id === project.reportingUnitId);
  return {
    ...rest,
    reportingUnitName: unit ? { zh: unit.name_zh, en: unit.name_en } : null,
    year: year.year,
    month: year.month,
    asOf: year.asOf,
    annualCompletionRate:
      project.yearCompletedYuan === null || project.plannedAnnualYuan === null
        ? null
        : ratioPercent(project.yearCompletedYuan, project.plannedAnnualYuan),
    totalCompletionRate:
      project.completedYuan === null || project.plannedTotalYuan === null
        ? null
        : ratioPercent(project.completedYuan, project.plannedTotalYuan),
    milestones: milestoneStatuses(milestones, year.asOf),
    series,
  };
}

export type ProjectDetail = Awaited<ReturnType<typeof getProject>>;
