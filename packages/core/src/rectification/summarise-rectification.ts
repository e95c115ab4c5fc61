/**
 * The monthly 通报 and the assessment (考核) of the rectification work by reporting unit (the "六个一" mechanism):
 * per unit, its cases by status as of the bulletin's day, the overdue ones, 亩 and 吨标煤 freed by cases accepted
 * or closed, the closure rate (销号 / cases found, 不予认定 left out; null without cases) and, when the unit has
 * targets, each figure against its target. The city row sums the units.
 */
import { isRectificationOverdue } from './rectification-overdue.ts';
import { RECTIFICATION_STATUSES, type RectificationStatus } from './rectification-vocabulary.ts';

export interface RectificationCaseState {
  reportingUnitId: string;
  /** Status on the bulletin's day. */
  status: RectificationStatus;
  deadline: string | null;
  landFreedMu: number | null;
  energyFreedTce: number | null;
  /** Did the case reach 销号 in the bulletin's month? */
  closedInMonth: boolean;
}

export interface RectificationTargets {
  /** Cases to close in the year. */
  closedCases?: number | undefined;
  landMu?: number | undefined;
  energyTce?: number | undefined;
}

export interface RectificationUnitSummary {
  reportingUnitId: string | null;
  cases: number;
  byStatus: Record<RectificationStatus, number>;
  overdue: number;
  closedInMonth: number;
  landFreedMu: number;
  energyFreedTce: number;
  /** 销号 / (cases − 不予认定); null when there is nothing to close. */
  closureRate: number | null;
  targets: RectificationTargets | null;
  /** Figure / target, for each target given. */
  progress: { closedCases: number | null; landMu: number | null; energyTce: number | null } | null;
}

const counted = (status: RectificationStatus) => status === 'accepted' || status === 'closed';
const ratio = (value: number, target: number | undefined) =>
  target === undefined || target <= 0 ? null : value / target;

function summarise(
  reportingUnitId: string | null,
  cases: readonly RectificationCaseState[],
  asOf: string,
  targets: RectificationTargets | null,
): RectificationUnitSummary {
  const byStatus = Object.fromEntries(RECTIFICATION_STATUSES.map((s) => [s, 0])) as Record<RectificationStatus, number>;
  let land = 0;
  let energy = 0;
  for (const item of cases) {
    byStatus[item.status] += 1;
    if (counted(item.status)) {
      land += item.landFreedMu ?? 0;
      energy += item.energyFreedTce ?? 0;
    }
  }
  const open = cases.length - byStatus.dismissed;
  return {
    reportingUnitId,
    cases: cases.length,
    byStatus,
    overdue: cases.filter((item) => isRectificationOverdue(item, asOf)).length,
    closedInMonth: cases.filter((item) => item.closedInMonth).length,
    landFreedMu: land,
    energyFreedTce: energy,
    closureRate: open === 0 ? null : byStatus.closed / open,
    targets,
    progress: targets && {
      closedCases: ratio(byStatus.closed, targets.closedCases),
      landMu: ratio(land, targets.landMu),
      energyTce: ratio(energy, targets.energyTce),
    },
  };
}

/** One row per unit (in the order given), then the city's row (reportingUnitId null). */
export function summariseRectification(
  unitIds: readonly string[],
  cases: readonly RectificationCaseState[],
  asOf: string,
  targets: Readonly<Record<string, RectificationTargets>> = {},
): { units: RectificationUnitSummary[]; city: RectificationUnitSummary } {
  const units = unitIds.map((id) =>
    summarise(
      id,
      cases.filter((item) => item.reportingUnitId === id),
      asOf,
      targets[id] ?? null,
    ),
  );
  return { units, city: summarise(null, cases, asOf, targets['city'] ?? null) };
}
