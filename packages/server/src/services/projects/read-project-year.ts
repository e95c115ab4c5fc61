/**
 * The projects of a year read for the projects pages (docs/projects.md): each project's latest current list row of
 * the year within the caller's scope, its cumulative progress points of this year and the two before (so that
 * this year's and last year's 1–N月 figures can be derived), and its figures at month N: 1–N月 completed, since
 * the start at N, milestones as at the month's last day. The as-of month defaults to the latest month with a
 * project list of the year (an annual list counts as December).
 */
import {
  PROJECT_MILESTONES,
  projectAsOfDate,
  yearCompleted,
  type CumulativePoint,
  type DataScope,
  type MilestoneDates,
  type ProjectFigures,
  type ProjectMilestone,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listProjects } from '../../repositories/project.repository.ts';

type Db = Kysely<DatabaseSchema>;
type ProjectRow = Awaited<ReturnType<typeof listProjects>>[number];

export interface YearProject extends ProjectFigures {
  name: string;
  uscc: string | null;
  enterpriseName: string | null;
  reportingUnitId: string;
  clusterId: string | null;
  clusterText: string | null;
  constructionType: string | null;
  industryCode: string | null;
  status: string | null;
  actualStart: string | null;
  /** Cumulative points since the start, this year and the two before. */
  points: CumulativePoint[];
}

export interface ProjectYear {
  year: number;
  month: number;
  asOf: string;
  projects: YearProject[];
}

const amount = (value: string | null) => (value === null ? null : Number(value));

const milestonesOf = (row: ProjectRow) =>
  Object.fromEntries(
    PROJECT_MILESTONES.map((milestone) => [
      milestone,
      { planned: row[`${milestone}_planned`], actual: row[`${milestone}_actual`] },
    ]),
  ) as Record<ProjectMilestone, MilestoneDates>;

const pointsOf = (row: ProjectRow | undefined, year: number): CumulativePoint[] =>
  (row?.progress ?? []).map((point) => ({ year, month: point.month, completedYuan: Number(point.completedYuan) }));

/** The projects of a year with the cumulative points of the years needed for `yearCompleted`. */
async function rowsWithHistory(db: Db, year: number, scope: DataScope, unit: string | undefined) {
  const [rows, before, beforeThat] = await Promise.all(
    [year, year - 1, year - 2].map((y) => listProjects(db, { year: y, scope, unit })),
  );
  const byCode = (list: ProjectRow[]) => new Map(list.map((row) => [row.code, row]));
  const previous = byCode(before!);
  const earlier = byCode(beforeThat!);
  return rows!.map((row) => ({
    row,
    points: [
      ...pointsOf(earlier.get(row.code), year - 2),
      ...pointsOf(previous.get(row.code), year - 1),
      ...pointsOf(row, year),
    ],
  }));
}

/** The latest month of the year with a list (0 → 12); 12 when there is none. */
export const latestListMonth = (rows: readonly { period_month: number }[]) =>
  rows.reduce((latest, row) => Math.max(latest, row.period_month === 0 ? 12 : row.period_month), 0) || 12;

export function figuresAt(row: ProjectRow, points: CumulativePoint[], year: number, month: number): YearProject {
  const sinceStart = points
    .filter((point) => point.year === year && point.month <= month)
    .reduce<CumulativePoint | null>((best, point) => (best === null || point.month > best.month ? point : best), null);
  return {
    code: row.code,
    name: row.name,
    uscc: row.uscc,
    enterpriseName: row.enterprise_name,
    reportingUnitId: row.reporting_unit_id,
    clusterId: row.cluster_id,
    clusterText: row.cluster_text,
    constructionType: row.construction_type,
    industryCode: row.industry_code,
    status: row.status_text,
    technicalRenovation: row.technical_renovation,
    plannedTotalYuan: amount(row.planned_total_yuan),
    plannedAnnualYuan: amount(row.planned_annual_yuan),
    yearCompletedYuan: yearCompleted({ year, month, points, actualStart: row.start_actual }),
    completedYuan: sinceStart?.completedYuan ?? null,
    actualStart: row.start_actual,
    milestones: milestonesOf(row),
    points,
  };
}

export interface ReadProjectYearInput {
  year: number;
  month?: number | undefined;
  unit?: string | undefined;
  scope: DataScope;
}

export async function readProjectYear(db: Db, input: ReadProjectYearInput): Promise<ProjectYear> {
  const rows = await rowsWithHistory(db, input.year, input.scope, input.unit);
  const month = input.month ?? latestListMonth(rows.map(({ row }) => row));
  return {
    year: input.year,
    month,
    asOf: projectAsOfDate(input.year, month),
    projects: rows.map(({ row, points }) => figuresAt(row, points, input.year, month)),
  };
}
