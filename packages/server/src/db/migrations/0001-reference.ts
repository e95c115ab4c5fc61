/** Reference data: regions, reporting units, the GB/T 4754 industry classification, units of measure. */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table reference_dataset (
       name text primary key,
       digest text not null,
       rows integer not null,
       loaded_at timestamptz not null default now())`,
    `create table region (
       id text primary key,
       gbt2260_code text unique check (gbt2260_code ~ '^[0-9]{6}$'),
       name_zh text not null,
       name_en text not null,
       level text not null check (level in ('country', 'province', 'city', 'county', 'functional_zone')),
       parent_id text references region(id))`,
    `create table reporting_unit (
       id text primary key,
       city_region_id text not null references region(id),
       region_id text not null unique references region(id),
       name_zh text not null,
       name_en text not null,
       sort_order integer not null)`,
    `create table industry (
       edition text not null,
       code text not null,
       level text not null check (level in ('section', 'division', 'group', 'class')),
       name_zh text not null,
       parent_code text,
       section text not null,
       sort_order integer not null,
       primary key (edition, code),
       foreign key (edition, parent_code) references industry(edition, code))`,
    `create table unit_of_measure (
       code text primary key,
       name_zh text not null,
       name_en text not null,
       symbol text not null,
       dimension text not null,
       factor_to_canonical numeric not null check (factor_to_canonical > 0))`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'drop table unit_of_measure',
    'drop table industry',
    'drop table reporting_unit',
    'drop table region',
    'drop table reference_dataset',
  ]);
}
