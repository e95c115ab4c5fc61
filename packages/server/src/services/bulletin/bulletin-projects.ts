/**
 * 重大项目 of the bulletin's register section: the projects summary of the year as at the period's month (the same
 * figures as GET /api/projects/summary, from summarizeProjectYear) by reporting unit and for the city, with the
 * investment sums disclosure-controlled for the audience (core withholdUnitSums: a unit's sum over too few
 * enterprises' projects, or dominated, is withheld, with a complementary unit so the city total does not give it
 * away). Counts are published. A unit audience gets its own unit's row and the city's.
 */
import {
  withholdUnitSums,
  type BulletinCell,
  type BulletinProjectRow,
  type BulletinProjects,
  type DisclosureRules,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import type { Audience } from '../disclosure/protect-cluster-table.ts';
import { summarizeProjectYear, type ProjectYearSummary } from '../projects/summarize-projects.ts';
import type { ProjectSummaryRow } from '../projects/summary-row.ts';

export interface BulletinProjectsInput {
  year: number;
  month: number;
  /** The system whose clusters the summary groups by (the figures by unit do not depend on it). */
  systemId: string;
  audience: Audience;
  rules: DisclosureRules;
}

type Project = ProjectYearSummary['projects'][number];

/** Which unit sums (and the city's) the audience may not see, for both investment sums together. */
function withheldSums(summary: ProjectYearSummary, input: BulletinProjectsInput) {
  if (input.audience.kind === 'full') return { units: new Set<string>(), city: false };
  const knownUnit = input.audience.kind === 'unit' ? input.audience.reportingUnitId : null;
  const unitIds = summary.byUnit.map((row) => row.unit.id);
  const protect = (value: (project: Project) => number | null) =>
    withholdUnitSums({
      unitIds,
      contributions: summary.projects.flatMap((project) => {
        const amount = value(project);
        return amount === null
          ? []
          : [
              {
                unitId: project.reportingUnitId,
                contributorId: project.code,
                ownerId: project.enterpriseName,
                value: amount,
              },
            ];
      }),
      rules: input.rules,
      knownUnit,
    });
  const planned = protect((project) => project.plannedAnnualYuan);
  const completed = protect((project) => project.yearCompletedYuan);
  return { units: new Set([...planned.units, ...completed.units]), city: planned.city || completed.city };
}

const sum = (value: number, withheld: boolean): BulletinCell =>
  withheld ? { value: null, suppressed: 'withheld' } : { value };
const fraction = (percent: number | null) => (percent === null ? null : percent / 100);

function projectRow(unit: BulletinProjectRow['unit'], row: ProjectSummaryRow, withheld: boolean): BulletinProjectRow {
  return {
    unit,
    projects: row.projects,
    plannedAnnual: sum(row.plannedAnnualYuan, withheld),
    yearCompleted: sum(row.yearCompletedYuan, withheld),
    annualCompletionRate: withheld ? null : fraction(row.annualCompletionRate),
    startRate: fraction(row.startRate),
    startedProjects: row.startedProjects,
    dueProjects: row.dueProjects,
    overdueProjects: row.overdueProjects,
  };
}

export async function bulletinProjects(
  db: Kysely<DatabaseSchema>,
  input: BulletinProjectsInput,
): Promise<BulletinProjects | null> {
  const summary = await summarizeProjectYear(db, {
    year: input.year,
    month: input.month,
    systemId: input.systemId,
    scope: { kind: 'all' },
  });
  if (summary.total.projects === 0) return null;
  const withheld = withheldSums(summary, input);
  const visible = (unitId: string) => input.audience.kind !== 'unit' || input.audience.reportingUnitId === unitId;
  return {
    month: summary.month,
    asOf: summary.asOf,
    units: summary.byUnit
      .filter((row) => visible(row.unit.id))
      .map((row) => projectRow(row.unit, row, withheld.units.has(row.unit.id))),
    city: projectRow(null, summary.total, withheld.city),
  };
}
