/**
 * Enterprises: identity by USCC, name history, yearly attributes, land parcels and manual cluster
 * assignments. Every enterprise-level table carries reporting_unit_id, the key for row-level security and,
 * one day, for distributing the tables by reporting unit.
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    // Positions 1–17 use the code alphabet; position 18 may hold a wrong check character (a confirmed warning).
    `create table enterprise (
       id integer generated always as identity primary key,
       uscc text not null unique check (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{17}[0-9A-Z]$'),
       reporting_unit_id text not null references reporting_unit(id),
       uscc_warning text,
       uscc_confirmed_by text,
       uscc_confirmed_at timestamptz,
       created_at timestamptz not null default now())`,
    'create index enterprise_unit_idx on enterprise(reporting_unit_id)',
    `create table enterprise_name (
       enterprise_id integer not null references enterprise(id),
       reporting_unit_id text not null references reporting_unit(id),
       name text not null check (length(trim(name)) > 0),
       valid_from date not null,
       recorded_at timestamptz not null default now(),
       primary key (enterprise_id, valid_from))`,
    `create table enterprise_year (
       enterprise_id integer not null references enterprise(id),
       year integer not null check (year between 1990 and 2100),
       reporting_unit_id text not null references reporting_unit(id),
       industry_code text,
       above_scale boolean,
       in_production boolean,
       primary key (enterprise_id, year))`,
    'create index enterprise_year_unit_idx on enterprise_year(reporting_unit_id, year)',
    `create table land_parcel (
       id integer generated always as identity primary key,
       enterprise_id integer not null references enterprise(id),
       reporting_unit_id text not null references reporting_unit(id),
       certificate_no text not null,
       tenure text not null check (tenure in ('own', 'rented_in', 'rented_out')),
       area_mu numeric not null check (area_mu >= 0),
       counterpart_uscc text,
       valid_from date,
       valid_to date)`,
    'create index land_parcel_enterprise_idx on land_parcel(enterprise_id)',
    `create table cluster_assignment_override (
       id integer generated always as identity primary key,
       enterprise_id integer not null references enterprise(id),
       reporting_unit_id text not null references reporting_unit(id),
       system_id text not null references cluster_system(id) on delete cascade,
       year integer not null,
       cluster_id text references cluster(id) on delete cascade,
       reason text not null check (length(trim(reason)) > 0),
       assigned_by text not null,
       assigned_at timestamptz not null default now())`,
    'create index cluster_assignment_override_idx on cluster_assignment_override(enterprise_id, system_id, year, id)',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'drop table cluster_assignment_override',
    'drop table land_parcel',
    'drop table enterprise_year',
    'drop table enterprise_name',
    'drop table enterprise',
  ]);
}
