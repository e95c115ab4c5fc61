/**
 * Registers fed by the import path (issue 3, DOMAIN.md §6): project lists (project, with project_progress:
 * one point per project and period), cultivation-pool lists (pool_entry), and the land file's parcels
 * (land_parcel gains its batch and sheet row). Every row belongs to an import batch and is never changed;
 * the current_* views read the rows of the batch that is current for its source and period
 * (source_period_state), so a corrected file is a new revision, history stays, and rollback works exactly
 * as for observations. Manual parcels (batch_id null) are always current.
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

const milestones = ['signing', 'filing', 'land_supply', 'start', 'completion', 'production', 'full_production'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'alter table land_parcel add column batch_id integer references import_batch(id)',
    'alter table land_parcel add column sheet_row integer',
    'create index land_parcel_batch_idx on land_parcel(batch_id)',
    `create view current_land_parcel as
       select p.* from land_parcel p
       where p.batch_id is null
          or p.batch_id in (select current_batch_id from source_period_state where current_batch_id is not null)`,
    // cluster_id has no foreign key: a registry load replaces a system's clusters, and a project keeps the
    // cluster text as given; the id is what the registry resolved at import time.
    `create table project (
       id integer generated always as identity primary key,
       batch_id integer not null references import_batch(id),
       sheet_row integer not null,
       period_year integer not null,
       period_month integer not null check (period_month between 0 and 12),
       code text not null check (length(trim(code)) > 0),
       name text not null,
       enterprise_id integer references enterprise(id),
       uscc text,
       enterprise_name text,
       reporting_unit_id text not null references reporting_unit(id),
       cluster_text text,
       cluster_id text,
       construction_type text check (construction_type in ('new', 'expansion', 'renovation')),
       industry_code text,
       technical_renovation boolean,
       status_text text,
       planned_total_yuan numeric check (planned_total_yuan >= 0),
       planned_annual_yuan numeric check (planned_annual_yuan >= 0),
       completed_yuan numeric check (completed_yuan >= 0),
       land_mu numeric check (land_mu >= 0),
       expected_output_yuan numeric check (expected_output_yuan >= 0),
       expected_tax_yuan numeric check (expected_tax_yuan >= 0),
       ${milestones.map((m) => `${m}_planned date, ${m}_actual date`).join(',\n       ')},
       unique (batch_id, code))`,
    'create index project_code_idx on project(code, period_year, period_month)',
    'create index project_unit_idx on project(reporting_unit_id)',
    `create table project_progress (
       batch_id integer not null references import_batch(id),
       project_code text not null,
       period_year integer not null,
       period_month integer not null check (period_month between 1 and 12),
       completed_yuan numeric not null check (completed_yuan >= 0),
       sheet_row integer not null,
       primary key (batch_id, project_code))`,
    'create index project_progress_code_idx on project_progress(project_code, period_year, period_month)',
    `create table pool_entry (
       id integer generated always as identity primary key,
       batch_id integer not null references import_batch(id),
       sheet_row integer not null,
       period_year integer not null,
       enterprise_id integer not null references enterprise(id),
       reporting_unit_id text not null references reporting_unit(id),
       tier text not null check (tier in ('eagle', 'young_eagle', 'specialised', 'little_giant',
         'single_champion', 'hidden_champion', 'listing_reserve', 'listed')),
       tier_text text not null,
       entry_date date not null,
       valid_until date not null check (valid_until >= entry_date),
       document text,
       level text check (level in ('national', 'provincial', 'municipal')),
       unique (batch_id, enterprise_id, tier))`,
    'create index pool_entry_enterprise_idx on pool_entry(enterprise_id, tier)',
    `create view current_project as
       select p.* from project p join source_period_state s on s.current_batch_id = p.batch_id`,
    `create view current_project_progress as
       select p.* from project_progress p join source_period_state s on s.current_batch_id = p.batch_id`,
    `create view current_pool_entry as
       select p.* from pool_entry p join source_period_state s on s.current_batch_id = p.batch_id`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'drop view current_pool_entry',
    'drop view current_project_progress',
    'drop view current_project',
    'drop table pool_entry',
    'drop table project_progress',
    'drop table project',
    'drop view current_land_parcel',
    'drop index land_parcel_batch_idx',
    'alter table land_parcel drop column sheet_row',
    'alter table land_parcel drop column batch_id',
  ]);
}
