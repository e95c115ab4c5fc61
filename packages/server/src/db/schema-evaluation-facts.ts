/** Kysely's view of the evidence facts table (migration 0007): kept for ever, retracted rather than deleted. */
import type { Generated } from 'kysely';
import type { CreatedAt } from './column-types.ts';

export interface EvaluationFactTable {
  id: Generated<number>;
  enterprise_id: number;
  reporting_unit_id: string;
  year: number;
  /** The tag the schemes' predicates and rules name, e.g. high_tech_enterprise, major_safety_accident. */
  tag: string;
  /** The document that proves the fact (文号, certificate or decision number). */
  ref: string | null;
  count: Generated<number>;
  /** 'YYYY-MM-DD'. */
  fact_date: string | null;
  source: string | null;
  note: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
  retracted_at: Date | null;
  retracted_by: string | null;
  retract_reason: string | null;
}
