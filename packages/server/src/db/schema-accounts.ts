/** Kysely's view of accounts, sessions and the audit log (migration 0011). */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CreatedAt } from './column-types.ts';

export interface AccountTable {
  id: Generated<number>;
  login: string;
  display_name: string;
  role: string;
  scope_reporting_unit_id: string | null;
  scope_system_id: string | null;
  scope_cluster_id: string | null;
  scope_uscc: string | null;
  password_hash: string;
  password_changed_at: ColumnType<Date, Date | string | undefined, Date | string>;
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  /** The TOTP time step last accepted (a code is never accepted twice); bigint comes back as text. */
  totp_last_step: ColumnType<string | null, number | null, number | null>;
  failed_logins: ColumnType<number, number | undefined, number>;
  locked_until: Date | null;
  sessions_valid_after: ColumnType<Date, Date | string | undefined, Date | string>;
  disabled_at: Date | null;
  disabled_by: string | null;
  created_by: string;
  created_at: CreatedAt;
}

export interface AccountPasswordHistoryTable {
  account_id: number;
  password_hash: string;
  set_at: CreatedAt;
}

export interface AccountSessionTable {
  token_hash: string;
  account_id: number;
  csrf_token: string;
  second_factor_passed: boolean;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: Date;
  origin: string | null;
  user_agent: string | null;
  ended_at: Date | null;
  end_reason: string | null;
}

export interface AuditLogTable {
  /** bigint comes back as text. */
  sequence: ColumnType<string, number | string, never>;
  at: ColumnType<Date, Date | string, never>;
  actor: string;
  action: string;
  target: string;
  origin: string | null;
  details: JSONColumnType<Record<string, unknown> | unknown[] | null, string, string>;
  previous_hash: string;
  hash: string;
}
