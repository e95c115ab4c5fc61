/**
 * The year's projects summary (GET /api/projects/summary, `observatory projects summary`): as at month N, all the
 * caller may see — totals, by reporting unit, by top-level cluster of a system (projects of no cluster of the
 * system under `null`), the projects with an overdue milestone (most late first), and every project's own row.
 */
import { overdueMilestones, ratioPercent, type BilingualName, type DataScope } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listReportingUnits } from '../../repositories/region.repository.ts';
import { systemClusters } from './project-clusters.ts';
import { readProjectYear, type YearProject } from './read-project-year.ts';
import { summaryRow, type ProjectSummaryRow } from './summary-row.ts';

export interface SummarizeProjectsInput {
  year: number;
  month?: number | undefined;
  unit?: string | undefined;
  /** Any cluster id of the system: only its top cluster's projects. */
  cluster?: string | undefined;
  systemId: string;
  scope: DataScope;
}

const groupBy = <K>(projects: readonly YearProject[], key: (project: YearProject) => K) => {
  const groups = new Map<K, YearProject[]>();
  for (const project of projects) groups.set(key(project), [...(groups.get(key(project)) ?? []), project]);
  return groups;
};

export async function summarizeProjectYear(db: Kysely<DatabaseSchema>, input: SummarizeProjectsInput) {
  const [year, clusters, units] = await Promise.all([
    readProjectYear(db, { year: input.year, month: input.month, unit: input.unit, scope: input.scope }),
    systemClusters(db, input.systemId),
    listReportingUnits(db),
  ]);
  const topOf = (project: YearProject) => clusters.topOfProject(project);
  const wanted = input.cluster === undefined ? null : (clusters.topOf.get(input.cluster) ?? input.cluster);
  const projects = wanted === null ? year.projects : year.projects.filter((project) => topOf(project) === wanted);
  const unitName = new Map(units.map((unit) => [unit.id, { zh: unit.name_zh, en: unit.name_en }]));
  const byUnit = [...groupBy(projects, (project) => project.reportingUnitId)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, group]) => ({
      unit: { id, name: unitName.get(id) ?? { zh: id, en: id } },
      ...summaryRow(group, year.asOf),
    }));
  const clusterGroups = groupBy(projects, topOf);
  const byCluster: ({ cluster: { id: string; name: BilingualName } | null } & ProjectSummaryRow)[] = [
    ...clusters.tops.flatMap((top) => {
      const group = clusterGroups.get(top.id);
      return group ? [{ cluster: top, ...summaryRow(group, year.asOf) }] : [];
    }),
    ...(clusterGroups.has(null) ? [{ cluster: null, ...summaryRow(clusterGroups.get(null)!, year.asOf) }] : []),
  ];
  const overdue = projects
    .map((project) => ({ project, open: overdueMilestones(project.milestones, year.asOf) }))
    .filter(({ open }) => open.length > 0)
    .map(({ project, open }) => {
      const worst = open.reduce((a, b) => (b.daysLate > a.daysLate ? b : a));
      return {
        code: project.code,
        name: project.name,
        enterpriseName: project.enterpriseName,
        reportingUnitId: project.reportingUnitId,
        clusterId: topOf(project),
        milestone: worst.milestone,
        planned: worst.planned!,
        daysLate: worst.daysLate,
        overdueMilestones: open.map((status) => status.milestone),
      };
    })
    .sort((a, b) => b.daysLate - a.daysLate || a.code.localeCompare(b.code));
  return {
    year: year.year,
    month: year.month,
    asOf: year.asOf,
    systemId: input.systemId,
    total: summaryRow(projects, year.asOf),
    byUnit,
    byCluster,
    overdue,
    projects: projects.map((project) => ({
      code: project.code,
      name: project.name,
      enterpriseName: project.enterpriseName,
      reportingUnitId: project.reportingUnitId,
      clusterId: topOf(project),
      clusterText: project.clusterText,
      technicalRenovation: project.technicalRenovation,
      status: project.status,
      plannedTotalYuan: project.plannedTotalYuan,
      plannedAnnualYuan: project.plannedAnnualYuan,
      yearCompletedYuan: project.yearCompletedYuan,
      completedYuan: project.completedYuan,
      annualCompletionRate:
        project.yearCompletedYuan === null || project.plannedAnnualYuan === null
          ? null
          : ratioPercent(project.yearCompletedYuan, project.plannedAnnualYuan),
      startPlanned: project.milestones.start.planned,
      startActual:
        project.milestones.start.actual !== null && project.milestones.start.actual <= year.asOf
          ? project.milestones.start.actual
          : null,
      overdue: overdueMilestones(project.milestones, year.asOf).length > 0,
    })),
  };
}

export type ProjectYearSummary = Awaited<ReturnType<typeof summarizeProjectYear>>;
