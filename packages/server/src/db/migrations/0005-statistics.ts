/**
 * Statistics kept ready for the dashboard and the bulletin: each enterprise's cluster per system and year
 * (cluster_membership, the most specific cluster; parents are derived from the registry) with the 规上 set's
 * transitions from the year before (membership_transition: entrants and exits), and aggregates per
 * system × cluster × reporting unit × month × measure (statistic_aggregate) at the finest level, from which
 * parents, system totals and city totals are merged exactly. *_state rows say which parts are current;
 * triggers delete them when their inputs change (an import or rollback, an enterprise's year, the registry),
 * so no write path can forget to invalidate. official_growth_rate holds the statistics bureau's real rates.
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table cluster_membership (
       system_id text not null references cluster_system(id) on delete cascade,
       year integer not null,
       enterprise_id integer not null references enterprise(id),
       cluster_id text not null references cluster(id) on delete cascade,
       primary key (system_id, year, enterprise_id))`,
    `create table membership_state (
       system_id text not null references cluster_system(id) on delete cascade,
       year integer not null,
       members integer not null,
       computed_at timestamptz not null default now(),
       primary key (system_id, year))`,
    // 规上 members per (cluster, unit) this year and last, so entrants and exits are read, not recounted.
    `create table membership_transition (
       system_id text not null,
       year integer not null,
       now_cluster text,
       before_cluster text,
       now_unit text,
       before_unit text,
       enterprises integer not null)`,
    'create index membership_transition_idx on membership_transition(system_id, year)',
    `create table statistic_aggregate (
       system_id text not null,
       cluster_id text not null,
       reporting_unit_id text not null,
       period_year integer not null,
       period_month integer not null,
       measure text not null,
       value numeric not null,
       value_with_base numeric not null,
       base numeric,
       contributors integer not null,
       reported_base integer not null,
       derived_base integer not null,
       primary key (period_year, period_month, measure, system_id, cluster_id, reporting_unit_id))`,
    `create table aggregate_state (
       period_year integer not null,
       period_month integer not null,
       cells integer not null,
       computed_at timestamptz not null default now(),
       primary key (period_year, period_month))`,
    `create table official_growth_rate (
       measure text not null references measure(code),
       scope text not null,
       period_year integer not null,
       period_month integer not null check (period_month between 0 and 12),
       rate numeric not null,
       source text not null,
       recorded_by text not null,
       recorded_at timestamptz not null default now(),
       primary key (measure, scope, period_year, period_month))`,
    // An import, revision or rollback of a source and period changes that month and, through the base
    // derived from last year's values, the same month a year later.
    `create function invalidate_statistics_for_periods() returns trigger language plpgsql as $$
     begin
       delete from aggregate_state a
        using changed_periods c
        where a.period_month = c.period_month
          and a.period_year in (c.period_year, c.period_year + 1);
       return null;
     end $$`,
    // An enterprise's year (规上, industry code, unit) changes its clusters and every month of that year, and
    // the entrants and exits of the year after.
    `create function invalidate_statistics_for_years() returns trigger language plpgsql as $$
     begin
       delete from membership_state m using changed_years c where m.year in (c.year, c.year + 1);
       delete from aggregate_state a using changed_years c where a.period_year = c.year;
       return null;
     end $$`,
    // The registry (clusters, catalogue, overrides) changes memberships of every year.
    `create function invalidate_all_statistics() returns trigger language plpgsql as $$
     begin
       delete from membership_state;
       delete from aggregate_state;
       return null;
     end $$`,
    ...(['insert', 'update', 'delete'] as const).flatMap((event) => {
      const table = event === 'delete' ? 'old' : 'new';
      return [
        `create trigger source_period_state_${event}_invalidates after ${event} on source_period_state
           referencing ${table} table as changed_periods
           for each statement execute function invalidate_statistics_for_periods()`,
        `create trigger enterprise_year_${event}_invalidates after ${event} on enterprise_year
           referencing ${table} table as changed_years
           for each statement execute function invalidate_statistics_for_years()`,
      ];
    }),
    ...['cluster', 'catalogue_entry', 'cluster_assignment_override', 'cluster_system'].map(
      (table) =>
        `create trigger ${table}_invalidates_statistics after insert or update or delete or truncate on ${table}
           for each statement execute function invalidate_all_statistics()`,
    ),
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    ...['cluster', 'catalogue_entry', 'cluster_assignment_override', 'cluster_system'].map(
      (table) => `drop trigger ${table}_invalidates_statistics on ${table}`,
    ),
    ...['insert', 'update', 'delete'].flatMap((event) => [
      `drop trigger source_period_state_${event}_invalidates on source_period_state`,
      `drop trigger enterprise_year_${event}_invalidates on enterprise_year`,
    ]),
    'drop function invalidate_all_statistics()',
    'drop function invalidate_statistics_for_years()',
    'drop function invalidate_statistics_for_periods()',
    'drop table official_growth_rate',
    'drop table aggregate_state',
    'drop table statistic_aggregate',
    'drop table membership_transition',
    'drop table membership_state',
    'drop table cluster_membership',
  ]);
}
