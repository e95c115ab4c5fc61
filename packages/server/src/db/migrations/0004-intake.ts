/**
 * Intake: measures, raw files (content-addressed), import batches with their issues, observations
 * (append-only facts in canonical units, each knowing its batch and sheet row), and the revision state
 * that says which batch is current for a source and period. Rolling back is a new revision, not a delete.
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table measure (
       code text primary key,
       name_zh text not null,
       name_en text not null,
       dimension text not null,
       canonical_unit text not null,
       kind text not null check (kind in ('cumulative', 'monthly', 'annual', 'stock')),
       department text not null,
       confidential boolean not null,
       direction text not null)`,
    `create table raw_file (
       sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
       size_bytes integer not null,
       content bytea not null,
       first_name text not null,
       stored_at timestamptz not null default now())`,
    `create table import_batch (
       id integer generated always as identity primary key,
       source_profile text not null,
       period_year integer,
       period_month integer not null default 0 check (period_month between 0 and 12),
       file_sha256 text not null references raw_file(sha256),
       file_name text not null,
       sheet_name text,
       status text not null check (status in ('committed', 'rejected', 'rolled_back')),
       supersedes_batch_id integer references import_batch(id),
       rows_total integer not null,
       rows_accepted integer not null,
       rows_rejected integer not null,
       errors integer not null,
       warnings integer not null,
       created_by text not null,
       created_at timestamptz not null default now())`,
    'create index import_batch_source_idx on import_batch(source_profile, period_year, period_month, id)',
    'create index import_batch_sha_idx on import_batch(file_sha256)',
    `create table import_issue (
       batch_id integer not null references import_batch(id),
       seq integer not null,
       sheet_row integer,
       column_label text,
       code text not null,
       severity text not null check (severity in ('error', 'warning')),
       message_zh text not null,
       message_en text not null,
       primary key (batch_id, seq))`,
    // No foreign keys on observation: it is written only by the import path, which resolves every
    // enterprise, unit, measure and batch first, and per-row foreign-key checks would cost more than the
    // COPY itself. test/intake checks the references after imports.
    `create table observation (
       id bigint generated always as identity primary key,
       batch_id integer not null,
       enterprise_id integer not null,
       reporting_unit_id text not null,
       period_year integer not null,
       period_month integer not null check (period_month between 0 and 12),
       measure text not null,
       value numeric not null,
       base_value numeric,
       sheet_row integer not null)`,
    'create index observation_batch_idx on observation(batch_id)',
    'create index observation_lookup_idx on observation(enterprise_id, measure, period_year, period_month)',
    `create table source_period_state (
       source_profile text not null,
       period_year integer not null,
       period_month integer not null,
       current_batch_id integer references import_batch(id),
       revision integer not null,
       primary key (source_profile, period_year, period_month))`,
    `create table revision_event (
       id integer generated always as identity primary key,
       source_profile text not null,
       period_year integer not null,
       period_month integer not null,
       revision integer not null,
       action text not null check (action in ('commit', 'rollback')),
       batch_id integer not null references import_batch(id),
       current_batch_id integer references import_batch(id),
       actor text not null,
       note text,
       at timestamptz not null default now())`,
    `create view current_observation as
       select o.*
       from observation o
       join source_period_state s on s.current_batch_id = o.batch_id`,
    `create table source_mapping (
       source_profile text not null,
       column_key text not null,
       header_label text not null,
       saved_by text not null,
       saved_at timestamptz not null default now(),
       primary key (source_profile, column_key))`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'drop table source_mapping',
    'drop view current_observation',
    'drop table revision_event',
    'drop table source_period_state',
    'drop table observation',
    'drop table import_issue',
    'drop table import_batch',
    'drop table raw_file',
    'drop table measure',
  ]);
}
