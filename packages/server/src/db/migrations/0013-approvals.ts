/**
 * Two-person approval of class changes (issue 7): a re-grade (调档) or the acceptance of an appeal that changes a
 * final class is first a pending request by one person and changes the class only when a second person approves
 * it. `evaluation_approval` keeps every request with its decision: who asked, who decided (never the same person,
 * a check says so), when and why. A decided request never changes again and no request is deleted (a trigger
 * refuses both); at most one request is pending per enterprise and run for a re-grade and per appeal.
 * `evaluation_regrade.approval_id` links an applied re-grade to the request it came from. The table is
 * enterprise-level, so it gets the row-level security of 0012 (row-security-statements.ts), forced.
 */
import type { Kysely } from 'kysely';
import { protectEnterpriseTable, unprotectEnterpriseTable } from './row-security-statements.ts';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table evaluation_approval (
       id integer generated always as identity primary key,
       kind text not null check (kind in ('regrade', 'appeal')),
       run_id integer not null references evaluation_run(id),
       enterprise_id integer not null references enterprise(id),
       reporting_unit_id text not null references reporting_unit(id),
       appeal_id integer references evaluation_appeal(id),
       from_class text not null,
       to_class text not null,
       reason text not null check (length(trim(reason)) > 0),
       requested_by text not null check (length(trim(requested_by)) > 0),
       requested_at timestamptz not null default now(),
       status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
       decided_by text,
       decided_at timestamptz,
       decision_note text,
       check (to_class <> from_class),
       check ((kind = 'appeal') = (appeal_id is not null)),
       check ((status = 'pending') = (decided_by is null)),
       check ((status = 'pending') = (decided_at is null)),
       check (decided_by is null or (length(trim(decided_by)) > 0 and decided_by <> requested_by)),
       check (status <> 'rejected' or length(trim(coalesce(decision_note, ''))) > 0))`,
    `create unique index evaluation_approval_pending_regrade_idx on evaluation_approval(run_id, enterprise_id)
       where status = 'pending' and kind = 'regrade'`,
    `create unique index evaluation_approval_pending_appeal_idx on evaluation_approval(appeal_id)
       where status = 'pending'`,
    'create index evaluation_approval_run_idx on evaluation_approval(run_id, kind, id)',
    `create function evaluation_approval_guard() returns trigger language plpgsql as $$
     begin
       if tg_op = 'DELETE' then
         raise exception 'evaluation_approval rows are never deleted (审批记录不能删除)';
       end if;
       if old.status <> 'pending' then
         raise exception 'evaluation_approval %: a decided request does not change (已处理的审批不能修改)', old.id;
       end if;
       if (new.kind, new.run_id, new.enterprise_id, new.reporting_unit_id, new.appeal_id, new.from_class,
           new.to_class, new.reason, new.requested_by, new.requested_at)
          is distinct from
          (old.kind, old.run_id, old.enterprise_id, old.reporting_unit_id, old.appeal_id, old.from_class,
           old.to_class, old.reason, old.requested_by, old.requested_at) then
         raise exception 'evaluation_approval %: only the decision may be added (只能填写审批结果)', old.id;
       end if;
       return new;
     end $$`,
    `create trigger evaluation_approval_guard before update or delete on evaluation_approval
       for each row execute function evaluation_approval_guard()`,
    'alter table evaluation_regrade add column approval_id integer references evaluation_approval(id)',
    ...protectEnterpriseTable('evaluation_approval', { kind: 'enterprise_id' }, { force: true }),
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'alter table evaluation_regrade drop column approval_id',
    ...unprotectEnterpriseTable('evaluation_approval'),
    'drop trigger evaluation_approval_guard on evaluation_approval',
    'drop function evaluation_approval_guard()',
    'drop table evaluation_approval',
  ]);
}
