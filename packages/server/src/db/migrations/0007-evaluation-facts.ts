/**
 * Evidence facts (证据事实) for the 亩均 evaluation's bonus, penalty and veto rules: 高新技术企业, 专精特新, 重大安全事故,
 * 环保处罚 … per enterprise and data year, with the document that proves them (ref), a count, the date, the source
 * department and who recorded them. Facts are never deleted or changed: a wrong one is retracted (who, when, why)
 * and stays as history; a trigger refuses deletes and any update but the one retraction. One active fact per
 * enterprise, year, tag, document and date (the same file imported twice cannot count twice).
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table evaluation_fact (
       id integer generated always as identity primary key,
       enterprise_id integer not null references enterprise(id),
       reporting_unit_id text not null references reporting_unit(id),
       year integer not null check (year between 1900 and 2200),
       tag text not null check (length(tag) between 1 and 100),
       ref text check (ref is null or length(trim(ref)) > 0),
       count integer not null default 1 check (count >= 1),
       fact_date date,
       source text,
       note text,
       recorded_by text not null check (length(trim(recorded_by)) > 0),
       recorded_at timestamptz not null default now(),
       retracted_at timestamptz,
       retracted_by text,
       retract_reason text,
       check ((retracted_at is null) = (retracted_by is null)),
       check ((retracted_at is null) = (retract_reason is null)),
       check (retract_reason is null or length(trim(retract_reason)) > 0))`,
    `create unique index evaluation_fact_active_idx
       on evaluation_fact(enterprise_id, year, tag, coalesce(ref, ''), coalesce(fact_date, date '0001-01-01'))
       where retracted_at is null`,
    'create index evaluation_fact_year_idx on evaluation_fact(year, enterprise_id)',
    'create index evaluation_fact_unit_idx on evaluation_fact(reporting_unit_id, year)',
    `create function evaluation_fact_is_kept() returns trigger language plpgsql as $$
     begin
       if tg_op = 'DELETE' then
         raise exception 'evaluation_fact rows are never deleted (retract them instead)';
       end if;
       if old.retracted_at is not null then
         raise exception 'evaluation_fact % is already retracted', old.id;
       end if;
       if (new.id, new.enterprise_id, new.reporting_unit_id, new.year, new.tag, new.ref, new.count, new.fact_date,
           new.source, new.note, new.recorded_by, new.recorded_at)
          is distinct from
          (old.id, old.enterprise_id, old.reporting_unit_id, old.year, old.tag, old.ref, old.count, old.fact_date,
           old.source, old.note, old.recorded_by, old.recorded_at) then
         raise exception 'only the retraction of evaluation_fact % can be recorded', old.id;
       end if;
       return new;
     end $$`,
    `create trigger evaluation_fact_kept before update or delete on evaluation_fact
       for each row execute function evaluation_fact_is_kept()`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'drop trigger evaluation_fact_kept on evaluation_fact',
    'drop function evaluation_fact_is_kept()',
    'drop table evaluation_fact',
  ]);
}
