/**
 * Sets a reporting unit's (or the city's, unit `city`) yearly targets for the assessment (考核): cases to close,
 * 亩 and 吨标煤 to free. A new row each time (the latest counts, earlier ones stay as history); city-wide
 * accounts only, since targets are handed down by the city.
 */
import { type AccessSubject } from '@observatory/core';
import { AppError } from '../../app-error.ts';
import { findReportingUnit } from '../../repositories/region.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import {
  insertRectificationTarget,
  type NewRectificationTarget,
} from '../../repositories/rectification-target.repository.ts';
import { assertAuthorized } from '../access/assert-authorized.ts';

export async function setRectificationTarget(
  db: Queryable,
  target: NewRectificationTarget & { subject: AccessSubject },
): Promise<void> {
  assertAuthorized(target.subject, 'register.write', {});
  if (target.subject.scope.kind !== 'city')
    throw new AppError('forbidden', '考核目标由市级下达 (targets are set by the city)');
  if (target.unitId !== 'city' && !(await findReportingUnit(db, target.unitId)))
    throw new AppError('validation_failed', `没有报送单位 ${target.unitId} (no such reporting unit)`, [
      { path: 'body.unit', message: 'unknown reporting unit' },
    ]);
  const { subject: _subject, ...row } = target;
  await insertRectificationTarget(db, row);
}
