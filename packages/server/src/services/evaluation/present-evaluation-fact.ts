/** How an evidence fact is shown by the API and the CLI (camelCase; retracted facts with who, when and why). */
import type { findEvaluationFact } from '../../repositories/evaluation-fact.repository.ts';

type FactRow = NonNullable<Awaited<ReturnType<typeof findEvaluationFact>>>;

export function presentEvaluationFact(row: FactRow) {
  return {
    id: row.id,
    uscc: row.uscc,
    reportingUnit: row.reporting_unit_id,
    year: row.year,
    tag: row.tag,
    ref: row.ref,
    count: row.count,
    date: row.fact_date,
    source: row.source,
    note: row.note,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    retracted: row.retracted_at !== null,
    retractedAt: row.retracted_at,
    retractedBy: row.retracted_by,
    retractReason: row.retract_reason,
  };
}
