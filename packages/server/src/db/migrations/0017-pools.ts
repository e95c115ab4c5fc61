/**
 * Cultivation pools (企业培育库, issue 9): `pool_review` keeps the reviews (复核) of pool entries — which entry
 * (enterprise, tier, entry date), the review date, the outcome (kept 保留 / withdrawn 撤销), a note and the
 * reviewer (the acting account). A withdrawal ends the entry from its review date. Rows are never changed or
 * deleted (a later review is a new row). Enterprise-level, so under the row-level security of 0012, forced.
 * Tier transitions are computed from the lists, not stored.
 */
import type { Kysely } from 'kysely';
import { protectEnterpriseTable, unprotectEnterpriseTable } from './row-security-statements.ts';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table pool_review (
       id integer generated always as identity primary key,
       enterprise_id integer not null references enterprise(id),
       reporting_unit_id text not null references reporting_unit(id),
       tier text not null check (tier in ('eagle', 'young_eagle', 'specialised', 'little_giant',
         'single_champion', 'hidden_champion', 'listing_reserve', 'listed')),
       entry_date date not null,
       reviewed_on date not null check (reviewed_on >= entry_date),
       outcome text not null check (outcome in ('kept', 'withdrawn')),
       note text,
       reviewer text not null check (length(trim(reviewer)) > 0),
       recorded_at timestamptz not null default now())`,
    'create index pool_review_entry_idx on pool_review(enterprise_id, tier, entry_date, id)',
    'create index pool_review_unit_idx on pool_review(reporting_unit_id)',
    `create function pool_review_guard() returns trigger language plpgsql as $$
     begin
       raise exception 'pool_review rows are never changed or deleted (复核记录不能修改或删除)';
     end $$`,
    `create trigger pool_review_guard before update or delete on pool_review
       for each row execute function pool_review_guard()`,
    ...protectEnterpriseTable('pool_review', { kind: 'enterprise_id' }, { force: true }),
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    ...unprotectEnterpriseTable('pool_review'),
    'drop trigger pool_review_guard on pool_review',
    'drop function pool_review_guard()',
    'drop table pool_review',
  ]);
}
