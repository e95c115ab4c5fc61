/**
 * Moves a case one step (core's rectificationMoveProblem decides, on the case as it will be after the move's own
 * changes): the plan type with 方案, the outcomes with 验收/销号, a note with 不予认定; the deadline may be set with
 * any move. The change and its trail entry are written in one transaction with the case locked. A county's staff
 * move their own unit's cases only; the person acting is the caller.
 */
import {
  rectificationMoveProblem,
  type AccessSubject,
  type RectificationPlanType,
  type RectificationStatus,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findRectificationCase,
  insertRectificationEvent,
  listRectificationEvents,
  updateRectificationCase,
} from '../../repositories/rectification-case.repository.ts';
import { assertAuthorized } from '../access/assert-authorized.ts';
import {
  presentRectificationCase,
  todayInChina,
  type PresentedRectificationCase,
} from './present-rectification-case.ts';

export interface MoveRectificationCaseInput {
  id: number;
  to: RectificationStatus;
  planType?: RectificationPlanType | undefined;
  deadline?: string | undefined;
  landFreedMu?: number | undefined;
  energyFreedTce?: number | undefined;
  taxPerMuBeforeYuan?: number | undefined;
  taxPerMuAfterYuan?: number | undefined;
  note?: string | null | undefined;
  evidence?: string | null | undefined;
  by: string;
  subject: AccessSubject;
}

const numeric = (value: string | null) => (value === null ? null : Number(value));
const pathOf = (to: RectificationStatus) =>
  to === 'dismissed'
    ? 'body.note'
    : to === 'planned'
      ? 'body.planType'
      : to === 'accepted' || to === 'closed'
        ? 'body.landFreedMu'
        : 'body.to';

export async function moveRectificationCase(
  db: Kysely<DatabaseSchema>,
  input: MoveRectificationCaseInput,
): Promise<PresentedRectificationCase> {
  return db.transaction().execute(async (trx) => {
    const row = await findRectificationCase(trx, input.id, { forUpdate: true });
    if (!row) throw new AppError('not_found', `没有整治案件 #${input.id} (no such rectification case)`);
    assertAuthorized(input.subject, 'register.write', { uscc: row.uscc, reportingUnitId: row.reporting_unit_id });
    const planType = input.planType ?? (row.plan_type as RectificationPlanType | null);
    const landFreedMu = input.landFreedMu ?? numeric(row.land_freed_mu);
    const energyFreedTce = input.energyFreedTce ?? numeric(row.energy_freed_tce);
    const note = input.note?.trim() || null;
    const problem = rectificationMoveProblem(
      { status: row.status as RectificationStatus, planType, landFreedMu, energyFreedTce },
      input.to,
      note,
    );
    if (problem)
      throw new AppError('validation_failed', `${problem.zh} (${problem.en})`, [
        { path: pathOf(input.to), message: problem.en },
      ]);
    await updateRectificationCase(trx, row.id, {
      status: input.to,
      plan_type: planType,
      deadline: input.deadline ?? row.deadline,
      land_freed_mu: landFreedMu,
      energy_freed_tce: energyFreedTce,
      tax_per_mu_before_yuan: input.taxPerMuBeforeYuan ?? row.tax_per_mu_before_yuan,
      tax_per_mu_after_yuan: input.taxPerMuAfterYuan ?? row.tax_per_mu_after_yuan,
      status_changed_at: new Date(),
    });
    await insertRectificationEvent(trx, {
      caseId: row.id,
      from: row.status,
      to: input.to,
      by: input.by,
      note,
      evidence: input.evidence?.trim() || null,
    });
    return presentRectificationCase(
      (await findRectificationCase(trx, row.id))!,
      await listRectificationEvents(trx, [row.id]),
      todayInChina(),
    );
  });
}
