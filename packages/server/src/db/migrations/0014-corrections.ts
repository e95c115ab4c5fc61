/**
 * Data corrections (数据更正申请, issue 8): an enterprise (or its county's staff) asks for a stored value to be
 * corrected; the city decides. `correction_request` keeps the enterprise (USCC and reporting unit), measure and
 * period, the value stored when the request was filed and the proposed one (exact decimal text), the reason, who
 * filed it and when, and the decision: accepted or rejected, by whom, when and why. An accepted correction is a
 * decision record — the value itself changes only through a re-import (a new revision of the source's file).
 * A decided request never changes again and no request is deleted (a trigger refuses both); at most one request
 * is pending per enterprise, measure and period. The table is enterprise-level, so it gets the row-level security
 * of 0012 (row-security-statements.ts), forced.
 */
import type { Kysely } from 'kysely';
import { protectEnterpriseTable, unprotectEnterpriseTable } from './row-security-statements.ts';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table correction_request (
       id integer generated always as identity primary key,
       uscc text not null references enterprise(uscc),
       reporting_unit_id text not null references reporting_unit(id),
       measure text not null references measure(code),
       period_year integer not null check (period_year between 1990 and 2100),
       period_month integer not null check (period_month between 0 and 12),
       current_value text,
       proposed_value text not null check (length(trim(proposed_value)) > 0),
       reason text not null check (length(trim(reason)) > 0),
       filed_by text not null check (length(trim(filed_by)) > 0),
       filed_at timestamptz not null default now(),
       status text not null default 'pending' check (status in ('pending', 'accepted', 'rejected')),
       decided_by text,
       decided_at timestamptz,
       decision_note text,
       check ((status = 'pending') = (decided_by is null)),
       check ((status = 'pending') = (decided_at is null)),
       check (status = 'pending' or length(trim(coalesce(decision_note, ''))) > 0))`,
    `create unique index correction_request_pending_idx on correction_request(uscc, measure, period_year, period_month)
       where status = 'pending'`,
    'create index correction_request_unit_idx on correction_request(reporting_unit_id, status, id)',
    `create function correction_request_guard() returns trigger language plpgsql as $$
     begin
       if tg_op = 'DELETE' then
         raise exception 'correction_request rows are never deleted (更正申请不能删除)';
       end if;
       if old.status <> 'pending' then
         raise exception 'correction_request %: a decided request does not change (已处理的更正申请不能修改)', old.id;
       end if;
       if (new.uscc, new.reporting_unit_id, new.measure, new.period_year, new.period_month, new.current_value,
           new.proposed_value, new.reason, new.filed_by, new.filed_at)
          is distinct from
          (old.uscc, old.reporting_unit_id, old.measure, old.period_year, old.period_month, old.current_value,
           old.proposed_value, old.reason, old.filed_by, old.filed_at) then
         raise exception 'correction_request %: only the decision may be added (只能填写处理结果)', old.id;
       end if;
       return new;
     end $$`,
    `create trigger correction_request_guard before update or delete on correction_request
       for each row execute function correction_request_guard()`,
    ...protectEnterpriseTable('correction_request', { kind: 'enterprise' }, { force: true }),
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    ...unprotectEnterpriseTable('correction_request'),
    'drop trigger correction_request_guard on correction_request',
    'drop function correction_request_guard()',
    'drop table correction_request',
  ]);
}
