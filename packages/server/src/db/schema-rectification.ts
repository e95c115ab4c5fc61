/** Kysely's view of the rectification tables (migration 0018): cases, their append-only trail, unit targets. */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CreatedAt, NullableNumeric } from './column-types.ts';

export type RectificationStatusColumn =
  'survey' | 'confirmed' | 'planned' | 'implementing' | 'accepted' | 'closed' | 'dismissed';
export type RectificationPlanColumn = 'upgrade' | 'merger' | 'reclaim' | 'relocate' | 'exit';
export type RectificationOriginColumn = 'evaluation' | 'data_rule' | 'local_report';

/** Only the status, plan, deadline and outcomes ever change (a trigger guards the rest); never deleted. */
export interface RectificationCaseTable {
  id: Generated<number>;
  enterprise_id: number;
  uscc: string;
  reporting_unit_id: string;
  year: number;
  origin: RectificationOriginColumn;
  origin_run_id: number | null;
  /** The data rules' findings (core RectificationFinding[]) or the run's candidate reasons. */
  origin_rules: JSONColumnType<unknown[], string | undefined, string>;
  land_mu: NullableNumeric;
  parcel_refs: JSONColumnType<string[], string | undefined, string>;
  energy_tce: NullableNumeric;
  plan_type: RectificationPlanColumn | null;
  status: ColumnType<RectificationStatusColumn, RectificationStatusColumn | undefined, RectificationStatusColumn>;
  /** 'YYYY-MM-DD'. */
  deadline: string | null;
  land_freed_mu: NullableNumeric;
  energy_freed_tce: NullableNumeric;
  tax_per_mu_before_yuan: NullableNumeric;
  tax_per_mu_after_yuan: NullableNumeric;
  note: string | null;
  opened_by: string;
  opened_at: CreatedAt;
  status_changed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** Append-only; from_status is null for the case's opening. */
export interface RectificationEventTable {
  id: Generated<number>;
  case_id: number;
  from_status: RectificationStatusColumn | null;
  to_status: RectificationStatusColumn;
  at: CreatedAt;
  by: string;
  note: string | null;
  evidence: string | null;
}

/** Never changed: the latest row per year and unit (a reporting unit id, or `city`) counts. */
export interface RectificationTargetTable {
  id: Generated<number>;
  year: number;
  unit_id: string;
  closed_cases: number | null;
  land_mu: NullableNumeric;
  energy_tce: NullableNumeric;
  set_by: string;
  set_at: CreatedAt;
}
