/**
 * Early warnings: the rule sets as loaded (one row per distinct digest of the rule files), the warnings they
 * raised, and warning_event, the append-only trail (a trigger refuses updates and deletes). A warning is open →
 * acknowledged → closed (closing needs a person and a note); while one is not closed, no second one is opened
 * for the same rule and subject (a partial unique index). `cleared_at` marks that the condition no longer
 * held in a later run: the warning stays until a person closes it. Unit and enterprise warnings carry
 * reporting_unit_id for scoping.
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table warning_rule_set (
       id integer generated always as identity primary key,
       digest text not null unique check (digest ~ '^[0-9a-f]{64}$'),
       document jsonb not null,
       source text not null,
       loaded_by text not null,
       loaded_at timestamptz not null default clock_timestamp())`,
    `create table warning (
       id integer generated always as identity primary key,
       rule_id text not null,
       rule_digest text not null check (rule_digest ~ '^[0-9a-f]{64}$'),
       rule_set_id integer not null references warning_rule_set(id),
       kind text not null,
       subject_kind text not null check (subject_kind in ('cluster', 'unit', 'enterprise')),
       subject_id text not null,
       subject_name_zh text not null,
       subject_name_en text not null,
       reporting_unit_id text references reporting_unit(id),
       period_year integer not null,
       period_month integer not null check (period_month between 0 and 12),
       severity text not null check (severity in ('red', 'orange', 'yellow')),
       figures jsonb not null,
       message_zh text not null,
       message_en text not null,
       owner text not null,
       status text not null default 'open' check (status in ('open', 'acknowledged', 'closed')),
       opened_at timestamptz not null default now(),
       last_seen_at timestamptz not null default now(),
       cleared_at timestamptz,
       acknowledged_by text,
       acknowledged_at timestamptz,
       closed_by text,
       closed_at timestamptz,
       close_note text,
       check (status = 'open' or (acknowledged_by is not null or closed_by is not null)),
       check (status <> 'closed' or (closed_by is not null and length(trim(close_note)) > 0)))`,
    `create unique index warning_one_open_idx on warning(rule_id, subject_kind, subject_id)
       where status <> 'closed'`,
    'create index warning_status_idx on warning(status, severity, id)',
    'create index warning_unit_idx on warning(reporting_unit_id, status)',
    `create table warning_event (
       id integer generated always as identity primary key,
       warning_id integer references warning(id),
       action text not null,
       actor text not null check (length(trim(actor)) > 0),
       at timestamptz not null default now(),
       details jsonb not null default '{}')`,
    'create index warning_event_warning_idx on warning_event(warning_id, id)',
    `create function warning_event_is_append_only() returns trigger language plpgsql as $$
     begin
       raise exception 'warning_event is append-only';
     end $$`,
    `create trigger warning_event_append_only before update or delete on warning_event
       for each row execute function warning_event_is_append_only()`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'drop trigger warning_event_append_only on warning_event',
    'drop function warning_event_is_append_only()',
    'drop table warning_event',
    'drop table warning',
    'drop table warning_rule_set',
  ]);
}
