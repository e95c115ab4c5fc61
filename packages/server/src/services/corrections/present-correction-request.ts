/** A stored data-correction request as the API and the web show it (camelCase, periods as YYYY-MM or YYYY). */
import type { CorrectionRequestRow } from '../../repositories/correction-request.repository.ts';

export interface CorrectionRequestView {
  id: number;
  uscc: string;
  reportingUnit: string;
  measure: string;
  period: string;
  currentValue: string | null;
  proposedValue: string;
  reason: string;
  filedBy: string;
  filedAt: string;
  status: 'pending' | 'accepted' | 'rejected';
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

export function presentCorrectionRequest(row: CorrectionRequestRow): CorrectionRequestView {
  return {
    id: row.id,
    uscc: row.uscc,
    reportingUnit: row.reporting_unit_id,
    measure: row.measure,
    period:
      row.period_month === 0
        ? String(row.period_year)
        : `${row.period_year}-${String(row.period_month).padStart(2, '0')}`,
    currentValue: row.current_value,
    proposedValue: row.proposed_value,
    reason: row.reason,
    filedBy: row.filed_by,
    filedAt: new Date(row.filed_at).toISOString(),
    status: row.status,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at === null ? null : new Date(row.decided_at).toISOString(),
    decisionNote: row.decision_note,
  };
}
