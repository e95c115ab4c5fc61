/**
 * 亩均 evaluations: schemes as loaded, runs (with the whole run JSON), per-enterprise results with initial and
 * final class, re-gradings, appeals and the append-only event trail. The reads that assemble a year's input
 * are in evaluation-input.repository.ts.
 */
import type { DataScope } from '@observatory/core';
import { sql } from 'kysely';
import { inScope } from './data-scope-filter.ts';
import { chunked, type Queryable } from './queryable.ts';

export interface EvaluationSchemeRow {
  id: string;
  version: number;
  year: number;
  region: string | null;
  nameZh: string;
  nameEn: string;
  document: unknown;
  digest: string;
  sourceFile: string | null;
  loadedBy: string;
}

export async function insertEvaluationScheme(db: Queryable, row: EvaluationSchemeRow): Promise<void> {
  await db
    .insertInto('evaluation_scheme')
    .values({
      id: row.id,
      version: row.version,
      year: row.year,
      region: row.region,
      name_zh: row.nameZh,
      name_en: row.nameEn,
      document: JSON.stringify(row.document),
      digest: row.digest,
      source_file: row.sourceFile,
      loaded_by: row.loadedBy,
    })
    .execute();
}

/** One version of a scheme, or its latest version when none is given. */
export async function findEvaluationScheme(db: Queryable, id: string, version?: number) {
  let query = db.selectFrom('evaluation_scheme').selectAll().where('id', '=', id);
  if (version !== undefined) query = query.where('version', '=', version);
  return query.orderBy('version', 'desc').limit(1).executeTakeFirst();
}

export async function listEvaluationSchemes(db: Queryable) {
  return db
    .selectFrom('evaluation_scheme')
    .select(['id', 'version', 'year', 'region', 'name_zh', 'name_en', 'digest', 'source_file', 'loaded_at'])
    .orderBy('id')
    .orderBy('version')
    .execute();
}

export interface NewEvaluationRun {
  schemeId: string;
  schemeVersion: number;
  year: number;
  region: string | null;
  digest: string;
  schemeDigest: string;
  inputDigest: string;
  run: unknown;
  createdBy: string;
}

export async function insertEvaluationRun(db: Queryable, row: NewEvaluationRun): Promise<number> {
  const { id } = await db
    .insertInto('evaluation_run')
    .values({
      scheme_id: row.schemeId,
      scheme_version: row.schemeVersion,
      year: row.year,
      region: row.region,
      digest: row.digest,
      scheme_digest: row.schemeDigest,
      input_digest: row.inputDigest,
      run: JSON.stringify(row.run),
      created_by: row.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const runColumns = [
  'id',
  'scheme_id',
  'scheme_version',
  'year',
  'region',
  'status',
  'digest',
  'scheme_digest',
  'input_digest',
  'created_by',
  'created_at',
  'submitted_by',
  'submitted_at',
  'published_by',
  'published_at',
  'appeal_deadline',
] as const;

export async function findEvaluationRunRecord(db: Queryable, id: number) {
  return db.selectFrom('evaluation_run').select(runColumns).where('id', '=', id).executeTakeFirst();
}

/** The run's record with the stored run JSON. */
export async function findEvaluationRunWithDocument(db: Queryable, id: number) {
  return db
    .selectFrom('evaluation_run')
    .select([...runColumns, 'run'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listEvaluationRunRecords(
  db: Queryable,
  filter: { schemeId?: string | undefined; year?: number | undefined; status?: string | undefined },
) {
  let query = db.selectFrom('evaluation_run').select(runColumns);
  if (filter.schemeId !== undefined) query = query.where('scheme_id', '=', filter.schemeId);
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  return query.orderBy('id', 'desc').execute();
}

/** The latest published run of each earlier year of the same region (the class history of later years). */
export async function listLatestPublishedRunsBefore(db: Queryable, region: string | null, year: number) {
  const rows = await db
    .selectFrom('evaluation_run')
    .select(['id', 'year', 'run'])
    .where('status', '=', 'published')
    .where('year', '<', year)
    .where((eb) => (region === null ? eb('region', 'is', null) : eb('region', '=', region)))
    .orderBy('year', 'desc')
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const seen = new Set<number>();
  return rows.filter((row) => !seen.has(row.year) && seen.add(row.year));
}

export async function updateEvaluationRunStatus(
  db: Queryable,
  id: number,
  fromStatus: string,
  patch: {
    status: string;
    submittedBy?: string;
    submittedAt?: Date;
    publishedBy?: string;
    publishedAt?: Date;
    appealDeadline?: Date;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('evaluation_run')
    .set({
      status: patch.status,
      ...(patch.submittedBy !== undefined ? { submitted_by: patch.submittedBy, submitted_at: patch.submittedAt } : {}),
      ...(patch.publishedBy !== undefined
        ? { published_by: patch.publishedBy, published_at: patch.publishedAt, appeal_deadline: patch.appealDeadline }
        : {}),
    })
    .where('id', '=', id)
    .where('status', '=', fromStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface EvaluationResultRow {
  runId: number;
  enterpriseId: number;
  reportingUnitId: string;
  unitId: string;
  groupId: string | null;
  status: string;
  total: number | null;
  rank: number | null;
  percentile: number | null;
  initialClass: string | null;
  reason: { code: string; zh: string; en: string } | null;
}

/**
 * The result rows of a run, one statement per 20,000 rows over one array per column (a 100,000-firm run stores in
 * a few statements instead of 250 INSERTs of 400 rows × 14 parameters).
 */
export async function insertEvaluationResults(db: Queryable, rows: readonly EvaluationResultRow[]): Promise<void> {
  for (const chunk of chunked(rows, 20_000)) {
    const column = <T>(pick: (row: EvaluationResultRow) => T) => chunk.map(pick);
    const decimal = (value: number | null) => (value === null ? null : String(value));
    await sql`
      insert into evaluation_result (run_id, enterprise_id, reporting_unit_id, unit_id, group_id, status, total, rank,
        percentile, initial_class, final_class, unrated_reason, unrated_reason_zh, unrated_reason_en)
      select run_id, enterprise_id, reporting_unit_id, unit_id, group_id, status, total, rank,
        percentile, initial_class, initial_class, unrated_reason, unrated_reason_zh, unrated_reason_en
      from unnest(
        ${column((row) => row.runId)}::integer[],
        ${column((row) => row.enterpriseId)}::integer[],
        ${column((row) => row.reportingUnitId)}::text[],
        ${column((row) => row.unitId)}::text[],
        ${column((row) => row.groupId)}::text[],
        ${column((row) => row.status)}::text[],
        ${column((row) => decimal(row.total))}::numeric[],
        ${column((row) => row.rank)}::integer[],
        ${column((row) => decimal(row.percentile))}::numeric[],
        ${column((row) => row.initialClass)}::text[],
        ${column((row) => row.reason?.code ?? null)}::text[],
        ${column((row) => row.reason?.zh ?? null)}::text[],
        ${column((row) => row.reason?.en ?? null)}::text[])
        as r(run_id, enterprise_id, reporting_unit_id, unit_id, group_id, status, total, rank, percentile,
             initial_class, unrated_reason, unrated_reason_zh, unrated_reason_en)`.execute(db);
  }
}

const resultSelection = (db: Queryable) =>
  db
    .selectFrom('evaluation_result as r')
    .innerJoin('enterprise as e', 'e.id', 'r.enterprise_id')
    .select([
      'r.run_id',
      'r.enterprise_id',
      'e.uscc',
      'r.reporting_unit_id',
      'r.unit_id',
      'r.group_id',
      'r.status',
      'r.total',
      'r.rank',
      'r.percentile',
      'r.initial_class',
      'r.final_class',
      'r.unrated_reason',
      'r.unrated_reason_zh',
      'r.unrated_reason_en',
    ]);

/** The results of a run within a data scope (`{ kind: 'all' }` for whole-run computations). */
export async function listEvaluationResults(db: Queryable, runId: number, scope: DataScope) {
  return resultSelection(db)
    .where('r.run_id', '=', runId)
    .where((eb) => inScope(eb, scope, { uscc: 'e.uscc', reportingUnitId: 'r.reporting_unit_id' }))
    .orderBy(sql`r.rank is null`)
    .orderBy('r.group_id')
    .orderBy('r.rank')
    .orderBy('e.uscc')
    .execute();
}

export async function findEvaluationResultByUscc(db: Queryable, runId: number, uscc: string) {
  return resultSelection(db).where('r.run_id', '=', runId).where('e.uscc', '=', uscc).executeTakeFirst();
}

export async function findEvaluationResult(db: Queryable, runId: number, enterpriseId: number) {
  return resultSelection(db)
    .where('r.run_id', '=', runId)
    .where('r.enterprise_id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
}

/** Sets the final class of every member of an evaluated unit (firms merged on a parcel share one result). */
export async function setFinalClass(db: Queryable, runId: number, unitId: string, classId: string): Promise<void> {
  await db
    .updateTable('evaluation_result')
    .set({ final_class: classId })
    .where('run_id', '=', runId)
    .where('unit_id', '=', unitId)
    .execute();
}

export interface EvaluationEventRow {
  runId: number | null;
  schemeId?: string | null;
  enterpriseId?: number | null;
  reportingUnitId?: string | null;
  action: string;
  actor: string;
  details: Record<string, unknown>;
}

export async function insertEvaluationEvent(db: Queryable, row: EvaluationEventRow): Promise<void> {
  await db
    .insertInto('evaluation_event')
    .values({
      run_id: row.runId,
      scheme_id: row.schemeId ?? null,
      enterprise_id: row.enterpriseId ?? null,
      reporting_unit_id: row.reportingUnitId ?? null,
      action: row.action,
      actor: row.actor,
      details: JSON.stringify(row.details),
    })
    .execute();
}

export async function listEvaluationEvents(db: Queryable, filter: { runId?: number; schemeId?: string }) {
  let query = db.selectFrom('evaluation_event').selectAll();
  if (filter.runId !== undefined) query = query.where('run_id', '=', filter.runId);
  if (filter.schemeId !== undefined) query = query.where('scheme_id', '=', filter.schemeId);
  return query.orderBy('id').execute();
}
