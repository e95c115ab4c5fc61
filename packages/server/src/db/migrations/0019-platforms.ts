/**
 * Platforms (平台载体), cluster promotion organisations (集群促进机构) and manual target actuals (issue 9 items 5, 6):
 * - `platform`: one row per designated platform (kind, level, reporting unit, cluster of a system, recognised date and
 *   document); unique by kind, level and name, so a list imported again finds its platforms. Only the note changes.
 * - `platform_status_change`: the dated status trail 培育/创建 → 认定 → 复核 → 摘牌 (append-only); the status on a day is
 *   the latest change dated at or before it.
 * - `promotion_organisation`: one per cluster, append-only: the latest row per system and cluster is in force. A
 *   contact role and an office phone only, never a person's name.
 * - `target_actual`: a value city staff record for a target no register or statistic measures (standards, brands,
 *   …), append-only, the latest per system, target and year wins; with the source of the figure and who recorded it.
 * None of these hold enterprise-level rows, so no row-level security.
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

const kinds = `('industrialisation_demo_base', 'characteristic_park', 'small_micro_park',
  'manufacturing_innovation_centre', 'industrial_design_base', 'industrial_internet_platform', 'innovation_complex')`;
const statuses = `('cultivating', 'recognised', 'reviewed', 'delisted')`;
const appendOnly = (table: string, zh: string) => [
  `create function ${table}_is_append_only() returns trigger language plpgsql as $$
   begin
     raise exception '${table} is append-only (${zh})';
   end $$`,
  `create trigger ${table}_append_only before update or delete on ${table}
     for each row execute function ${table}_is_append_only()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    // cluster_id has no foreign key (a registry load replaces a system's clusters), as for projects.
    `create table platform (
       id integer generated always as identity primary key,
       name text not null check (length(trim(name)) > 0),
       kind text not null check (kind in ${kinds}),
       level text not null check (level in ('national', 'provincial', 'municipal')),
       reporting_unit_id text not null references reporting_unit(id),
       system_id text,
       cluster_id text,
       cluster_text text,
       recognised_date date,
       document text,
       note text,
       created_by text not null check (length(trim(created_by)) > 0),
       created_at timestamptz not null default now(),
       unique (kind, level, name))`,
    'create index platform_unit_idx on platform(reporting_unit_id, kind)',
    `create function platform_guard() returns trigger language plpgsql as $$
     begin
       if tg_op = 'DELETE' then
         raise exception 'platform rows are never deleted (平台不能删除，摘牌请登记状态)';
       end if;
       if (new.name, new.kind, new.level, new.reporting_unit_id, new.created_by, new.created_at)
          is distinct from (old.name, old.kind, old.level, old.reporting_unit_id, old.created_by, old.created_at) then
         raise exception 'platform %: name, kind, level and unit never change (名称、类别、级别、单位不能修改)', old.id;
       end if;
       return new;
     end $$`,
    `create trigger platform_guard before update or delete on platform
       for each row execute function platform_guard()`,
    `create table platform_status_change (
       id integer generated always as identity primary key,
       platform_id integer not null references platform(id),
       status text not null check (status in ${statuses}),
       date date not null,
       document text,
       note text,
       recorded_by text not null check (length(trim(recorded_by)) > 0),
       recorded_at timestamptz not null default now())`,
    'create index platform_status_change_idx on platform_status_change(platform_id, date, id)',
    ...appendOnly('platform_status_change', '平台状态记录只能追加'),
    `create table promotion_organisation (
       id integer generated always as identity primary key,
       system_id text not null,
       cluster_id text not null,
       name text not null check (length(trim(name)) > 0),
       org_type text not null check (org_type in ('association', 'alliance', 'institute', 'service_centre', 'other')),
       contact_role text not null check (length(trim(contact_role)) > 0),
       office_phone text,
       founded_date date,
       recorded_by text not null check (length(trim(recorded_by)) > 0),
       recorded_at timestamptz not null default now())`,
    'create index promotion_organisation_idx on promotion_organisation(system_id, cluster_id, id)',
    ...appendOnly('promotion_organisation', '促进机构记录只能追加'),
    `create table target_actual (
       id integer generated always as identity primary key,
       system_id text not null,
       target_id text not null,
       year integer not null check (year between 1990 and 2100),
       value numeric not null,
       source_text text not null check (length(trim(source_text)) > 0),
       recorded_by text not null check (length(trim(recorded_by)) > 0),
       recorded_at timestamptz not null default now())`,
    'create index target_actual_idx on target_actual(system_id, target_id, year, id)',
    ...appendOnly('target_actual', '目标实际值只能追加'),
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'drop trigger target_actual_append_only on target_actual',
    'drop function target_actual_is_append_only()',
    'drop table target_actual',
    'drop trigger promotion_organisation_append_only on promotion_organisation',
    'drop function promotion_organisation_is_append_only()',
    'drop table promotion_organisation',
    'drop trigger platform_status_change_append_only on platform_status_change',
    'drop function platform_status_change_is_append_only()',
    'drop table platform_status_change',
    'drop trigger platform_guard on platform',
    'drop function platform_guard()',
    'drop table platform',
  ]);
}
