/**
 * Scope grants for row-level security (migration 0012, docs/security.md): the grant a scoped read runs under,
 * the session setting that names it, and the switch to the observatory_scoped role. Raw SQL: the grant table
 * is private to the database's owner and has no place in the application's table types.
 */
import { sql } from 'kysely';
import type { Queryable } from './queryable.ts';

export interface ScopeGrant {
  kind: 'all' | 'unit' | 'enterprise' | 'none';
  reportingUnitId: string | null;
  uscc: string | null;
}

/** The server process (backend) behind the connection a transaction holds: a grant is valid only there. */
export async function currentBackend(
  db: Queryable,
): Promise<{ pid: number; actsAsSystem: boolean; bypasses: boolean }> {
  const { rows } = await sql<{ pid: number; acts_as_system: boolean; bypasses: boolean }>`
    select pg_backend_pid() as pid,
           observatory_acting_as_system() as acts_as_system,
           (select rolsuper or rolbypassrls from pg_roles where rolname = current_user) as bypasses`.execute(db);
  const row = rows[0]!;
  return { pid: row.pid, actsAsSystem: row.acts_as_system, bypasses: row.bypasses };
}

/**
 * Stores a grant for one backend, valid for `ttlSeconds`, and deletes the grants that have expired (left behind
 * by a process that died between storing and deleting one).
 */
export async function insertScopeGrant(
  db: Queryable,
  grant: ScopeGrant,
  backendPid: number,
  ttlSeconds: number,
): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    with expired as (delete from access_scope_grant where expires_at < now())
    insert into access_scope_grant (scope_kind, reporting_unit_id, uscc, backend_pid, expires_at)
    values (${grant.kind}, ${grant.reportingUnitId}, ${grant.uscc}, ${backendPid},
            now() + make_interval(secs => ${ttlSeconds}))
    returning id`.execute(db);
  return rows[0]!.id;
}

export async function deleteScopeGrant(db: Queryable, id: string): Promise<void> {
  await sql`delete from access_scope_grant where id = ${id}`.execute(db);
}

/** Names the grant for the rest of the transaction (a parameter, so the id never shows in pg_stat_activity). */
export async function useScopeGrant(db: Queryable, id: string): Promise<void> {
  await sql`select set_config('observatory.scope_grant', ${id}, true)`.execute(db);
}

/** Makes the rest of the transaction read-only. */
export async function makeReadOnly(db: Queryable): Promise<void> {
  await sql`set transaction read only`.execute(db);
}

/** Acts as observatory_scoped until the transaction ends. */
export async function actAsScopedRole(db: Queryable): Promise<void> {
  await sql`set local role observatory_scoped`.execute(db);
}
