/**
 * SQL that puts one enterprise-level table under row-level security (docs/security.md): its policy lets system
 * work see and change every row, and a session acting as `observatory_scoped` see only the rows its scope grant
 * covers; observatory_scoped may read the table and nothing more. 0012 uses it for the tables that existed then;
 * a later migration that creates an enterprise-level table calls it for that table. Migrations must mean the same
 * forever, so never change what these functions produce: add a new function instead.
 *
 * The policy tests the scope once per statement, not once per row: `(select observatory_scope() …)` is an
 * uncorrelated subquery, which PostgreSQL evaluates once (an InitPlan), and a unit's rows then match by plain
 * equality on `reporting_unit_id`, which indexes serve.
 */

/** The NOLOGIN role scoped reads act as; a separate scoped login role is a member of it. */
export const SCOPED_ROLE = 'observatory_scoped';

/** How a table's rows name the enterprise they belong to. */
export type RowOwner =
  /** The enterprise table itself: its `uscc` and `reporting_unit_id`. */
  | { kind: 'enterprise' }
  /** `enterprise_id` and `reporting_unit_id` (most enterprise-level tables). */
  | { kind: 'enterprise_id' }
  /** `enterprise_id` (may be null), `uscc` (may be null) and `reporting_unit_id` (a project's firm may be unregistered). */
  | { kind: 'enterprise_id_or_uscc' }
  /**
   * No owner columns: a row is visible when the protected row it hangs off is, e.g.
   * `exists (select 1 from project p where p.batch_id = project_progress.batch_id and p.code = …)`; the subquery
   * runs under the same policies, so it sees only the rows the session may see.
   */
  | { kind: 'parent'; visibleParent: string };

const acting = '(select observatory_acting_as_system())';
const granted = (column: 'kind' | 'reporting_unit' | 'enterprise_uscc' | 'enterprise_id') =>
  `(select s.${column} from observatory_scope() s)`;

function ownerMatches(owner: RowOwner): string[] {
  const unit = `reporting_unit_id = ${granted('reporting_unit')}`;
  switch (owner.kind) {
    case 'enterprise':
      return [unit, `uscc = ${granted('enterprise_uscc')}`];
    case 'enterprise_id':
      return [unit, `enterprise_id = ${granted('enterprise_id')}`];
    case 'enterprise_id_or_uscc':
      return [unit, `enterprise_id = ${granted('enterprise_id')}`, `uscc = ${granted('enterprise_uscc')}`];
    case 'parent':
      return [owner.visibleParent];
  }
}

/** The condition a row must meet to be visible: system work, a city-wide grant, or the grant's unit or enterprise. */
export function rowVisibleCondition(owner: RowOwner): string {
  return [acting, `${granted('kind')} = 'all'`, ...ownerMatches(owner)].join('\n         or ');
}

/**
 * Enables (and, unless the table is filled by COPY, forces) row-level security on `table` with the one policy,
 * and lets observatory_scoped read it. PostgreSQL refuses COPY FROM into a table whose row security applies to
 * the current user, and FORCE makes it apply to the owner (the application's role), so tables that imports fill
 * by COPY are not forced: their owner bypasses the policy by ownership, which is what the policy's system branch
 * gives it on the forced tables.
 */
export function protectEnterpriseTable(table: string, owner: RowOwner, options: { force: boolean }): string[] {
  return [
    `alter table ${table} enable row level security`,
    ...(options.force ? [`alter table ${table} force row level security`] : []),
    `create policy observatory_rows on ${table} for all
       using (${rowVisibleCondition(owner)})
       with check (${acting})`,
    `grant select on ${table} to ${SCOPED_ROLE}`,
  ];
}

/** Undoes `protectEnterpriseTable`. */
export function unprotectEnterpriseTable(table: string): string[] {
  return [
    `revoke select on ${table} from ${SCOPED_ROLE}`,
    `drop policy observatory_rows on ${table}`,
    `alter table ${table} no force row level security`,
    `alter table ${table} disable row level security`,
  ];
}

/** A view read by scoped sessions: it checks row security and privileges as the reader, not as its owner. */
export function protectView(view: string): string[] {
  return [`alter view ${view} set (security_invoker = true)`, `grant select on ${view} to ${SCOPED_ROLE}`];
}

export function unprotectView(view: string): string[] {
  return [`revoke select on ${view} from ${SCOPED_ROLE}`, `alter view ${view} reset (security_invoker)`];
}
