/**
 * Files a data-correction request (数据更正申请) for one enterprise's value of a measure and period: the enterprise
 * must exist and lie in the filer's data scope (an enterprise user its own, a county's staff its unit's firms), the
 * measure must be known and the proposed value a plain decimal number in the measure's canonical unit. The value
 * stored at filing time is kept with the request; at most one request is pending per enterprise, measure and
 * period. The filer is the caller's own login, passed in by the HTTP layer, never taken from the request body.
 */
import type { DataScope } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findPendingCorrection, insertCorrectionRequest } from '../../repositories/correction-request.repository.ts';
import { isUniqueViolation } from '../../repositories/unique-violation.ts';
import { sumCurrentValueOf } from '../../repositories/observation.repository.ts';
import { assertEnterpriseInScope } from '../enterprise/get-enterprise.ts';
import { findEnterpriseOrFail } from '../enterprise/find-enterprise.ts';
import { requireMeasure, requirePeriod } from '../statistics/statistics-query.ts';
import { presentCorrectionRequest, type CorrectionRequestView } from './present-correction-request.ts';

export interface NewCorrectionRequest {
  uscc: string;
  measure: string;
  year: number;
  month: number;
  proposedValue: string;
  reason: string;
  filedBy: string;
}

const decimal = /^-?\d{1,18}(\.\d{1,10})?$/u;

export async function fileCorrectionRequest(
  db: Kysely<DatabaseSchema>,
  input: NewCorrectionRequest,
  scope: DataScope,
): Promise<CorrectionRequestView> {
  await assertEnterpriseInScope(db, input.uscc, scope);
  const enterprise = await findEnterpriseOrFail(db, input.uscc);
  requireMeasure(input.measure);
  requirePeriod(input.year, input.month);
  const proposed = input.proposedValue.trim();
  if (!decimal.test(proposed))
    throw new AppError(
      'validation_failed',
      `更正值 "${input.proposedValue}" 应为十进制数，按标准单位填写 (the proposed value must be a decimal number in the canonical unit)`,
      [{ path: 'body.proposedValue', message: 'decimal number' }],
    );
  if (input.reason.trim() === '')
    throw new AppError('validation_failed', '请填写更正理由 (a reason is required)', [
      { path: 'body.reason', message: 'required' },
    ]);
  const alreadyPending = (id: number | null) =>
    new AppError(
      'conflict',
      `该企业此指标与期别已有待处理的更正申请${id === null ? '' : ` #${id}`} (a correction request${id === null ? '' : ` #${id}`} is already pending)`,
    );
  const filing = db.transaction().execute(async (trx) => {
    const key = { uscc: enterprise.uscc, measure: input.measure, year: input.year, month: input.month };
    const pending = await findPendingCorrection(trx, key);
    if (pending !== undefined) throw alreadyPending(pending.id);
    const row = await insertCorrectionRequest(trx, {
      uscc: enterprise.uscc,
      reporting_unit_id: enterprise.reporting_unit_id,
      measure: input.measure,
      period_year: input.year,
      period_month: input.month,
      current_value: await sumCurrentValueOf(trx, { enterpriseId: enterprise.id, ...key }),
      proposed_value: proposed,
      reason: input.reason.trim(),
      filed_by: input.filedBy,
    });
    return presentCorrectionRequest(row);
  });
  // Two identical requests at the same moment: the second meets the unique index, and gets the same 409.
  return filing.catch((error: unknown) => {
    throw isUniqueViolation(error) ? alreadyPending(null) : error;
  });
}
