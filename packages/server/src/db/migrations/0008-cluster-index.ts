/**
 * The cluster development index (产业集群发展指数): its definitions as loaded or stored by the bureau (document and
 * digest, one row per id and version; a version never changes), and every computed result naming the definition
 * version and digest it came from, the period, the digest of its input (the indicator table) and its own digest
 * (recomputing the same input gives the same digest, so a result is stored once).
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table index_definition (
       id text not null,
       version integer not null check (version >= 1),
       valid_from integer not null,
       system_id text not null,
       name_zh text not null,
       name_en text not null,
       document jsonb not null,
       digest text not null check (digest ~ '^[0-9a-f]{64}$'),
       source text not null,
       loaded_by text not null,
       loaded_at timestamptz not null default now(),
       primary key (id, version))`,
    `create table index_result (
       id integer generated always as identity primary key,
       definition_id text not null,
       definition_version integer not null,
       definition_digest text not null,
       kind text not null check (kind in ('clusters', 'series')),
       period text not null,
       input_digest text not null check (input_digest ~ '^[0-9a-f]{64}$'),
       digest text not null check (digest ~ '^[0-9a-f]{64}$'),
       result jsonb not null,
       computed_by text not null,
       computed_at timestamptz not null default now(),
       foreign key (definition_id, definition_version) references index_definition(id, version),
       unique (definition_id, definition_version, kind, period, input_digest))`,
    'create index index_result_period_idx on index_result(kind, period, id)',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['drop table index_result', 'drop table index_definition']);
}
