/**
 * The monthly 通报 of the rectification work (六个一: 通报, 考核): for the year's case list (整治清单: the cases of
 * that year), each case's status at the end of the month replayed from its trail (a case entered later counts as
 * 摸排: it is on the year's list), the cases closed in the month, overdue cases, 亩 and
 * 吨标煤 freed and the closure rate per reporting unit, with the unit's targets (考核) when set. A county's staff get
 * their own unit's row only; city-wide callers every unit and the city's row.
 */
import {
  summariseRectification,
  type BilingualName,
  type DataScope,
  type RectificationCaseState,
  type RectificationStatus,
  type RectificationTargets,
} from '@observatory/core';
import { AppError } from '../../app-error.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { listRectificationCases, listRectificationEvents } from '../../repositories/rectification-case.repository.ts';
import { listRectificationTargets } from '../../repositories/rectification-target.repository.ts';
import { listReportingUnits } from '../../repositories/region.repository.ts';
import { todayInChina } from './present-rectification-case.ts';

export interface RectificationBulletinInput {
  year: number;
  month: number;
  scope: DataScope;
}

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
const pad = (month: number) => String(month).padStart(2, '0');

export async function buildRectificationBulletin(db: Queryable, input: RectificationBulletinInput) {
  if (input.month < 1 || input.month > 12)
    throw new AppError('validation_failed', '月份应为 1–12 (month must be 1–12)', [
      { path: 'query.month', message: '1–12' },
    ]);
  const asOf = lastDayOf(input.year, input.month);
  const monthStart = `${input.year}-${pad(input.month)}-01`;
  const cases = await listRectificationCases(db, { year: input.year, scope: input.scope });
  const events = await listRectificationEvents(
    db,
    cases.map((row) => row.id),
  );
  const states: RectificationCaseState[] = cases.map((row) => {
    const trail = events.filter((event) => event.case_id === row.id && todayInChina(event.at) <= asOf);
    const status = (trail.at(-1)?.to_status ?? 'survey') as RectificationStatus;
    return {
      reportingUnitId: row.reporting_unit_id,
      status,
      deadline: row.deadline,
      landFreedMu: row.land_freed_mu === null ? null : Number(row.land_freed_mu),
      energyFreedTce: row.energy_freed_tce === null ? null : Number(row.energy_freed_tce),
      closedInMonth: trail.some((event) => event.to_status === 'closed' && todayInChina(event.at) >= monthStart),
    };
  });
  const units = (await listReportingUnits(db)).filter(
    (unit) => input.scope.kind === 'all' || (input.scope.kind === 'unit' && unit.id === input.scope.reportingUnitId),
  );
  const targets: Record<string, RectificationTargets> = {};
  for (const row of await listRectificationTargets(db, input.year))
    targets[row.unit_id] = {
      closedCases: row.closed_cases ?? undefined,
      landMu: row.land_mu === null ? undefined : Number(row.land_mu),
      energyTce: row.energy_tce === null ? undefined : Number(row.energy_tce),
    };
  const summary = summariseRectification(
    units.map((unit) => unit.id),
    states,
    asOf,
    targets,
  );
  const nameOf = new Map(units.map((unit) => [unit.id, { zh: unit.name_zh, en: unit.name_en } as BilingualName]));
  return {
    year: input.year,
    month: input.month,
    asOf,
    units: summary.units.map((row) => ({
      ...row,
      reportingUnitId: row.reportingUnitId!,
      name: nameOf.get(row.reportingUnitId!)!,
    })),
    city: input.scope.kind === 'all' ? summary.city : null,
  };
}

export type RectificationBulletin = Awaited<ReturnType<typeof buildRectificationBulletin>>;
