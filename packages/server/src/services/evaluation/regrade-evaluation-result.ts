/**
 * Manual re-grading (调档) of an enterprise before publication (draft or in review), two people by two steps: the
 * requester asks for a new class with a reason and a pending request is stored (`regrade_requested`); a second
 * person approves it (approve-evaluation-regrade.ts), and only then the final class (调档后) changes. A script
 * with the admin token may name both people at once (`approvedBy`, not the requester): the request is then
 * stored already approved and applied in the same transaction. The initial class (初评) stays. After
 * publication a class changes only through a decided appeal.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findPendingRegradeApproval,
  insertEvaluationApproval,
} from '../../repositories/evaluation-approval.repository.ts';
import { isUniqueViolation } from '../../repositories/unique-violation.ts';
import { insertEvaluationEvent } from '../../repositories/evaluation.repository.ts';
import { pendingConflict, requireApproval } from './approval-guards.ts';
import { applyEvaluationRegrade } from './apply-evaluation-regrade.ts';
import {
  requireActor,
  requireClass,
  requireResult,
  requireRunDocument,
  requireStatus,
  requireText,
} from './evaluation-guards.ts';
import { presentEvaluationApproval } from './present-evaluation-approval.ts';

export interface RegradeInput {
  runId: number;
  uscc: string;
  toClass: string;
  reason: string;
  requestedBy: string;
  /** One step: the second person, named at once (admin-token scripts); absent, the request waits for approval. */
  approvedBy?: string | null | undefined;
  now?: Date;
}

export async function regradeEvaluationResult(db: Kysely<DatabaseSchema>, input: RegradeInput) {
  const requestedBy = requireActor(input.requestedBy, 'requestedBy');
  const approvedBy = input.approvedBy == null ? null : requireActor(input.approvedBy, 'approvedBy');
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
  const fromClass = result.final_class;
  if (fromClass === toClass)
    throw new AppError('conflict', `企业 ${result.uscc} 已是 ${toClass} 类 (already in class ${toClass})`);
  const pending = await findPendingRegradeApproval(db, input.runId, result.enterprise_id);
  if (pending) throw pendingConflict(`企业 ${result.uscc} `, pending.id);
  const now = input.now ?? new Date();
  let applied: { id: number; regradeId: number | null };
  try {
    applied = await db.transaction().execute(async (trx) => {
      const id = await insertEvaluationApproval(trx, {
        kind: 'regrade',
        runId: input.runId,
        enterpriseId: result.enterprise_id,
        reportingUnitId: result.reporting_unit_id,
        appealId: null,
        fromClass,
        toClass,
        reason,
        requestedBy,
        requestedAt: now,
        ...(approvedBy === null ? {} : { approved: { by: approvedBy, at: now, note: null } }),
      });
      if (approvedBy === null) {
        await insertEvaluationEvent(trx, {
          runId: input.runId,
          schemeId: record.scheme_id,
          enterpriseId: result.enterprise_id,
          reportingUnitId: result.reporting_unit_id,
          action: 'regrade_requested',
          actor: requestedBy,
          details: {
            approvalId: id,
            unitId: result.unit_id,
            initialClass: result.initial_class,
            fromClass,
            toClass,
            reason,
          },
        });
        return { id, regradeId: null };
      }
      const regradeId = await applyEvaluationRegrade(trx, {
        approvalId: id,
        runId: input.runId,
        schemeId: record.scheme_id,
        enterpriseId: result.enterprise_id,
        reportingUnitId: result.reporting_unit_id,
        unitId: result.unit_id,
        initialClass: result.initial_class,
        fromClass,
        toClass,
        reason,
        requestedBy,
        approvedBy,
      });
      return { id, regradeId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw pendingConflict(`企业 ${result.uscc} `, null);
    throw error;
  }
  const stored = await requireApproval(db, applied.id, 'regrade');
  return { ...presentEvaluationApproval(stored), initialClass: result.initial_class, regradeId: applied.regradeId };
}
