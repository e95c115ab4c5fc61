/** A stored warning as the API and the CLI show it. */
import type { Selectable } from 'kysely';
import type { WarningTable } from '../../db/schema.ts';

export function presentWarning(row: Selectable<WarningTable>) {
  return {
    id: row.id,
    ruleId: row.rule_id,
    ruleDigest: row.rule_digest,
    kind: row.kind,
    subject: {
      kind: row.subject_kind,
      id: row.subject_id,
      name: { zh: row.subject_name_zh, en: row.subject_name_en },
    },
    reportingUnitId: row.reporting_unit_id,
    period: `${row.period_year}-${String(row.period_month).padStart(2, '0')}`,
    severity: row.severity,
    figures: row.figures,
    message: { zh: row.message_zh, en: row.message_en },
    owner: row.owner,
    status: row.status,
    openedAt: row.opened_at,
    lastSeenAt: row.last_seen_at,
    clearedAt: row.cleared_at,
    acknowledgedBy: row.acknowledged_by,
    acknowledgedAt: row.acknowledged_at,
    closedBy: row.closed_by,
    closedAt: row.closed_at,
    closeNote: row.close_note,
  };
}

export type PresentedWarning = ReturnType<typeof presentWarning>;
