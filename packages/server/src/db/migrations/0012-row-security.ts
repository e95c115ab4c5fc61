/**
 * Row-level security (issue 7, docs/security.md): the database repeats the service layer's row scoping, so a scoped
 * read that forgets its WHERE clause, or an injected one, still sees only its unit's or its enterprise's rows.
 *
 * - `observatory_scoped`: a NOLOGIN role (no superuser, no BYPASSRLS) that scoped reads act as, by SET LOCAL ROLE
 *   or through a separate login role that is its member. It may read the enterprise-level tables (under their
 *   policies), the views over them, the public reference and registry tables they join, and harmless columns of
 *   evaluation runs and import batches. Nothing else: no accounts, sessions, audit log, raw files, aggregates.
 * - `access_scope_grant`: the scopes handed out, one row per scoped read (all, a unit, an enterprise, none), bound
 *   to the backend it was issued for and expiring; observatory_scoped has no privilege on it.
 * - `observatory_scope()`: SECURITY DEFINER; reads the session setting `observatory.scope_grant` safely (missing,
 *   empty, not a uuid, unknown, expired or another backend's → no rows, never an error) and answers the grant.
 * - `observatory_acting_as_system()`: whether the current role has the privileges of the tables' owner (the role
 *   that runs migrations and all system work: imports, aggregation, evaluation runs).
 * - Each enterprise-level table: ENABLE (and FORCE, except where imports COPY into it) ROW LEVEL SECURITY with one
 *   policy: system work sees and writes every row; anyone else sees the rows of their grant and writes nothing.
 * - The views over them run as the reader (`security_invoker`), so they cannot bypass the policies.
 *
 * PGlite runs as a superuser, which bypasses row security; the same statements work there, and a scoped read
 * that switches to observatory_scoped is bound by the policies on both engines.
 */
import { sql, type Kysely } from 'kysely';
import {
  protectEnterpriseTable,
  protectView,
  SCOPED_ROLE,
  unprotectEnterpriseTable,
  unprotectView,
  type RowOwner,
} from './row-security-statements.ts';
import { runStatements } from './run-statements.ts';

/** The enterprise-level tables, how their rows name their enterprise, and whether imports fill them by COPY. */
const protectedTables: readonly { table: string; owner: RowOwner; copied?: true }[] = [
  { table: 'enterprise', owner: { kind: 'enterprise' }, copied: true },
  { table: 'enterprise_name', owner: { kind: 'enterprise_id' }, copied: true },
  { table: 'enterprise_year', owner: { kind: 'enterprise_id' } },
  { table: 'land_parcel', owner: { kind: 'enterprise_id' } },
  { table: 'cluster_assignment_override', owner: { kind: 'enterprise_id' } },
  { table: 'observation', owner: { kind: 'enterprise_id' }, copied: true },
  { table: 'evaluation_result', owner: { kind: 'enterprise_id' } },
  { table: 'evaluation_regrade', owner: { kind: 'enterprise_id' } },
  { table: 'evaluation_appeal', owner: { kind: 'enterprise_id' } },
  { table: 'evaluation_fact', owner: { kind: 'enterprise_id' } },
  { table: 'pool_entry', owner: { kind: 'enterprise_id' } },
  { table: 'project', owner: { kind: 'enterprise_id_or_uscc' } },
  {
    table: 'project_progress',
    owner: {
      kind: 'parent',
      visibleParent: `exists (select 1 from project p
                               where p.batch_id = project_progress.batch_id and p.code = project_progress.project_code)`,
    },
  },
  {
    table: 'cluster_membership',
    owner: {
      kind: 'parent',
      visibleParent: 'exists (select 1 from enterprise e where e.id = cluster_membership.enterprise_id)',
    },
  },
];

const protectedViews = [
  'current_observation',
  'current_land_parcel',
  'current_project',
  'current_project_progress',
  'current_pool_entry',
];

/** Reference and registry data with nothing of any enterprise, which scoped reads join (names, current batches). */
const readableTables = [
  'region',
  'reporting_unit',
  'industry',
  'unit_of_measure',
  'measure',
  'cluster_system',
  'cluster',
  'catalogue_entry',
  'source_period_state',
];

/** Columns without enterprise data; `evaluation_run.run` (every firm's figures and classes) stays out of reach. */
const readableColumns: Record<string, readonly string[]> = {
  evaluation_run: [
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
  ],
  import_batch: ['id', 'source_profile', 'period_year', 'period_month', 'status'],
};

/**
 * Creates observatory_scoped when missing (two databases migrating at once may race: the loser finds it), refuses
 * one that could bypass row security, and makes the migrating role a member so that it may SET ROLE to it (best
 * effort: a role without CREATEROLE needs a DBA to grant it, or uses a separate scoped login role instead).
 */
const ensureScopedRole = `do $$
  begin
    if not exists (select 1 from pg_catalog.pg_roles where rolname = '${SCOPED_ROLE}') then
      begin
        create role ${SCOPED_ROLE} nologin nosuperuser nobypassrls noinherit nocreatedb nocreaterole noreplication;
      exception
        when duplicate_object or unique_violation then null;
        when insufficient_privilege then
          raise exception using
            message = '角色 ${SCOPED_ROLE} 不存在且当前角色无权创建 (role ${SCOPED_ROLE} is missing and '
              || current_user || ' may not create it)',
            hint = 'A DBA runs: CREATE ROLE ${SCOPED_ROLE} NOLOGIN NOINHERIT; GRANT ${SCOPED_ROLE} TO '
              || quote_ident(current_user) || ';';
      end;
    end if;
    if exists (select 1 from pg_catalog.pg_roles
                where rolname = '${SCOPED_ROLE}' and (rolsuper or rolbypassrls)) then
      raise exception '角色 ${SCOPED_ROLE} 不得为超级用户或绕过行级安全 (role ${SCOPED_ROLE} must be NOSUPERUSER NOBYPASSRLS)';
    end if;
    if not (select rolsuper from pg_catalog.pg_roles where rolname = current_user)
       and not pg_catalog.pg_has_role(current_user, '${SCOPED_ROLE}', 'MEMBER') then
      begin
        execute format('grant ${SCOPED_ROLE} to %I', current_user);
      exception when insufficient_privilege then
        raise notice '% 不是 ${SCOPED_ROLE} 的成员 (% is not a member of ${SCOPED_ROLE}): GRANT ${SCOPED_ROLE} TO %;',
          current_user, current_user, quote_ident(current_user);
      end;
    end if;
  end $$`;

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ name: string }>`select current_schema() as name`.execute(db);
  const schema = quoteIdentifier(rows[0]!.name);
  const uuidPattern = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
  await runStatements(db, [
    ensureScopedRole,
    `create table access_scope_grant (
       id uuid primary key default gen_random_uuid(),
       scope_kind text not null check (scope_kind in ('all', 'unit', 'enterprise', 'none')),
       reporting_unit_id text,
       uscc text,
       backend_pid integer not null,
       created_at timestamptz not null default now(),
       expires_at timestamptz not null,
       check ((scope_kind = 'unit') = (reporting_unit_id is not null)),
       check ((scope_kind = 'enterprise') = (uscc is not null)),
       check (expires_at > created_at))`,
    'create index access_scope_grant_expiry_idx on access_scope_grant(expires_at)',
    'revoke all on access_scope_grant from public',
    // SECURITY INVOKER on purpose: it asks about the role running the query.
    `create function observatory_acting_as_system() returns boolean
       language sql stable set search_path = pg_catalog, pg_temp as $$
         select pg_catalog.pg_has_role(current_user, c.relowner, 'USAGE')
           from pg_catalog.pg_class c
          where c.oid = '${schema.replaceAll("'", "''")}.access_scope_grant'::pg_catalog.regclass
       $$`,
    `create function observatory_scope()
       returns table (kind text, reporting_unit text, enterprise_uscc text, enterprise_id integer)
       language plpgsql stable security definer rows 1 set search_path = pg_catalog, pg_temp as $$
       declare
         grant_text text := pg_catalog.current_setting('observatory.scope_grant', true);
       begin
         if grant_text is null or grant_text !~ '${uuidPattern}' then
           return;
         end if;
         return query
           select g.scope_kind,
                  case when g.scope_kind = 'unit' then g.reporting_unit_id end,
                  case when g.scope_kind = 'enterprise' then g.uscc end,
                  case when g.scope_kind = 'enterprise'
                       then (select e.id from ${schema}.enterprise e where e.uscc = g.uscc) end
             from ${schema}.access_scope_grant g
            where g.id = grant_text::uuid
              and g.backend_pid = pg_catalog.pg_backend_pid()
              and g.expires_at > pg_catalog.now();
       end $$`,
    ...protectedTables.flatMap(({ table, owner, copied }) =>
      protectEnterpriseTable(table, owner, { force: copied !== true }),
    ),
    ...protectedViews.flatMap(protectView),
    ...readableTables.map((table) => `grant select on ${table} to ${SCOPED_ROLE}`),
    ...Object.entries(readableColumns).map(
      ([table, columns]) => `grant select (${columns.join(', ')}) on ${table} to ${SCOPED_ROLE}`,
    ),
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    ...Object.entries(readableColumns).map(
      ([table, columns]) => `revoke select (${columns.join(', ')}) on ${table} from ${SCOPED_ROLE}`,
    ),
    ...readableTables.map((table) => `revoke select on ${table} from ${SCOPED_ROLE}`),
    ...protectedViews.flatMap(unprotectView),
    ...protectedTables.flatMap(({ table }) => unprotectEnterpriseTable(table)),
    'drop function observatory_scope()',
    'drop function observatory_acting_as_system()',
    'drop table access_scope_grant',
  ]);
}
