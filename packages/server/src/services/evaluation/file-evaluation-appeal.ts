/**
 * An enterprise's appeal (申诉) against its published result: only on a published run, only until the appeal
 * deadline, one open appeal per enterprise and run, with a reason and optionally the class it asks for. Only for
 * an enterprise in the filer's data scope: an enterprise user for itself, county staff for their unit's firms.
 */
import type { DataScope } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { insertEvaluationEvent } from '../../repositories/evaluation.repository.ts';
import { findOpenEvaluationAppeal, insertEvaluationAppeal } from '../../repositories/evaluation-review.repository.ts';
import {
  requireActor,
  requireClass,
  requireResultInScope,
  requireRunDocument,
  requireStatus,
  requireText,
} from './evaluation-guards.ts';

export interface AppealInput {
  runId: number;
  uscc: string;
  reason: string;
  requestedClass?: string | null | undefined;
  filedBy: string;
  /** The filer's data scope under appeal.file. */
  scope: DataScope;
  now?: Date;
}

export async function fileEvaluationAppeal(db: Kysely<DatabaseSchema>, input: AppealInput) {
  const filedBy = requireActor(input.filedBy, 'filedBy');
  const reason = requireText(input.reason, 'reason', '申诉理由');
  const { record, run } = await requireRunDocument(db, input.runId);
  requireStatus(record, ['published'], '申诉 (appeal: only published results can be appealed)');
  const requestedClass =
    input.requestedClass == null ? null : requireClass(run, input.requestedClass, 'requestedClass');
  const now = input.now ?? new Date();
  if (record.appeal_deadline === null || now.getTime() > record.appeal_deadline.getTime())
    throw new AppError(
      'conflict',
      `申诉期已于 ${record.appeal_deadline?.toISOString() ?? '—'} 截止 (the appeal window of run ${input.runId} has closed)`,
    );
  const result = await requireResultInScope(db, input.runId, input.uscc, input.scope);
  if (await findOpenEvaluationAppeal(db, input.runId, result.enterprise_id))
    throw new AppError(
      'conflict',
      `企业 ${result.uscc} 已有未决申诉 (enterprise ${result.uscc} already has an open appeal on run ${input.runId})`,
    );
  return db.transaction().execute(async (trx) => {
    const id = await insertEvaluationAppeal(trx, {
      runId: input.runId,
      enterpriseId: result.enterprise_id,
      reportingUnitId: result.reporting_unit_id,
      reason,
      requestedClass,
      filedBy,
      filedAt: now,
    });
    await insertEvaluationEvent(trx, {
      runId: input.runId,
      schemeId: record.scheme_id,
      enterpriseId: result.enterprise_id,
      reportingUnitId: result.reporting_unit_id,
      action: 'appeal_filed',
      actor: filedBy,
      details: { appealId: id, reason, requestedClass, finalClass: result.final_class },
    });
    return { id, uscc: result.uscc, status: 'open' as const, finalClass: result.final_class };
  });
}
