/**
 * Projects (项目信息库): rows of a project list per import batch with their progress points; reads go through
 * current_project and current_project_progress (the rows of the current batch of each source and period).
 */
import type { DataScope } from '@observatory/core';
import { inScope } from './data-scope-filter.ts';
import { sql, type Insertable } from 'kysely';
import type { ProjectTable } from '../db/schema.ts';
import { chunked, type Queryable } from './queryable.ts';

export type ProjectInsert = Insertable<ProjectTable>;

export interface ProjectProgressInsert {
  batch_id: number;
  project_code: string;
  period_year: number;
  period_month: number;
  completed_yuan: number;
  sheet_row: number;
}

export async function insertProjects(db: Queryable, rows: readonly ProjectInsert[]): Promise<void> {
  for (const chunk of chunked(rows, 200)) await db.insertInto('project').values(chunk).execute();
}

export async function insertProjectProgress(db: Queryable, rows: readonly ProjectProgressInsert[]): Promise<void> {
  for (const chunk of chunked(rows)) await db.insertInto('project_progress').values(chunk).execute();
}

/** Clusters by Chinese name, for resolving the cluster a list names (top-level ones first). */
export async function listClusterNames(db: Queryable) {
  return db.selectFrom('cluster').select(['id', 'system_id', 'name_zh', 'parent_id']).orderBy('id').execute();
}

export interface ProjectFilter {
  year: number;
  /** Reporting unit id. */
  unit?: string | undefined;
  /** The rows the caller may see. */
  scope: DataScope;
  /** Registry cluster id (as resolved from the list's cluster text). */
  cluster?: string | undefined;
}

/**
 * The projects of a year: for each project code, its row in the latest current list of that year (the
 * latest period wins), with the current progress points of the year in month order.
 */
export async function listProjects(db: Queryable, filter: ProjectFilter) {
  let latest = db
    .selectFrom('current_project')
    .selectAll()
    .distinctOn('code')
    .where('period_year', '=', filter.year)
    .orderBy('code')
    .orderBy('period_month', 'desc');
  if (filter.unit !== undefined) latest = latest.where('reporting_unit_id', '=', filter.unit);
  latest = latest.where((eb) => inScope(eb, filter.scope, { uscc: 'uscc', reportingUnitId: 'reporting_unit_id' }));
  const projects = await latest.execute();
  const selected =
    filter.cluster === undefined ? projects : projects.filter((project) => project.cluster_id === filter.cluster);
  if (selected.length === 0) return [];
  const progress = await db
    .selectFrom('current_project_progress')
    .select(['project_code', 'period_month', 'completed_yuan', 'batch_id'])
    .where('period_year', '=', filter.year)
    .where(sql<boolean>`project_code = any(${selected.map((project) => project.code)}::text[])`)
    .orderBy('project_code')
    .orderBy('period_month')
    .execute();
  const pointsOf = new Map<string, { month: number; completedYuan: string; batchId: number }[]>();
  for (const point of progress) {
    const points = pointsOf.get(point.project_code) ?? [];
    points.push({ month: point.period_month, completedYuan: point.completed_yuan, batchId: point.batch_id });
    pointsOf.set(point.project_code, points);
  }
  return selected.map((project) => ({ ...project, progress: pointsOf.get(project.code) ?? [] }));
}

/** Every stored row of one project code (all batches, current or not): its history, oldest first. */
export async function listProjectHistory(db: Queryable, code: string) {
  return db
    .selectFrom('project as p')
    .innerJoin('import_batch as b', 'b.id', 'p.batch_id')
    .select(['p.batch_id', 'b.status', 'p.period_year', 'p.period_month', 'p.completed_yuan', 'p.sheet_row', 'p.name'])
    .where('p.code', '=', code)
    .orderBy('p.batch_id')
    .execute();
}

/** Each enterprise's latest recorded industry class up to `year` (for projects whose list gives none). */
export async function findLatestIndustries(db: Queryable, enterpriseIds: readonly number[], year: number) {
  if (enterpriseIds.length === 0) return new Map<number, string>();
  const rows = await db
    .selectFrom('enterprise_year')
    .select(['enterprise_id', 'industry_code'])
    .distinctOn('enterprise_id')
    .where(sql<boolean>`enterprise_id = any(${[...new Set(enterpriseIds)]}::integer[])`)
    .where('year', '<=', year)
    .where('industry_code', 'is not', null)
    .orderBy('enterprise_id')
    .orderBy('year', 'desc')
    .execute();
  return new Map(rows.map((row) => [row.enterprise_id, row.industry_code!]));
}
