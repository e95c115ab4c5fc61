/**
 * Accounts, sessions and the audit log (issue 7). An account has exactly one role and the scope the role needs
 * (a reporting unit, a cluster, an enterprise's USCC, or none); checks in the table refuse a scope that does not
 * fit. Passwords are argon2id hashes with their history; the TOTP secret is kept for accounts that enrolled.
 * Sessions are stored by the SHA-256 of their token (the token itself never reaches the database), with idle and
 * absolute expiry and a CSRF token. audit_log is append-only (a trigger refuses UPDATE and DELETE) and
 * hash-chained: each row's hash covers its content and the previous row's hash (core/access/audit-chain.ts).
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table account (
       id integer generated always as identity primary key,
       login text not null unique check (login ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
       display_name text not null,
       role text not null check (role in ('city_admin', 'city_analyst', 'county_staff', 'cluster_org',
         'enterprise_user', 'leader', 'system_admin', 'security_admin', 'auditor')),
       scope_reporting_unit_id text references reporting_unit(id),
       scope_system_id text,
       scope_cluster_id text,
       scope_uscc text,
       password_hash text not null,
       password_changed_at timestamptz not null default now(),
       must_change_password boolean not null default true,
       totp_secret text,
       totp_enabled_at timestamptz,
       totp_last_step bigint,
       failed_logins integer not null default 0 check (failed_logins >= 0),
       locked_until timestamptz,
       sessions_valid_after timestamptz not null default 'epoch',
       disabled_at timestamptz,
       disabled_by text,
       created_by text not null,
       created_at timestamptz not null default now(),
       check ((role = 'county_staff') = (scope_reporting_unit_id is not null)),
       check ((role = 'cluster_org') = (scope_cluster_id is not null and scope_system_id is not null)),
       check ((role = 'enterprise_user') = (scope_uscc is not null)))`,
    `create table account_password_history (
       account_id integer not null references account(id),
       password_hash text not null,
       set_at timestamptz not null default now())`,
    'create index account_password_history_idx on account_password_history(account_id, set_at desc)',
    `create table account_session (
       token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
       account_id integer not null references account(id),
       csrf_token text not null,
       second_factor_passed boolean not null,
       created_at timestamptz not null default now(),
       last_seen_at timestamptz not null default now(),
       expires_at timestamptz not null,
       origin text,
       user_agent text,
       ended_at timestamptz,
       end_reason text)`,
    'create index account_session_account_idx on account_session(account_id) where ended_at is null',
    `create table audit_log (
       sequence bigint primary key check (sequence >= 1),
       at timestamptz not null,
       actor text not null,
       action text not null,
       target text not null,
       origin text,
       details jsonb not null,
       previous_hash text not null check (previous_hash ~ '^[0-9a-f]{64}$'),
       hash text not null unique check (hash ~ '^[0-9a-f]{64}$'))`,
    'create index audit_log_at_idx on audit_log(at)',
    'create index audit_log_target_idx on audit_log(target, sequence)',
    `create function audit_log_is_append_only() returns trigger language plpgsql as $$
       begin
         raise exception 'audit_log is append-only (审计日志只能追加)';
       end $$`,
    `create trigger audit_log_append_only before update or delete on audit_log
       for each row execute function audit_log_is_append_only()`,
    `create trigger audit_log_no_truncate before truncate on audit_log
       for each statement execute function audit_log_is_append_only()`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'drop table audit_log',
    'drop function audit_log_is_append_only()',
    'drop table account_session',
    'drop table account_password_history',
    'drop table account',
  ]);
}
