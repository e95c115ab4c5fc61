/**
 * Deciding an appeal, with the decision's reason and who decided (not the person who filed it). Rejecting keeps
 * the class; accepting without a class change is one step. Accepting with a new final class (调档后) needs a second
 * person: the decision is stored as a pending request (`appeal_acceptance_requested`, the appeal stays open and
 * `awaiting_approval`) until another person approves it (approve-appeal-class-change.ts). An admin-token call may
 * name that person at once (`approvedBy`, not the decider): then it is stored approved and applied in one
 * transaction. The initial class (初评) always stays.
 */
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findPendingAppealApproval,
  insertEvaluationApproval,
} from '../../repositories/evaluation-approval.repository.ts';
import { isUniqueViolation } from '../../repositories/unique-violation.ts';
import { findEvaluationResult, insertEvaluationEvent } from '../../repositories/evaluation.repository.ts';
import { decideEvaluationAppealRow, findEvaluationAppeal } from '../../repositories/evaluation-review.repository.ts';
import { pendingConflict } from './approval-guards.ts';
import { acceptEvaluationAppeal } from './accept-evaluation-appeal.ts';
import { requireActor, requireClass, requireRunDocument, requireText } from './evaluation-guards.ts';

export interface AppealDecisionInput {
  appealId: number;
  decision: 'accept' | 'reject';
  reason: string;
  decidedBy: string;
  newClass?: string | null | undefined;
  /** One step for a class change: the second person, named at once (admin-token scripts). */
  approvedBy?: string | null | undefined;
  now?: Date;
}

export interface AppealDecision {
  id: number;
  uscc: string;
  /** `awaiting_approval`: the class change waits for a second person; the appeal is still open. */
  status: 'open' | 'awaiting_approval' | 'accepted' | 'rejected';
  classBefore: string | null;
  classAfter: string | null;
  /** The class a pending acceptance would give. */
  proposedClass: string | null;
  approvalId: number | null;
}

export async function decideEvaluationAppeal(
  db: Kysely<DatabaseSchema>,
  input: AppealDecisionInput,
): Promise<AppealDecision> {
  const decidedBy = requireActor(input.decidedBy, 'decidedBy');
  const reason = requireText(input.reason, 'reason', '处理意见');
  const appeal = await findEvaluationAppeal(db, input.appealId);
  if (!appeal) throw notFound('申诉', String(input.appealId));
  if (appeal.status !== 'open')
    throw new AppError('conflict', `申诉 ${appeal.id} 已处理 (appeal ${appeal.id} is already ${appeal.status})`);
  if (appeal.filed_by === decidedBy)
    throw new AppError('forbidden', `申诉人不能处理自己的申诉 (the person who filed an appeal cannot decide it)`, [
      { path: 'decidedBy', message: 'same person as filedBy' },
    ]);
  const pending = await findPendingAppealApproval(db, appeal.id);
  if (pending) throw pendingConflict(`申诉 ${appeal.id} `, pending.id);
  const { record, run } = await requireRunDocument(db, appeal.run_id);
  const result = await findEvaluationResult(db, appeal.run_id, appeal.enterprise_id);
  const classBefore = result.final_class;
  const now = input.now ?? new Date();
  const outcome = (
    status: AppealDecision['status'],
    classAfter: string | null,
    approvalId: number | null,
    proposedClass: string | null = null,
  ): AppealDecision => ({
    id: appeal.id,
    uscc: result.uscc,
    status,
    classBefore,
    classAfter,
    proposedClass,
    approvalId,
  });

  const changes = input.decision === 'accept' && input.newClass != null && input.newClass !== classBefore;
  if (!changes) {
    const status = input.decision === 'accept' ? 'accepted' : 'rejected';
    await db.transaction().execute(async (trx) => {
      if (status === 'accepted') {
        await acceptEvaluationAppeal(trx, {
          appeal,
          schemeId: record.scheme_id,
          unitId: result.unit_id,
          initialClass: result.initial_class,
          reason,
          decidedBy,
          approvedBy: null,
          approvalId: null,
          classBefore,
          classAfter: classBefore,
          actor: decidedBy,
          at: now,
        });
        return;
      }
      const updated = await decideEvaluationAppealRow(trx, appeal.id, {
        status,
        reason,
        decidedBy,
        approvedBy: null,
        decidedAt: now,
        classBefore,
        classAfter: classBefore,
      });
      if (!updated)
        throw new AppError('conflict', `申诉 ${appeal.id} 已被他人处理 (appeal ${appeal.id} changed meanwhile)`);
      await insertEvaluationEvent(trx, {
        runId: appeal.run_id,
        schemeId: record.scheme_id,
        enterpriseId: appeal.enterprise_id,
        reportingUnitId: appeal.reporting_unit_id,
        action: 'appeal_rejected',
        actor: decidedBy,
        details: {
          appealId: appeal.id,
          reason,
          classBefore,
          classAfter: classBefore,
          initialClass: result.initial_class,
        },
      });
    });
    return outcome(status, classBefore, null);
  }

  const classAfter = requireClass(run, input.newClass!, 'newClass');
  if (result.status !== 'rated' || classBefore === null)
    throw new AppError('conflict', `企业 ${result.uscc} 未定等级，不能改等级 (not graded; its class cannot change)`);
  const approvedBy = input.approvedBy == null ? null : requireActor(input.approvedBy, 'approvedBy');
  if (approvedBy === decidedBy)
    throw new AppError(
      'forbidden',
      `改变等级须由处理人以外的另一人批准 (a class change must be approved by someone other than the decider)`,
      [{ path: 'approvedBy', message: 'same person as decidedBy' }],
    );
  if (approvedBy !== null && approvedBy === appeal.filed_by)
    throw new AppError('forbidden', `申诉人不能批准自己的申诉 (the person who filed an appeal cannot approve it)`, [
      { path: 'approvedBy', message: 'same person as filedBy' },
    ]);
  try {
    return await db.transaction().execute(async (trx) => {
      const approvalId = await insertEvaluationApproval(trx, {
        kind: 'appeal',
        runId: appeal.run_id,
        enterpriseId: appeal.enterprise_id,
        reportingUnitId: appeal.reporting_unit_id,
        appealId: appeal.id,
        fromClass: classBefore,
        toClass: classAfter,
        reason,
        requestedBy: decidedBy,
        requestedAt: now,
        ...(approvedBy === null ? {} : { approved: { by: approvedBy, at: now, note: null } }),
      });
      if (approvedBy === null) {
        await insertEvaluationEvent(trx, {
          runId: appeal.run_id,
          schemeId: record.scheme_id,
          enterpriseId: appeal.enterprise_id,
          reportingUnitId: appeal.reporting_unit_id,
          action: 'appeal_acceptance_requested',
          actor: decidedBy,
          details: { appealId: appeal.id, approvalId, reason, classBefore, proposedClass: classAfter },
        });
        return outcome('awaiting_approval', classBefore, approvalId, classAfter);
      }
      await acceptEvaluationAppeal(trx, {
        appeal,
        schemeId: record.scheme_id,
        unitId: result.unit_id,
        initialClass: result.initial_class,
        reason,
        decidedBy,
        approvedBy,
        approvalId,
        classBefore,
        classAfter,
        actor: decidedBy,
        at: now,
      });
      return outcome('accepted', classAfter, approvalId);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw pendingConflict(`申诉 ${appeal.id} `, null);
    throw error;
  }
}
