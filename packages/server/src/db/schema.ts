/**
 * Kysely's view of the schema: one interface per table, as the migrations in ./migrations create it.
 * Numeric columns come back as strings (exact decimals); dates as 'YYYY-MM-DD' strings.
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** A time that is set again when the row is recomputed. */
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Numeric = ColumnType<string, string | number, string | number>;
type NullableNumeric = ColumnType<string | null, string | number | null, string | number | null>;

export interface ReferenceDatasetTable {
  name: string;
  digest: string;
  rows: number;
  loaded_at: ColumnType<Date, Date | undefined, Date>;
}

export interface RegionTable {
  id: string;
  gbt2260_code: string | null;
  name_zh: string;
  name_en: string;
  level: string;
  parent_id: string | null;
}

export interface ReportingUnitTable {
  id: string;
  city_region_id: string;
  region_id: string;
  name_zh: string;
  name_en: string;
  sort_order: number;
}

export interface IndustryTable {
  edition: string;
  code: string;
  level: string;
  name_zh: string;
  parent_code: string | null;
  section: string;
  sort_order: number;
}

export interface UnitOfMeasureTable {
  code: string;
  name_zh: string;
  name_en: string;
  symbol: string;
  dimension: string;
  factor_to_canonical: Numeric;
}

export interface ClusterSystemTable {
  id: string;
  name_zh: string;
  name_en: string;
  owner: string;
  region_id: string;
  additive: boolean;
  illustrative: boolean;
  source: string | null;
  description: string | null;
  facts: JSONColumnType<Record<string, string | number>>;
  loaded_from: string | null;
  updated_at: CreatedAt;
}

export interface ClusterTable {
  id: string;
  system_id: string;
  parent_id: string | null;
  name_zh: string;
  name_en: string;
  tier: string | null;
  description: string | null;
  sort_order: number;
}

export interface DesignationTable {
  id: Generated<number>;
  cluster_id: string;
  level: string;
  batch: number | null;
  year: number | null;
  status: string;
  source: string | null;
  note: string | null;
  sort_order: number;
}

export interface DesignationStatusChangeTable {
  id: Generated<number>;
  designation_id: number;
  status: string;
  changed_on: string | null;
  note: string | null;
}

export interface ClusterZoneTable {
  id: Generated<number>;
  designation_id: number;
  region_id: string;
  role: string;
  note: string | null;
}

export interface CatalogueEntryTable {
  id: Generated<number>;
  system_id: string;
  cluster_id: string;
  industry_prefix: string;
  coverage: string;
  valid_from: number | null;
  valid_to: number | null;
  note: string | null;
}

export interface TargetTable {
  id: string;
  system_id: string;
  cluster_id: string | null;
  name_zh: string;
  name_en: string;
  measure: string;
  value: Numeric;
  unit: string;
  canonical_value: NullableNumeric;
  canonical_unit: string | null;
  deadline: string;
  baseline_value: NullableNumeric;
  baseline_year: number | null;
  owner: string | null;
  source: string | null;
  sort_order: number;
}

export interface EnterpriseTable {
  id: Generated<number>;
  uscc: string;
  reporting_unit_id: string;
  uscc_warning: string | null;
  uscc_confirmed_by: string | null;
  uscc_confirmed_at: Date | null;
  created_at: CreatedAt;
}

export interface EnterpriseNameTable {
  enterprise_id: number;
  reporting_unit_id: string;
  name: string;
  valid_from: string;
  recorded_at: CreatedAt;
}

export interface EnterpriseYearTable {
  enterprise_id: number;
  year: number;
  reporting_unit_id: string;
  industry_code: string | null;
  above_scale: boolean | null;
  in_production: boolean | null;
}

export interface LandParcelTable {
  id: Generated<number>;
  enterprise_id: number;
  reporting_unit_id: string;
  certificate_no: string;
  tenure: string;
  area_mu: Numeric;
  counterpart_uscc: string | null;
  valid_from: string | null;
  valid_to: string | null;
}

export interface ClusterAssignmentOverrideTable {
  id: Generated<number>;
  enterprise_id: number;
  reporting_unit_id: string;
  system_id: string;
  year: number;
  cluster_id: string | null;
  reason: string;
  assigned_by: string;
  assigned_at: CreatedAt;
}

export interface MeasureTable {
  code: string;
  name_zh: string;
  name_en: string;
  dimension: string;
  canonical_unit: string;
  kind: string;
  department: string;
  confidential: boolean;
  direction: string;
}

export interface RawFileTable {
  sha256: string;
  size_bytes: number;
  content: Uint8Array;
  first_name: string;
  stored_at: CreatedAt;
}

export interface ImportBatchTable {
  id: Generated<number>;
  source_profile: string;
  period_year: number | null;
  period_month: number;
  file_sha256: string;
  file_name: string;
  sheet_name: string | null;
  status: string;
  supersedes_batch_id: number | null;
  rows_total: number;
  rows_accepted: number;
  rows_rejected: number;
  errors: number;
  warnings: number;
  created_by: string;
  created_at: CreatedAt;
}

export interface ImportIssueTable {
  batch_id: number;
  seq: number;
  sheet_row: number | null;
  column_label: string | null;
  code: string;
  severity: string;
  message_zh: string;
  message_en: string;
}

export interface ObservationTable {
  id: Generated<number>;
  batch_id: number;
  enterprise_id: number;
  reporting_unit_id: string;
  period_year: number;
  period_month: number;
  measure: string;
  value: Numeric;
  base_value: NullableNumeric;
  sheet_row: number;
}

export interface SourcePeriodStateTable {
  source_profile: string;
  period_year: number;
  period_month: number;
  current_batch_id: number | null;
  revision: number;
}

export interface RevisionEventTable {
  id: Generated<number>;
  source_profile: string;
  period_year: number;
  period_month: number;
  revision: number;
  action: string;
  batch_id: number;
  current_batch_id: number | null;
  actor: string;
  note: string | null;
  at: CreatedAt;
}

export interface SourceMappingTable {
  source_profile: string;
  column_key: string;
  header_label: string;
  saved_by: string;
  saved_at: CreatedAt;
}

export interface ClusterMembershipTable {
  system_id: string;
  year: number;
  enterprise_id: number;
  cluster_id: string;
}

export interface MembershipTransitionTable {
  system_id: string;
  year: number;
  now_cluster: string | null;
  before_cluster: string | null;
  now_unit: string | null;
  before_unit: string | null;
  enterprises: number;
}

export interface MembershipStateTable {
  system_id: string;
  year: number;
  members: number;
  computed_at: UpdatedAt;
}

/** '*' in system_id, cluster_id or reporting_unit_id means "all" (city scope, system total, whole city). */
export interface StatisticAggregateTable {
  system_id: string;
  cluster_id: string;
  reporting_unit_id: string;
  period_year: number;
  period_month: number;
  measure: string;
  value: Numeric;
  value_with_base: Numeric;
  base: NullableNumeric;
  contributors: number;
  reported_base: number;
  derived_base: number;
}

export interface AggregateStateTable {
  period_year: number;
  period_month: number;
  cells: number;
  computed_at: UpdatedAt;
}

export interface OfficialGrowthRateTable {
  measure: string;
  scope: string;
  period_year: number;
  period_month: number;
  rate: Numeric;
  source: string;
  recorded_by: string;
  recorded_at: UpdatedAt;
}

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

export interface DatabaseSchema {
  reference_dataset: ReferenceDatasetTable;
  region: RegionTable;
  reporting_unit: ReportingUnitTable;
  industry: IndustryTable;
  unit_of_measure: UnitOfMeasureTable;
  cluster_system: ClusterSystemTable;
  cluster: ClusterTable;
  designation: DesignationTable;
  designation_status_change: DesignationStatusChangeTable;
  cluster_zone: ClusterZoneTable;
  catalogue_entry: CatalogueEntryTable;
  target: TargetTable;
  enterprise: EnterpriseTable;
  enterprise_name: EnterpriseNameTable;
  enterprise_year: EnterpriseYearTable;
  land_parcel: LandParcelTable;
  cluster_assignment_override: ClusterAssignmentOverrideTable;
  measure: MeasureTable;
  raw_file: RawFileTable;
  import_batch: ImportBatchTable;
  import_issue: ImportIssueTable;
  observation: ObservationTable;
  current_observation: Omit<ObservationTable, 'id'> & { id: number };
  source_period_state: SourcePeriodStateTable;
  revision_event: RevisionEventTable;
  source_mapping: SourceMappingTable;
  cluster_membership: ClusterMembershipTable;
  membership_state: MembershipStateTable;
  membership_transition: MembershipTransitionTable;
  statistic_aggregate: StatisticAggregateTable;
  aggregate_state: AggregateStateTable;
  official_growth_rate: OfficialGrowthRateTable;
  evaluation_scheme: EvaluationSchemeTable;
  evaluation_run: EvaluationRunTable;
  evaluation_result: EvaluationResultTable;
  evaluation_regrade: EvaluationRegradeTable;
  evaluation_appeal: EvaluationAppealTable;
  evaluation_event: EvaluationEventTable;
}
