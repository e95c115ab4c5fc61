/** Kysely's view of the cluster-index tables (migration 0008): definitions by id and version, computed results. */
import type { Generated, JSONColumnType } from 'kysely';
import type { CreatedAt } from './column-types.ts';

export interface IndexDefinitionTable {
  id: string;
  version: number;
  valid_from: number;
  system_id: string;
  name_zh: string;
  name_en: string;
  document: JSONColumnType<Record<string, unknown>>;
  digest: string;
  /** `file:NAME.yaml` for a shipped file, `api` for a version stored through the API. */
  source: string;
  loaded_by: string;
  loaded_at: CreatedAt;
}

export interface IndexResultTable {
  id: Generated<number>;
  definition_id: string;
  definition_version: number;
  definition_digest: string;
  /** `clusters` (ranking of a period) or `series` (fixed-base series of a range of years). */
  kind: string;
  /** `2024`, `2024-10`, or `2021..2024` for a series. */
  period: string;
  input_digest: string;
  digest: string;
  result: JSONColumnType<Record<string, unknown>>;
  computed_by: string;
  computed_at: CreatedAt;
}
