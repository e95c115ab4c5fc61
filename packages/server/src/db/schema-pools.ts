/** Kysely's view of the cultivation-pool tables of migration 0017: the reviews (复核) of pool entries. */
import type { Generated } from 'kysely';
import type { CreatedAt } from './column-types.ts';

export type PoolReviewOutcomeColumn = 'kept' | 'withdrawn';

/** Append-only (a trigger refuses updates and deletes). */
export interface PoolReviewTable {
  id: Generated<number>;
  enterprise_id: number;
  reporting_unit_id: string;
  tier: string;
  /** The reviewed entry's entry date (with enterprise and tier it names the entry). */
  entry_date: string;
  reviewed_on: string;
  outcome: PoolReviewOutcomeColumn;
  note: string | null;
  reviewer: string;
  recorded_at: CreatedAt;
}
