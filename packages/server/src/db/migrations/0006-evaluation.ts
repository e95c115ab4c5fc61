/**
 * 亩均论英雄 evaluations: the schemes as loaded (document and digest, one row per id and version), runs with the
 * whole run JSON (scheme, input, baselines, results, digest) so they can be verified and recomputed, one result
 * row per enterprise (初评 and 调档后 classes side by side), re-gradings, appeals, and evaluation_event, the
 * append-only trail of every workflow step (a trigger refuses updates and deletes). Enterprise-level tables carry
 * reporting_unit_id.
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table evaluation_scheme (
       id text not null,
       version integer not null check (version >= 1),
       year integer not null,
       region text,
       name_zh text not null,
       name_en text not null,
       document jsonb not null,
       digest text not null check (digest ~ '^[0-9a-f]{64}$'),
       source_file text,
       loaded_by text not null,
       loaded_at timestamptz not null default now(),
       primary key (id, version))`,
    `create table evaluation_run (
       id integer generated always as identity primary key,
       scheme_id text not null,
       scheme_version integer not null,
       year integer not null,
       region text,
       status text not null default 'draft' check (status in ('draft', 'in_review', 'published')),
       digest text not null check (digest ~ '^[0-9a-f]{64}$'),
       scheme_digest text not null,
       input_digest text not null,
       run jsonb not null,
       created_by text not null,
       created_at timestamptz not null default now(),
       submitted_by text,
       submitted_at timestamptz,
       published_by text,
       published_at timestamptz,
       appeal_deadline timestamptz,
       foreign key (scheme_id, scheme_version) references evaluation_scheme(id, version),
       check (status <> 'published' or (published_by is not null and published_by <> submitted_by)))`,
    'create index evaluation_run_year_idx on evaluation_run(year, status, id)',
    `create table evaluation_result (
       run_id integer not null references evaluation_run(id),
       enterprise_id integer not null references enterprise(id),
       reporting_unit_id text not null references reporting_unit(id),
       unit_id text not null,
       group_id text,
       status text not null check (status in ('rated', 'unrated', 'excluded')),
       total numeric,
       rank integer,
       percentile numeric,
       initial_class text,
       final_class text,
       unrated_reason text,
       unrated_reason_zh text,
       unrated_reason_en text,
       primary key (run_id, enterprise_id))`,
    'create index evaluation_result_unit_idx on evaluation_result(reporting_unit_id, run_id)',
    `create table evaluation_regrade (
       id integer generated always as identity primary key,
       run_id integer not null references evaluation_run(id),
       enterprise_id integer not null references enterprise(id),
       reporting_unit_id text not null references reporting_unit(id),
       from_class text not null,
       to_class text not null,
       reason text not null check (length(trim(reason)) > 0),
       requested_by text not null,
       approved_by text not null,
       created_at timestamptz not null default now(),
       check (requested_by <> approved_by))`,
    'create index evaluation_regrade_run_idx on evaluation_regrade(run_id, enterprise_id, id)',
    `create table evaluation_appeal (
       id integer generated always as identity primary key,
       run_id integer not null references evaluation_run(id),
       enterprise_id integer not null references enterprise(id),
       reporting_unit_id text not null references reporting_unit(id),
       reason text not null check (length(trim(reason)) > 0),
       requested_class text,
       filed_by text not null,
       filed_at timestamptz not null default now(),
       status text not null default 'open' check (status in ('open', 'accepted', 'rejected')),
       decision_reason text,
       decided_by text,
       approved_by text,
       decided_at timestamptz,
       class_before text,
       class_after text)`,
    `create unique index evaluation_appeal_open_idx on evaluation_appeal(run_id, enterprise_id)
       where status = 'open'`,
    `create table evaluation_event (
       id integer generated always as identity primary key,
       run_id integer references evaluation_run(id),
       scheme_id text,
       enterprise_id integer references enterprise(id),
       reporting_unit_id text references reporting_unit(id),
       action text not null,
       actor text not null check (length(trim(actor)) > 0),
       at timestamptz not null default now(),
       details jsonb not null default '{}')`,
    'create index evaluation_event_run_idx on evaluation_event(run_id, id)',
    `create function evaluation_event_is_append_only() returns trigger language plpgsql as $$
     begin
       raise exception 'evaluation_event is append-only';
     end $$`,
    `create trigger evaluation_event_append_only before update or delete on evaluation_event
       for each row execute function evaluation_event_is_append_only()`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'drop trigger evaluation_event_append_only on evaluation_event',
    'drop function evaluation_event_is_append_only()',
    'drop table evaluation_event',
    'drop table evaluation_appeal',
    'drop table evaluation_regrade',
    'drop table evaluation_result',
    'drop table evaluation_run',
    'drop table evaluation_scheme',
  ]);
}
