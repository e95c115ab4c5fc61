/**
 * Rectification cases (rectification_case) and their append-only trail (rectification_event): insert, find (locked
 * for a move), list within a data scope with the firm's latest name, change the moving fields, and the trail.
 */
import type { DataScope } from '@observatory/core';
import type { Insertable, Updateable } from 'kysely';
import type { RectificationCaseTable, RectificationPlanColumn, RectificationStatusColumn } from '../db/schema.ts';
import { inScope } from './data-scope-filter.ts';
import type { Queryable } from './queryable.ts';

export type NewRectificationCase = Insertable<RectificationCaseTable>;
/** What a move may change. */
export type RectificationCaseChange = Pick<
  Updateable<RectificationCaseTable>,
  | 'status'
  | 'plan_type'
  | 'deadline'
  | 'land_freed_mu'
  | 'energy_freed_tce'
  | 'tax_per_mu_before_yuan'
  | 'tax_per_mu_after_yuan'
  | 'status_changed_at'
>;

export async function insertRectificationCase(db: Queryable, row: NewRectificationCase): Promise<number> {
  const { id } = await db.insertInto('rectification_case').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

function casesWithNames(db: Queryable) {
  return db
    .selectFrom('rectification_case as c')
    .selectAll('c')
    .select((eb) =>
      eb
        .selectFrom('enterprise_name as n')
        .select('n.name')
        .whereRef('n.enterprise_id', '=', 'c.enterprise_id')
        .orderBy('n.valid_from', 'desc')
        .limit(1)
        .as('enterprise_name'),
    );
}

export type RectificationCaseRow = Awaited<ReturnType<typeof findRectificationCase>> & {};

/** One case with the firm's latest name; locked for a move when `forUpdate`. */
export async function findRectificationCase(db: Queryable, id: number, options: { forUpdate?: boolean } = {}) {
  if (options.forUpdate)
    await db.selectFrom('rectification_case').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return casesWithNames(db).where('c.id', '=', id).executeTakeFirst();
}

export async function findRectificationCaseOf(db: Queryable, enterpriseId: number, year: number) {
  return db
    .selectFrom('rectification_case')
    .select(['id', 'status'])
    .where('enterprise_id', '=', enterpriseId)
    .where('year', '=', year)
    .executeTakeFirst();
}

export interface RectificationCaseFilter {
  year?: number | undefined;
  unit?: string | undefined;
  status?: RectificationStatusColumn | undefined;
  plan?: RectificationPlanColumn | undefined;
  scope: DataScope;
}

export async function listRectificationCases(db: Queryable, filter: RectificationCaseFilter) {
  let query = casesWithNames(db).where((eb) =>
    inScope(eb, filter.scope, { uscc: 'c.uscc', reportingUnitId: 'c.reporting_unit_id' }),
  );
  if (filter.year !== undefined) query = query.where('c.year', '=', filter.year);
  if (filter.unit !== undefined) query = query.where('c.reporting_unit_id', '=', filter.unit);
  if (filter.status !== undefined) query = query.where('c.status', '=', filter.status);
  if (filter.plan !== undefined) query = query.where('c.plan_type', '=', filter.plan);
  return query.orderBy('c.reporting_unit_id').orderBy('c.id').execute();
}

/** The USCCs that already have a case in the year (any status). */
export async function listRectificationCaseUsccs(db: Queryable, year: number): Promise<Set<string>> {
  const rows = await db.selectFrom('rectification_case').select('uscc').where('year', '=', year).execute();
  return new Set(rows.map((row) => row.uscc));
}

export async function updateRectificationCase(db: Queryable, id: number, change: RectificationCaseChange) {
  await db.updateTable('rectification_case').set(change).where('id', '=', id).execute();
}

export async function insertRectificationEvent(
  db: Queryable,
  event: {
    caseId: number;
    from: RectificationStatusColumn | null;
    to: RectificationStatusColumn;
    by: string;
    note: string | null;
    evidence: string | null;
    /** When the step happened, if not now (a list's date). */
    at?: string | undefined;
  },
): Promise<void> {
  await db
    .insertInto('rectification_event')
    .values({
      case_id: event.caseId,
      from_status: event.from,
      to_status: event.to,
      by: event.by,
      note: event.note,
      evidence: event.evidence,
      ...(event.at === undefined ? {} : { at: event.at }),
    })
    .execute();
}

/** The trail of the given cases, oldest first. */
export async function listRectificationEvents(db: Queryable, caseIds: readonly number[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('rectification_event')
    .selectAll()
    .where('case_id', 'in', [...caseIds])
    .orderBy('case_id')
    .orderBy('id')
    .execute();
}
