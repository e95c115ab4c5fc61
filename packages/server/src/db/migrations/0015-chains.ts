/**
 * Industry chains (产业链图谱) and the investment-promotion roadmap (招商路线图, issue 9):
 * - `chain_definition`: each chain file as loaded, one row per id and version; a file whose digest changed is
 *   stored as the next version, the highest version is current (assessments name the version they used).
 * - `chain_link_assignment`: the bureau places an enterprise on links by hand (who, when, why); rows are never
 *   changed or deleted, the latest per chain and enterprise wins. An empty list of links takes the firm off the
 *   chain. Enterprise-level, so under the row-level security of 0012, forced.
 * - `chain_lead`: a target company for a gap (link) with its pipeline status, owned by a reporting unit;
 *   only the status (and when it changed) ever changes, and no lead is deleted.
 * - `chain_lead_event`: the append-only trail of a lead's moves (from, to, when, by whom, why).
 */
import type { Kysely } from 'kysely';
import { protectEnterpriseTable, unprotectEnterpriseTable } from './row-security-statements.ts';
import { runStatements } from './run-statements.ts';

const leadStatuses = `('lead', 'contact', 'visit', 'signed', 'landed', 'dropped')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table chain_definition (
       id text not null check (id ~ '^[a-z0-9][a-z0-9-]*$'),
       version integer not null check (version >= 1),
       digest text not null check (digest ~ '^[0-9a-f]{64}$'),
       document jsonb not null,
       source_file text not null,
       loaded_by text not null check (length(trim(loaded_by)) > 0),
       loaded_at timestamptz not null default now(),
       primary key (id, version))`,
    `create table chain_link_assignment (
       id integer generated always as identity primary key,
       chain_id text not null,
       uscc text not null references enterprise(uscc),
       reporting_unit_id text not null references reporting_unit(id),
       link_ids jsonb not null check (jsonb_typeof(link_ids) = 'array'),
       reason text not null check (length(trim(reason)) > 0),
       assigned_by text not null check (length(trim(assigned_by)) > 0),
       assigned_at timestamptz not null default now())`,
    'create index chain_link_assignment_chain_idx on chain_link_assignment(chain_id, uscc, id)',
    'create index chain_link_assignment_unit_idx on chain_link_assignment(reporting_unit_id)',
    `create function chain_link_assignment_guard() returns trigger language plpgsql as $$
     begin
       raise exception 'chain_link_assignment rows are never changed or deleted (人工归属记录不能修改或删除)';
     end $$`,
    `create trigger chain_link_assignment_guard before update or delete on chain_link_assignment
       for each row execute function chain_link_assignment_guard()`,
    ...protectEnterpriseTable('chain_link_assignment', { kind: 'enterprise' }, { force: true }),
    `create table chain_lead (
       id integer generated always as identity primary key,
       chain_id text not null,
       link_id text not null,
       company_name text not null check (length(trim(company_name)) > 0),
       uscc text,
       expected_investment_yuan numeric check (expected_investment_yuan >= 0),
       owner_unit_id text not null references reporting_unit(id),
       status text not null default 'lead' check (status in ${leadStatuses}),
       note text,
       created_by text not null check (length(trim(created_by)) > 0),
       created_at timestamptz not null default now(),
       status_changed_at timestamptz not null default now())`,
    'create index chain_lead_chain_idx on chain_lead(chain_id, status, id)',
    `create function chain_lead_guard() returns trigger language plpgsql as $$
     begin
       if tg_op = 'DELETE' then
         raise exception 'chain_lead rows are never deleted (招商线索不能删除)';
       end if;
       if (new.chain_id, new.link_id, new.company_name, new.uscc, new.expected_investment_yuan, new.owner_unit_id,
           new.note, new.created_by, new.created_at)
          is distinct from
          (old.chain_id, old.link_id, old.company_name, old.uscc, old.expected_investment_yuan, old.owner_unit_id,
           old.note, old.created_by, old.created_at) then
         raise exception 'chain_lead %: only the status may change (只能变更状态)', old.id;
       end if;
       return new;
     end $$`,
    `create trigger chain_lead_guard before update or delete on chain_lead
       for each row execute function chain_lead_guard()`,
    `create table chain_lead_event (
       id integer generated always as identity primary key,
       lead_id integer not null references chain_lead(id),
       from_status text check (from_status in ${leadStatuses}),
       to_status text not null check (to_status in ${leadStatuses}),
       at timestamptz not null default now(),
       by text not null check (length(trim(by)) > 0),
       reason text)`,
    'create index chain_lead_event_lead_idx on chain_lead_event(lead_id, id)',
    `create function chain_lead_event_is_append_only() returns trigger language plpgsql as $$
     begin
       raise exception 'chain_lead_event is append-only (线索记录只能追加)';
     end $$`,
    `create trigger chain_lead_event_append_only before update or delete on chain_lead_event
       for each row execute function chain_lead_event_is_append_only()`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'drop trigger chain_lead_event_append_only on chain_lead_event',
    'drop function chain_lead_event_is_append_only()',
    'drop table chain_lead_event',
    'drop trigger chain_lead_guard on chain_lead',
    'drop function chain_lead_guard()',
    'drop table chain_lead',
    ...unprotectEnterpriseTable('chain_link_assignment'),
    'drop trigger chain_link_assignment_guard on chain_link_assignment',
    'drop function chain_link_assignment_guard()',
    'drop table chain_link_assignment',
    'drop table chain_definition',
  ]);
}
