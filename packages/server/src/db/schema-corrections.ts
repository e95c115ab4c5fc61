/** Kysely's view of data-correction requests (migration 0014). */
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from './column-types.ts';

export interface CorrectionRequestTable {
  id: Generated<number>;
  uscc: string;
  reporting_unit_id: string;
  measure: string;
  period_year: number;
  /** 1–12 for monthly figures, 0 for annual ones. */
  period_month: number;
  /** The stored value when the request was filed (exact decimal text); null when none was stored. */
  current_value: string | null;
  proposed_value: string;
  reason: string;
  filed_by: string;
  filed_at: CreatedAt;
  status: ColumnType<'pending' | 'accepted' | 'rejected', 'pending' | undefined, 'accepted' | 'rejected'>;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
}
