/**
 * Kysely's view of the schema: one interface per table, as the migrations in ./migrations create it.
 * Numeric columns come back as strings (exact decimals); dates as 'YYYY-MM-DD' strings.
 */
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, NullableNumeric, Numeric } from './column-types.ts';
import type {
  EvaluationAppealTable,
  EvaluationApprovalTable,
  EvaluationEventTable,
  EvaluationRegradeTable,
  EvaluationResultTable,
  EvaluationRunTable,
  EvaluationSchemeTable,
} from './schema-evaluation.ts';
import type { IndexDefinitionTable, IndexResultTable } from './schema-cluster-index.ts';
import type {
  AccountPasswordHistoryTable,
  AccountSessionTable,
  AccountTable,
  AuditLogTable,
} from './schema-accounts.ts';
import type { CorrectionRequestTable } from './schema-corrections.ts';
import type {
  ChainDefinitionTable,
  ChainLeadEventTable,
  ChainLeadTable,
  ChainLinkAssignmentTable,
} from './schema-chains.ts';
import type { EvaluationFactTable } from './schema-evaluation-facts.ts';
import type { PoolReviewTable } from './schema-pools.ts';
import type {
  PlatformStatusChangeTable,
  PlatformTable,
  PromotionOrganisationTable,
  TargetActualTable,
} from './schema-platforms.ts';
import type {
  RectificationCaseTable,
  RectificationEventTable,
  RectificationTargetTable,
} from './schema-rectification.ts';
import type {
  CurrentRow,
  LandParcelImportColumns,
  PoolEntryTable,
  ProjectProgressTable,
  ProjectTable,
} from './schema-registers.ts';
import type { WarningEventTable, WarningRuleSetTable, WarningTable } from './schema-warnings.ts';
import type {
  AggregateStateTable,
  ClusterMembershipTable,
  MembershipStateTable,
  MembershipTransitionTable,
  OfficialGrowthRateTable,
  StatisticAggregateTable,
} from './schema-statistics.ts';
import type {
  ClusterSystemTable,
  ClusterTable,
  DesignationTable,
  DesignationStatusChangeTable,
  ClusterZoneTable,
  CatalogueEntryTable,
  TargetTable,
} from './schema-registry.ts';
export type {
  ClusterSystemTable,
  ClusterTable,
  DesignationTable,
  DesignationStatusChangeTable,
  ClusterZoneTable,
  CatalogueEntryTable,
  TargetTable,
} from './schema-registry.ts';

export type * from './schema-evaluation.ts';
export type * from './schema-cluster-index.ts';
export type * from './schema-evaluation-facts.ts';
export type * from './schema-statistics.ts';
export type * from './schema-registers.ts';
export type * from './schema-warnings.ts';
export type * from './schema-corrections.ts';
export type * from './schema-chains.ts';
export type * from './schema-pools.ts';
export type * from './schema-platforms.ts';
export type * from './schema-rectification.ts';

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
  land_parcel: LandParcelTable & LandParcelImportColumns;
  current_land_parcel: CurrentRow<LandParcelTable> & LandParcelImportColumns;
  project: ProjectTable;
  current_project: CurrentRow<ProjectTable>;
  project_progress: ProjectProgressTable;
  current_project_progress: ProjectProgressTable;
  pool_entry: PoolEntryTable;
  current_pool_entry: CurrentRow<PoolEntryTable>;
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
  evaluation_approval: EvaluationApprovalTable;
  index_definition: IndexDefinitionTable;
  index_result: IndexResultTable;
  evaluation_fact: EvaluationFactTable;
  account: AccountTable;
  account_password_history: AccountPasswordHistoryTable;
  account_session: AccountSessionTable;
  audit_log: AuditLogTable;
  warning_rule_set: WarningRuleSetTable;
  warning: WarningTable;
  warning_event: WarningEventTable;
  correction_request: CorrectionRequestTable;
  chain_definition: ChainDefinitionTable;
  chain_link_assignment: ChainLinkAssignmentTable;
  chain_lead: ChainLeadTable;
  chain_lead_event: ChainLeadEventTable;
  pool_review: PoolReviewTable;
  rectification_case: RectificationCaseTable;
  rectification_event: RectificationEventTable;
  rectification_target: RectificationTargetTable;
  platform: PlatformTable;
  platform_status_change: PlatformStatusChangeTable;
  promotion_organisation: PromotionOrganisationTable;
  target_actual: TargetActualTable;
}
