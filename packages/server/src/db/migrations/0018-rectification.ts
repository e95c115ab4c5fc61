/**
 * The rectification register (高耗低效企业整治 and 低效用地, issue 9, DOMAIN.md §6):
 * - `rectification_case`: one case per firm and year, where it came from (an evaluation run's candidate, a data
 *   rule with its values, or a county's own report), its land (亩, parcel references) and energy (吨标煤), the plan
 *   type, the status 摸排 → 认定 → 方案 → 实施 → 验收 → 销号 (or 不予认定), a deadline and the outcomes (亩 and 吨标煤
 *   freed, 亩均税收 before and after). What identifies the case never changes and no case is deleted; the status,
 *   plan, deadline and outcomes change only with a move (services/rectification/move-rectification-case.ts).
 *   Enterprise-level: under the row-level security of 0012, forced.
 * - `rectification_event`: the append-only trail of a case (from, to, when, by whom, note, evidence), visible
 *   when its case is.
 * - `rectification_target`: a unit's (or the city's, unit `city`) yearly targets for the assessment (考核); the
 *   latest row per year and unit counts, rows are never changed; scoped reads (the bulletin) may read it.
 */
import type { Kysely } from 'kysely';
import { protectEnterpriseTable, SCOPED_ROLE, unprotectEnterpriseTable } from './row-security-statements.ts';
import { runStatements } from './run-statements.ts';

const statuses = `('survey', 'confirmed', 'planned', 'implementing', 'accepted', 'closed', 'dismissed')`;
const planTypes = `('upgrade', 'merger', 'reclaim', 'relocate', 'exit')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table rectification_case (
       id integer generated always as identity primary key,
       enterprise_id integer not null references enterprise(id),
       uscc text not null,
       reporting_unit_id text not null references reporting_unit(id),
       year integer not null check (year between 1990 and 2100),
       origin text not null check (origin in ('evaluation', 'data_rule', 'local_report')),
       origin_run_id integer references evaluation_run(id),
       origin_rules jsonb not null default '[]' check (jsonb_typeof(origin_rules) = 'array'),
       land_mu numeric check (land_mu >= 0),
       parcel_refs jsonb not null default '[]' check (jsonb_typeof(parcel_refs) = 'array'),
       energy_tce numeric check (energy_tce >= 0),
       plan_type text check (plan_type in ${planTypes}),
       status text not null default 'survey' check (status in ${statuses}),
       deadline date,
       land_freed_mu numeric check (land_freed_mu >= 0),
       energy_freed_tce numeric check (energy_freed_tce >= 0),
       tax_per_mu_before_yuan numeric,
       tax_per_mu_after_yuan numeric,
       note text,
       opened_by text not null check (length(trim(opened_by)) > 0),
       opened_at timestamptz not null default now(),
       status_changed_at timestamptz not null default now(),
       check (origin <> 'evaluation' or origin_run_id is not null),
       unique (enterprise_id, year))`,
    'create index rectification_case_unit_idx on rectification_case(reporting_unit_id, year)',
    'create index rectification_case_year_idx on rectification_case(year, status)',
    `create function rectification_case_guard() returns trigger language plpgsql as $$
     begin
       if tg_op = 'DELETE' then
         raise exception 'rectification_case rows are never deleted (整治案件不能删除)';
       end if;
       if (new.enterprise_id, new.uscc, new.reporting_unit_id, new.year, new.origin, new.origin_run_id,
           new.origin_rules, new.land_mu, new.parcel_refs, new.energy_tce, new.note, new.opened_by, new.opened_at)
          is distinct from
          (old.enterprise_id, old.uscc, old.reporting_unit_id, old.year, old.origin, old.origin_run_id,
           old.origin_rules, old.land_mu, old.parcel_refs, old.energy_tce, old.note, old.opened_by, old.opened_at) then
         raise exception 'rectification_case %: only the status, plan, deadline and outcomes may change (只能变更状态、方案、期限和成效)', old.id;
       end if;
       return new;
     end $$`,
    `create trigger rectification_case_guard before update or delete on rectification_case
       for each row execute function rectification_case_guard()`,
    ...protectEnterpriseTable('rectification_case', { kind: 'enterprise' }, { force: true }),
    `create table rectification_event (
       id integer generated always as identity primary key,
       case_id integer not null references rectification_case(id),
       from_status text check (from_status in ${statuses}),
       to_status text not null check (to_status in ${statuses}),
       at timestamptz not null default now(),
       by text not null check (length(trim(by)) > 0),
       note text,
       evidence text)`,
    'create index rectification_event_case_idx on rectification_event(case_id, id)',
    `create function rectification_event_is_append_only() returns trigger language plpgsql as $$
     begin
       raise exception 'rectification_event is append-only (整治记录只能追加)';
     end $$`,
    `create trigger rectification_event_append_only before update or delete on rectification_event
       for each row execute function rectification_event_is_append_only()`,
    ...protectEnterpriseTable(
      'rectification_event',
      {
        kind: 'parent',
        visibleParent: 'exists (select 1 from rectification_case c where c.id = rectification_event.case_id)',
      },
      { force: true },
    ),
    `create table rectification_target (
       id integer generated always as identity primary key,
       year integer not null check (year between 1990 and 2100),
       unit_id text not null check (length(trim(unit_id)) > 0),
       closed_cases integer check (closed_cases >= 0),
       land_mu numeric check (land_mu >= 0),
       energy_tce numeric check (energy_tce >= 0),
       set_by text not null check (length(trim(set_by)) > 0),
       set_at timestamptz not null default now())`,
    'create index rectification_target_year_idx on rectification_target(year, unit_id, id)',
    `create function rectification_target_guard() returns trigger language plpgsql as $$
     begin
       raise exception 'rectification_target rows are never changed or deleted (考核目标记录不能修改或删除)';
     end $$`,
    `create trigger rectification_target_guard before update or delete on rectification_target
       for each row execute function rectification_target_guard()`,
    `grant select on rectification_target to ${SCOPED_ROLE}`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `revoke select on rectification_target from ${SCOPED_ROLE}`,
    'drop trigger rectification_target_guard on rectification_target',
    'drop function rectification_target_guard()',
    'drop table rectification_target',
    ...unprotectEnterpriseTable('rectification_event'),
    'drop trigger rectification_event_append_only on rectification_event',
    'drop function rectification_event_is_append_only()',
    'drop table rectification_event',
    ...unprotectEnterpriseTable('rectification_case'),
    'drop trigger rectification_case_guard on rectification_case',
    'drop function rectification_case_guard()',
    'drop table rectification_case',
  ]);
}
