/**
 * Manual re-grading (调档) of an enterprise before publication (draft or in review): the new class, the reason and
 * two people, the requester and a different approver. The initial class (初评) stays; the final class (调档后)
 * changes for every member of the evaluated unit (firms merged on one parcel share one result). After
 * publication a class changes only through a decided appeal.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { insertEvaluationEvent, setFinalClass } from '../../repositories/evaluation.repository.ts';
import { insertEvaluationRegrade } from '../../repositories/evaluation-review.repository.ts';
import {
  requireActor,
  requireClass,
  requireResult,
  requireRunDocument,
  requireStatus,
  requireText,
} from './evaluation-guards.ts';

export interface RegradeInput {
  runId: number;
  uscc: string;
  toClass: string;
  reason: string;
  requestedBy: string;
  approvedBy: string;
}

export async function regradeEvaluationResult(db: Kysely<DatabaseSchema>, input: RegradeInput) {
  const requestedBy = requireActor(input.requestedBy, 'requestedBy');
  const approvedBy = requireActor(input.approvedBy, 'approvedBy');
  const reason = requireText(input.reason, 'reason', '调档理由');
  const { record, run } = await requireRunDocument(db, input.runId);
  requireStatus(record, ['draft', 'in_review'], '调档 (re-grade; after publication use an appeal)');
  const toClass = requireClass(run, input.toClass, 'toClass');
  if (requestedBy === approvedBy)
    throw new AppError(
      'forbidden',
      `调档须由申请人以外的另一人批准 (a re-grade must be approved by someone other than its requester)`,
      [{ path: 'approvedBy', message: 'same person as requestedBy' }],
    );
  const result = await requireResult(db, input.runId, input.uscc);
  if (result.status !== 'rated' || result.final_class === null)
    throw new AppError(
      'conflict',
      `企业 ${result.uscc} 未定等级，不能调档 (enterprise ${result.uscc} is ${result.status}, not graded)`,
    );
  if (result.final_class === toClass)
    throw new AppError('conflict', `企业 ${result.uscc} 已是 ${toClass} 类 (already in class ${toClass})`);
  return db.transaction().execute(async (trx) => {
    const id = await insertEvaluationRegrade(trx, {
      runId: input.runId,
      enterpriseId: result.enterprise_id,
      reportingUnitId: result.reporting_unit_id,
      fromClass: result.final_class!,
      toClass,
      reason,
      requestedBy,
      approvedBy,
    });
    await setFinalClass(trx, input.runId, result.unit_id, toClass);
    await insertEvaluationEvent(trx, {
      runId: input.runId,
      schemeId: record.scheme_id,
      enterpriseId: result.enterprise_id,
      reportingUnitId: result.reporting_unit_id,
      action: 'result_regraded',
      actor: approvedBy,
      details: {
        regradeId: id,
        unitId: result.unit_id,
        initialClass: result.initial_class,
        fromClass: result.final_class,
        toClass,
        reason,
        requestedBy,
        approvedBy,
      },
    });
    return { id, uscc: result.uscc, initialClass: result.initial_class, fromClass: result.final_class!, toClass };
  });
}
