/** The cluster registry: systems (口径), clusters, designations with status history, zones, catalogue, targets. */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table cluster_system (
       id text primary key,
       name_zh text not null,
       name_en text not null,
       owner text not null check (owner in ('national', 'province', 'city')),
       region_id text not null references region(id),
       additive boolean not null,
       illustrative boolean not null default false,
       source text,
       description text,
       facts jsonb not null default '{}'::jsonb,
       loaded_from text,
       updated_at timestamptz not null default now())`,
    `create table cluster (
       id text primary key,
       system_id text not null references cluster_system(id) on delete cascade,
       parent_id text references cluster(id) on delete cascade,
       name_zh text not null,
       name_en text not null,
       tier text,
       description text,
       sort_order integer not null)`,
    'create index cluster_system_idx on cluster(system_id)',
    `create table designation (
       id integer generated always as identity primary key,
       cluster_id text not null references cluster(id) on delete cascade,
       level text not null check (level in ('world', 'national', 'provincial_characteristic', 'provincial_nova', 'city')),
       batch integer check (batch > 0),
       year integer,
       status text not null check (status in ('candidate', 'cultivating', 'recognised', 'reviewed', 'withdrawn')),
       source text,
       note text,
       sort_order integer not null)`,
    'create index designation_cluster_idx on designation(cluster_id)',
    `create table designation_status_change (
       id integer generated always as identity primary key,
       designation_id integer not null references designation(id) on delete cascade,
       status text not null,
       changed_on date,
       note text)`,
    `create table cluster_zone (
       id integer generated always as identity primary key,
       designation_id integer not null references designation(id) on delete cascade,
       region_id text not null references region(id),
       role text not null check (role in ('core', 'collaborative', 'member_city', 'focus')),
       note text)`,
    'create index cluster_zone_region_idx on cluster_zone(region_id)',
    `create table catalogue_entry (
       id integer generated always as identity primary key,
       system_id text not null references cluster_system(id) on delete cascade,
       cluster_id text not null references cluster(id) on delete cascade,
       industry_prefix text not null check (industry_prefix ~ '^[0-9]{2,4}$'),
       coverage text not null check (coverage in ('full', 'partial')),
       valid_from integer,
       valid_to integer,
       note text,
       check (valid_to is null or valid_from is null or valid_to >= valid_from))`,
    'create index catalogue_entry_system_idx on catalogue_entry(system_id, industry_prefix)',
    `create table target (
       id text not null,
       system_id text not null references cluster_system(id) on delete cascade,
       cluster_id text references cluster(id) on delete cascade,
       name_zh text not null,
       name_en text not null,
       measure text not null,
       value numeric not null,
       unit text not null,
       canonical_value numeric,
       canonical_unit text,
       deadline date not null,
       baseline_value numeric,
       baseline_year integer,
       owner text,
       source text,
       sort_order integer not null,
       primary key (system_id, id))`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'drop table target',
    'drop table catalogue_entry',
    'drop table cluster_zone',
    'drop table designation_status_change',
    'drop table designation',
    'drop table cluster',
    'drop table cluster_system',
  ]);
}
