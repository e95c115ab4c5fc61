/**
 * The cases of the register, filtered by year, unit, status and plan type, within the caller's data scope (a
 * county's staff: their unit's cases), each with its overdue days as of today; and one case with its trail (403
 * outside the scope, 404 when there is no such case).
 */
import type { DataScope } from '@observatory/core';
import { AppError } from '../../app-error.ts';
import {
  findRectificationCase,
  listRectificationCases as listCaseRows,
  listRectificationEvents,
  type RectificationCaseFilter,
} from '../../repositories/rectification-case.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { assertInDataScope } from '../access/assert-in-data-scope.ts';
import {
  presentRectificationCase,
  todayInChina,
  type PresentedRectificationCase,
} from './present-rectification-case.ts';

export async function listRectificationCases(
  db: Queryable,
  filter: RectificationCaseFilter,
  asOf = todayInChina(),
): Promise<PresentedRectificationCase[]> {
  const rows = await listCaseRows(db, filter);
  return rows.map((row) => presentRectificationCase(row, null, asOf));
}

export async function getRectificationCase(
  db: Queryable,
  id: number,
  scope: DataScope,
  asOf = todayInChina(),
): Promise<PresentedRectificationCase> {
  const row = await findRectificationCase(db, id);
  if (!row) throw new AppError('not_found', `没有整治案件 #${id} (no such rectification case)`);
  assertInDataScope(scope, { uscc: row.uscc, reportingUnitId: row.reporting_unit_id });
  return presentRectificationCase(row, await listRectificationEvents(db, [row.id]), asOf);
}
