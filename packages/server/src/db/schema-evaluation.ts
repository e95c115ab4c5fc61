/**
 * Kysely's view of the 亩均 evaluation tables (migration 0006): schemes, runs, results, re-grades, appeals, events;
 * and the two-person approval requests of class changes (migration 0013).
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CreatedAt, NullableNumeric } from './column-types.ts';

export interface EvaluationSchemeTable {
  id: string;
  version: number;
  year: number;
  region: string | null;
  name_zh: string;
  name_en: string;
  document: JSONColumnType<Record<string, unknown>>;
  digest: string;
  source_file: string | null;
  loaded_by: string;
  loaded_at: CreatedAt;
}

export interface EvaluationRunTable {
  id: Generated<number>;
  scheme_id: string;
  scheme_version: number;
  year: number;
  region: string | null;
  status: ColumnType<string, string | undefined, string>;
  digest: string;
  scheme_digest: string;
  input_digest: string;
  /** The whole EvaluationRun of core (scheme, input, baselines, results, digest). */
  run: JSONColumnType<Record<string, unknown>>;
  created_by: string;
  created_at: CreatedAt;
  submitted_by: string | null;
  submitted_at: Date | null;
  published_by: string | null;
  published_at: Date | null;
  appeal_deadline: Date | null;
}

export interface EvaluationResultTable {
  run_id: number;
  enterprise_id: number;
  reporting_unit_id: string;
  unit_id: string;
  group_id: string | null;
  status: string;
  total: NullableNumeric;
  rank: number | null;
  percentile: NullableNumeric;
  initial_class: string | null;
  final_class: string | null;
  unrated_reason: string | null;
  unrated_reason_zh: string | null;
  unrated_reason_en: string | null;
}

export interface EvaluationRegradeTable {
  id: Generated<number>;
  run_id: number;
  enterprise_id: number;
  reporting_unit_id: string;
  from_class: string;
  to_class: string;
  reason: string;
  requested_by: string;
  approved_by: string;
  created_at: CreatedAt;
  /** The approval request it was applied from (migration 0013; null for re-grades stored before it). */
  approval_id: ColumnType<number | null, number | null | undefined, never>;
}

export interface EvaluationAppealTable {
  id: Generated<number>;
  run_id: number;
  enterprise_id: number;
  reporting_unit_id: string;
  reason: string;
  requested_class: string | null;
  filed_by: string;
  filed_at: CreatedAt;
  status: ColumnType<string, string | undefined, string>;
  decision_reason: string | null;
  decided_by: string | null;
  approved_by: string | null;
  decided_at: Date | null;
  class_before: string | null;
  class_after: string | null;
}

/**
 * A class change waiting for (or decided by) a second person: a re-grade, or an appeal's acceptance that changes
 * the class. Only the decision may be added to a pending row; decided rows never change (a trigger refuses).
 */
export interface EvaluationApprovalTable {
  id: Generated<number>;
  kind: 'regrade' | 'appeal';
  run_id: number;
  enterprise_id: number;
  reporting_unit_id: string;
  /** The appeal whose acceptance waits for approval (kind `appeal` only). */
  appeal_id: number | null;
  from_class: string;
  to_class: string;
  reason: string;
  requested_by: string;
  requested_at: CreatedAt;
  status: ColumnType<
    'pending' | 'approved' | 'rejected',
    'pending' | 'approved' | 'rejected' | undefined,
    'approved' | 'rejected'
  >;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
}

/** Append-only (a trigger refuses updates and deletes): the trail the audit log will absorb. */
export interface EvaluationEventTable {
  id: Generated<number>;
  run_id: number | null;
  scheme_id: string | null;
  enterprise_id: number | null;
  reporting_unit_id: string | null;
  action: string;
  actor: string;
  at: CreatedAt;
  details: JSONColumnType<Record<string, unknown>>;
}
