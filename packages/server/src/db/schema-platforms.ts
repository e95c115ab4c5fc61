/** Kysely's view of the platform tables (migration 0019): platforms, their status trail, promotion organisations, manual target actuals. */
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Numeric } from './column-types.ts';

export type PlatformKindColumn =
  | 'industrialisation_demo_base'
  | 'characteristic_park'
  | 'small_micro_park'
  | 'manufacturing_innovation_centre'
  | 'industrial_design_base'
  | 'industrial_internet_platform'
  | 'innovation_complex';
export type PlatformLevelColumn = 'national' | 'provincial' | 'municipal';
export type PlatformStatusColumn = 'cultivating' | 'recognised' | 'reviewed' | 'delisted';

/** Name, kind, level and unit never change (a trigger refuses); rows are never deleted. */
export interface PlatformTable {
  id: Generated<number>;
  name: string;
  kind: PlatformKindColumn;
  level: PlatformLevelColumn;
  reporting_unit_id: string;
  system_id: string | null;
  cluster_id: string | null;
  cluster_text: string | null;
  /** YYYY-MM-DD. */
  recognised_date: ColumnType<string | null, string | null | undefined, string | null>;
  document: string | null;
  note: string | null;
  created_by: string;
  created_at: CreatedAt;
}

/** Append-only. */
export interface PlatformStatusChangeTable {
  id: Generated<number>;
  platform_id: number;
  status: PlatformStatusColumn;
  /** YYYY-MM-DD. */
  date: string;
  document: string | null;
  note: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
}

/** Append-only: the latest row per system and cluster is in force. */
export interface PromotionOrganisationTable {
  id: Generated<number>;
  system_id: string;
  cluster_id: string;
  name: string;
  org_type: 'association' | 'alliance' | 'institute' | 'service_centre' | 'other';
  contact_role: string;
  office_phone: string | null;
  founded_date: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
}

/** Append-only: the latest row per system, target and year wins. */
export interface TargetActualTable {
  id: Generated<number>;
  system_id: string;
  target_id: string;
  year: number;
  value: Numeric;
  source_text: string;
  recorded_by: string;
  recorded_at: CreatedAt;
}
