/** Kysely's view of the statistics tables (migration 0005): memberships, transitions, aggregates, freshness, official rates. */
import type { NullableNumeric, Numeric, UpdatedAt } from './column-types.ts';

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
