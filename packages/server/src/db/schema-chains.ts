/** Kysely's view of the industry-chain tables (migration 0015): definitions, hand placements, leads and their trail. */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CreatedAt, NullableNumeric } from './column-types.ts';

export interface ChainDefinitionTable {
  id: string;
  version: number;
  digest: string;
  /** The parsed chain (core's ChainDefinition). */
  document: JSONColumnType<Record<string, unknown>>;
  source_file: string;
  loaded_by: string;
  loaded_at: CreatedAt;
}

/** Append-only: the latest row per chain and enterprise is in force. */
export interface ChainLinkAssignmentTable {
  id: Generated<number>;
  chain_id: string;
  uscc: string;
  reporting_unit_id: string;
  /** Link ids; an empty list takes the firm off the chain. */
  link_ids: JSONColumnType<string[]>;
  reason: string;
  assigned_by: string;
  assigned_at: CreatedAt;
}

export type ChainLeadStatusColumn = 'lead' | 'contact' | 'visit' | 'signed' | 'landed' | 'dropped';

export interface ChainLeadTable {
  id: Generated<number>;
  chain_id: string;
  link_id: string;
  company_name: string;
  uscc: string | null;
  /** 元, exact decimal text; null when not known. */
  expected_investment_yuan: NullableNumeric;
  owner_unit_id: string;
  status: ColumnType<ChainLeadStatusColumn, ChainLeadStatusColumn | undefined, ChainLeadStatusColumn>;
  note: string | null;
  created_by: string;
  created_at: CreatedAt;
  status_changed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** Append-only (a trigger refuses updates and deletes); from_status is null for the lead's creation. */
export interface ChainLeadEventTable {
  id: Generated<number>;
  lead_id: number;
  from_status: ChainLeadStatusColumn | null;
  to_status: ChainLeadStatusColumn;
  at: CreatedAt;
  by: string;
  reason: string | null;
}
