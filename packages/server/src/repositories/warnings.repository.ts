/**
 * Warnings: the loaded rule sets, the warnings with their lifecycle (open → acknowledged → closed, cleared
 * marks), the append-only event trail, and the two reads the evaluators need beyond the kept aggregates:
 * firm-level figures of a period (亏损面, chain leaders) and class counts of published 亩均 evaluations.
 */
import type { DataScope } from '@observatory/core';
import { inScope } from './data-scope-filter.ts';
import { sql } from 'kysely';
import type { Queryable } from './queryable.ts';

/** Serialises warning runs: two runs never open the same warning twice. */
export async function lockWarningRuns(db: Queryable): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('observatory.warnings.run'))`.execute(db);
}

/** The current rule set: the one loaded (or loaded again) last. */
export async function findLatestWarningRuleSet(db: Queryable) {
  return db
    .selectFrom('warning_rule_set')
    .selectAll()
    .orderBy('loaded_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** A stored rule set loaded again becomes current. */
export async function markWarningRuleSetCurrent(db: Queryable, id: number, loadedBy: string): Promise<void> {
  await db
    .updateTable('warning_rule_set')
    .set({ loaded_at: sql<Date>`clock_timestamp()`, loaded_by: loadedBy })
    .where('id', '=', id)
    .execute();
}

export async function findWarningRuleSetByDigest(db: Queryable, digest: string) {
  return db.selectFrom('warning_rule_set').selectAll().where('digest', '=', digest).executeTakeFirst();
}

export async function insertWarningRuleSet(
  db: Queryable,
  row: { digest: string; document: unknown; source: string; loadedBy: string },
): Promise<number> {
  const { id } = await db
    .insertInto('warning_rule_set')
    .values({ digest: row.digest, document: JSON.stringify(row.document), source: row.source, loaded_by: row.loadedBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export interface NewWarning {
  ruleId: string;
  ruleDigest: string;
  ruleSetId: number;
  kind: string;
  subjectKind: string;
  subjectId: string;
  subjectNameZh: string;
  subjectNameEn: string;
  reportingUnitId: string | null;
  periodYear: number;
  periodMonth: number;
  severity: string;
  figures: Record<string, unknown>;
  messageZh: string;
  messageEn: string;
  owner: string;
}

export async function insertWarning(db: Queryable, row: NewWarning): Promise<number> {
  const { id } = await db
    .insertInto('warning')
    .values({
      rule_id: row.ruleId,
      rule_digest: row.ruleDigest,
      rule_set_id: row.ruleSetId,
      kind: row.kind,
      subject_kind: row.subjectKind,
      subject_id: row.subjectId,
      subject_name_zh: row.subjectNameZh,
      subject_name_en: row.subjectNameEn,
      reporting_unit_id: row.reportingUnitId,
      period_year: row.periodYear,
      period_month: row.periodMonth,
      severity: row.severity,
      figures: JSON.stringify(row.figures),
      message_zh: row.messageZh,
      message_en: row.messageEn,
      owner: row.owner,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** A warning seen again by a run: its latest figures, period and (when raised) severity; no longer cleared. */
export async function updateWarningSeen(
  db: Queryable,
  id: number,
  row: Pick<
    NewWarning,
    'ruleDigest' | 'ruleSetId' | 'periodYear' | 'periodMonth' | 'severity' | 'figures' | 'messageZh' | 'messageEn'
  >,
): Promise<void> {
  await db
    .updateTable('warning')
    .set({
      rule_digest: row.ruleDigest,
      rule_set_id: row.ruleSetId,
      period_year: row.periodYear,
      period_month: row.periodMonth,
      severity: row.severity,
      figures: JSON.stringify(row.figures),
      message_zh: row.messageZh,
      message_en: row.messageEn,
      last_seen_at: new Date(),
      cleared_at: null,
    })
    .where('id', '=', id)
    .execute();
}

export async function markWarningCleared(db: Queryable, id: number): Promise<void> {
  await db.updateTable('warning').set({ cleared_at: new Date() }).where('id', '=', id).execute();
}

/** Sets acknowledged (only from open); false when the warning was not open. */
export async function setWarningAcknowledged(db: Queryable, id: number, by: string): Promise<boolean> {
  const result = await db
    .updateTable('warning')
    .set({ status: 'acknowledged', acknowledged_by: by, acknowledged_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Closes (from open or acknowledged) with a note; false when it was already closed. */
export async function setWarningClosed(db: Queryable, id: number, by: string, note: string): Promise<boolean> {
  const result = await db
    .updateTable('warning')
    .set({ status: 'closed', closed_by: by, closed_at: new Date(), close_note: note })
    .where('id', '=', id)
    .where('status', '<>', 'closed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findWarning(db: Queryable, id: number) {
  return db.selectFrom('warning').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Warnings not yet closed, of the given rules. */
export async function listUnclosedWarnings(db: Queryable, ruleIds: readonly string[]) {
  if (ruleIds.length === 0) return [];
  return db.selectFrom('warning').selectAll().where('status', '<>', 'closed').where('rule_id', 'in', ruleIds).execute();
}

export interface WarningFilter {
  status?: string | undefined;
  severity?: string | undefined;
  reportingUnitId?: string | undefined;
  ruleId?: string | undefined;
  limit?: number | undefined;
  /** Warnings about one enterprise pass this scope; warnings about clusters and units are aggregates. */
  enterpriseScope: DataScope;
}

export async function listWarnings(db: Queryable, filter: WarningFilter) {
  let query = db.selectFrom('warning').selectAll();
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.severity !== undefined) query = query.where('severity', '=', filter.severity);
  if (filter.reportingUnitId !== undefined) query = query.where('reporting_unit_id', '=', filter.reportingUnitId);
  if (filter.ruleId !== undefined) query = query.where('rule_id', '=', filter.ruleId);
  query = query.where((eb) =>
    eb.or([
      eb('subject_kind', '<>', 'enterprise'),
      inScope(eb, filter.enterpriseScope, { uscc: 'subject_id', reportingUnitId: 'reporting_unit_id' }),
    ]),
  );
  return query
    .orderBy(sql`case severity when 'red' then 0 when 'orange' then 1 else 2 end`)
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 1000)
    .execute();
}

export async function insertWarningEvent(
  db: Queryable,
  row: { warningId: number | null; action: string; actor: string; details: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto('warning_event')
    .values({ warning_id: row.warningId, action: row.action, actor: row.actor, details: JSON.stringify(row.details) })
    .execute();
}

export async function listWarningEvents(db: Queryable, warningId: number) {
  return db.selectFrom('warning_event').selectAll().where('warning_id', '=', warningId).orderBy('id').execute();
}

/** The last event of a whole run (run, run_failed). */
export async function findLastWarningRunEvent(db: Queryable) {
  return db
    .selectFrom('warning_event')
    .selectAll()
    .where('warning_id', 'is', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export interface FirmFigureRow {
  enterprise_id: number;
  uscc: string;
  name: string | null;
  reporting_unit_id: string;
  /** The firm's most specific cluster of the system (null: none, or no system asked). */
  cluster_id: string | null;
  value: string;
  /** Its own 上年同期, else its stored value of the same month a year before. */
  base: string | null;
}

/** Each 规上 firm's value of a measure in a period (1–N月), with its base and its cluster of a system. */
export async function listFirmFigures(
  db: Queryable,
  query: { year: number; month: number; measure: string; systemId: string | null },
): Promise<FirmFigureRow[]> {
  const { year, month, measure, systemId } = query;
  const result = await sql<FirmFigureRow>`
    with firm as (
      select o.enterprise_id, o.reporting_unit_id, sum(o.value) as value, sum(o.base_value) as reported_base
      from current_observation o
      join enterprise_year ey on ey.enterprise_id = o.enterprise_id and ey.year = o.period_year and ey.above_scale
      where o.period_year = ${year} and o.period_month = ${month} and o.measure = ${measure}
      group by o.enterprise_id, o.reporting_unit_id
    ), prior as (
      select o.enterprise_id, sum(o.value) as value
      from current_observation o
      where o.period_year = ${year - 1} and o.period_month = ${month} and o.measure = ${measure}
      group by o.enterprise_id
    )
    select f.enterprise_id, e.uscc, f.reporting_unit_id, f.value::text as value,
      coalesce(f.reported_base, p.value)::text as base, m.cluster_id,
      (select n.name from enterprise_name n where n.enterprise_id = f.enterprise_id
        order by n.valid_from desc limit 1) as name
    from firm f
    join enterprise e on e.id = f.enterprise_id
    left join prior p on p.enterprise_id = f.enterprise_id
    left join cluster_membership m on m.enterprise_id = f.enterprise_id and m.year = ${year}
      and m.system_id = ${systemId ?? ''}
    order by e.uscc`.execute(db);
  return result.rows;
}

/** Published 亩均 runs, newest year first (latest publication of a year first). */
export async function listPublishedEvaluationRuns(db: Queryable) {
  return db
    .selectFrom('evaluation_run')
    .select(['id', 'year'])
    .where('status', '=', 'published')
    .orderBy('year', 'desc')
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Firms of a final class per reporting unit in a run. */
export async function countFinalClassByUnit(db: Queryable, runId: number, classId: string) {
  return db
    .selectFrom('evaluation_result')
    .select(['reporting_unit_id', (eb) => eb.fn.countAll<number>().as('firms')])
    .where('run_id', '=', runId)
    .where('final_class', '=', classId)
    .groupBy('reporting_unit_id')
    .execute();
}
