/**
 * The cluster registry's tables: systems (口径), clusters, designations with their status history, zones,
 * catalogue entries and targets (re-exported by schema.ts).
 */
import type { Generated, JSONColumnType } from 'kysely';
import type { CreatedAt, NullableNumeric, Numeric } from './column-types.ts';

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
