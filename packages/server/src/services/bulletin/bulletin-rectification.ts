/**
 * 整治提升 of the bulletin's register section: the rectification 通报 of the period (buildRectificationBulletin: cases
 * of the year's list by status at the month's end, overdue cases, 亩 and 吨标煤 freed, closure rate, the unit's
 * targets) by reporting unit and for the city. Counts of cases and the outcomes are what the bureau's monthly 通报
 * publishes. A unit audience gets its own unit's row and the city's.
 */
import type {
  BulletinRectification,
  BulletinRectificationRow,
  BulletinUnit,
  RectificationUnitSummary,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import type { Audience } from '../disclosure/protect-cluster-table.ts';
import { buildRectificationBulletin } from '../rectification/build-rectification-bulletin.ts';

function targetOf(target: number | undefined, progress: number | null | undefined) {
  return target === undefined ? null : { target, progress: progress ?? null };
}

function rectificationRow(unit: BulletinUnit | null, row: RectificationUnitSummary): BulletinRectificationRow {
  return {
    unit,
    cases: row.cases,
    byStatus: { ...row.byStatus },
    overdue: row.overdue,
    closedInMonth: row.closedInMonth,
    landFreedMu: row.landFreedMu,
    energyFreedTce: row.energyFreedTce,
    closureRate: row.closureRate,
    targets: row.targets && {
      closedCases: targetOf(row.targets.closedCases, row.progress?.closedCases),
      landMu: targetOf(row.targets.landMu, row.progress?.landMu),
      energyTce: targetOf(row.targets.energyTce, row.progress?.energyTce),
    },
  };
}

export async function bulletinRectification(
  db: Kysely<DatabaseSchema>,
  input: { year: number; month: number; audience: Audience },
): Promise<BulletinRectification | null> {
  const bulletin = await buildRectificationBulletin(db, {
    year: input.year,
    month: input.month,
    scope: { kind: 'all' },
  });
  const city = bulletin.city!;
  if (city.cases === 0) return null;
  const visible = (unitId: string) => input.audience.kind !== 'unit' || input.audience.reportingUnitId === unitId;
  return {
    asOf: bulletin.asOf,
    units: bulletin.units
      .filter((row) => row.cases > 0 && visible(row.reportingUnitId))
      .map((row) => rectificationRow({ id: row.reportingUnitId, name: row.name }, row)),
    city: rectificationRow(null, city),
  };
}
