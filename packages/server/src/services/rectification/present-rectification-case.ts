/**
 * A rectification case as the API and the CLI show it: identity, origin, land and energy, plan, status with the
 * next allowed moves, deadline and days late (as of `asOf`), outcomes, and its trail (oldest first) when given.
 */
import {
  nextRectificationStatuses,
  rectificationDaysLate,
  type RectificationPlanType,
  type RectificationStatus,
} from '@observatory/core';
import type { Selectable } from 'kysely';
import type { RectificationEventTable } from '../../db/schema.ts';
import type { RectificationCaseRow } from '../../repositories/rectification-case.repository.ts';

const amount = (value: string | null) => (value === null ? null : Number(value));

/** Today in China (UTC+8), as the ISO date cases are measured against. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function presentRectificationCase(
  row: RectificationCaseRow,
  events: readonly Selectable<RectificationEventTable>[] | null,
  asOf: string,
) {
  const status = row.status as RectificationStatus;
  const daysLate = rectificationDaysLate({ status, deadline: row.deadline }, asOf);
  return {
    id: row.id,
    uscc: row.uscc,
    enterpriseName: row.enterprise_name ?? null,
    reportingUnitId: row.reporting_unit_id,
    year: row.year,
    origin: row.origin,
    originRunId: row.origin_run_id,
    originRules: row.origin_rules as unknown[],
    landMu: amount(row.land_mu),
    parcelRefs: row.parcel_refs,
    energyTce: amount(row.energy_tce),
    planType: row.plan_type as RectificationPlanType | null,
    status,
    nextStatuses: nextRectificationStatuses(status),
    deadline: row.deadline,
    overdue: daysLate > 0,
    daysLate,
    landFreedMu: amount(row.land_freed_mu),
    energyFreedTce: amount(row.energy_freed_tce),
    taxPerMuBeforeYuan: amount(row.tax_per_mu_before_yuan),
    taxPerMuAfterYuan: amount(row.tax_per_mu_after_yuan),
    note: row.note,
    openedBy: row.opened_by,
    openedAt: row.opened_at.toISOString(),
    statusChangedAt: row.status_changed_at.toISOString(),
    history:
      events === null
        ? null
        : events
            .filter((event) => event.case_id === row.id)
            .map((event) => ({
              from: event.from_status as RectificationStatus | null,
              to: event.to_status as RectificationStatus,
              at: event.at.toISOString(),
              by: event.by,
              note: event.note,
              evidence: event.evidence,
            })),
  };
}

export type PresentedRectificationCase = ReturnType<typeof presentRectificationCase>;
