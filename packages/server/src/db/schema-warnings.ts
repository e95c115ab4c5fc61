/** Kysely's view of the warning tables (migration 0009): rule sets, warnings, the append-only event trail. */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CreatedAt, UpdatedAt } from './column-types.ts';

export interface WarningRuleSetTable {
  id: Generated<number>;
  digest: string;
  /** The parsed rules as loaded. */
  document: JSONColumnType<Record<string, unknown>>;
  source: string;
  loaded_by: string;
  /** Set again when the same rule set is loaded again (it becomes current). */
  loaded_at: UpdatedAt;
}

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface WarningTable {
  id: Generated<number>;
  rule_id: string;
  rule_digest: string;
  rule_set_id: number;
  kind: string;
  subject_kind: string;
  subject_id: string;
  subject_name_zh: string;
  subject_name_en: string;
  reporting_unit_id: string | null;
  period_year: number;
  period_month: number;
  severity: string;
  figures: JSONColumnType<Record<string, unknown>>;
  message_zh: string;
  message_en: string;
  owner: string;
  status: ColumnType<string, string | undefined, string>;
  opened_at: CreatedAt;
  last_seen_at: Timestamp;
  cleared_at: Date | null;
  acknowledged_by: string | null;
  acknowledged_at: Date | null;
  closed_by: string | null;
  closed_at: Date | null;
  close_note: string | null;
}

/** Append-only (a trigger refuses updates and deletes). warning_id is null for events of a whole run. */
export interface WarningEventTable {
  id: Generated<number>;
  warning_id: number | null;
  action: string;
  actor: string;
  at: CreatedAt;
  details: JSONColumnType<Record<string, unknown>>;
}
