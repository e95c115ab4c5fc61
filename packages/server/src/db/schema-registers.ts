/**
 * Kysely's view of the register tables (migration 0010): projects and their progress points, cultivation-pool
 * entries, the import provenance land_parcel gained, and the current_* views over the current batches.
 */
import type { Generated } from 'kysely';
import type { NullableNumeric, Numeric } from './column-types.ts';

/** Columns migration 0010 adds to land_parcel: the import batch and sheet row (null for manual parcels). */
export interface LandParcelImportColumns {
  batch_id: number | null;
  sheet_row: number | null;
}

type MilestoneColumns = {
  [
    K in `${'signing' | 'filing' | 'land_supply' | 'start' | 'completion' | 'production' | 'full_production'}_${'planned' | 'actual'}`
  ]: string | null;
};

export interface ProjectTable extends MilestoneColumns {
  id: Generated<number>;
  batch_id: number;
  sheet_row: number;
  period_year: number;
  period_month: number;
  code: string;
  name: string;
  enterprise_id: number | null;
  uscc: string | null;
  enterprise_name: string | null;
  reporting_unit_id: string;
  cluster_text: string | null;
  cluster_id: string | null;
  construction_type: string | null;
  industry_code: string | null;
  technical_renovation: boolean | null;
  status_text: string | null;
  planned_total_yuan: NullableNumeric;
  planned_annual_yuan: NullableNumeric;
  completed_yuan: NullableNumeric;
  land_mu: NullableNumeric;
  expected_output_yuan: NullableNumeric;
  expected_tax_yuan: NullableNumeric;
}

export interface ProjectProgressTable {
  batch_id: number;
  project_code: string;
  period_year: number;
  period_month: number;
  completed_yuan: Numeric;
  sheet_row: number;
}

export interface PoolEntryTable {
  id: Generated<number>;
  batch_id: number;
  sheet_row: number;
  period_year: number;
  enterprise_id: number;
  reporting_unit_id: string;
  tier: string;
  tier_text: string;
  entry_date: string;
  valid_until: string;
  document: string | null;
  level: string | null;
}

/** The view rows: a view's identity column is a plain number. */
export type CurrentRow<T extends { id: Generated<number> }> = Omit<T, 'id'> & { id: number };
