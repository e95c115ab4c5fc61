/**
 * The second step of accepting an appeal that changes a class: another person (not the decider who proposed it,
 * nor the person who filed the appeal) approves the pending request; the appeal becomes accepted with both names
 * and the final class changes (accept-evaluation-appeal.ts). Refused when nothing waits for approval, or when the
 * class changed since the proposal.
 */
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  decideEvaluationApprovalRow,
  findPendingAppealApproval,
} from '../../repositories/evaluation-approval.repository.ts';
import { findEvaluationResult } from '../../repositories/evaluation.repository.ts';
import { findEvaluationAppeal } from '../../repositories/evaluation-review.repository.ts';
import { requireSecondPerson } from './approval-guards.ts';
import { acceptEvaluationAppeal } from './accept-evaluation-appeal.ts';
import type { AppealDecision } from './decide-evaluation-appeal.ts';
import { requireActor, requireRunRecord } from './evaluation-guards.ts';

/** The appeal and its class change waiting for approval (404 without the appeal, 409 without a pending change). */
export async function requirePendingAppealChange(db: Kysely<DatabaseSchema>, appealId: number) {
  const appeal = await findEvaluationAppeal(db, appealId);
  if (!appeal) throw notFound('申诉', String(appealId));
  const request = await findPendingAppealApproval(db, appeal.id);
  if (!request)
    throw new AppError(
      'conflict',
      `申诉 ${appeal.id} 没有待批准的改档 (appeal ${appeal.id} has no class change awaiting approval)`,
    );
  return { appeal, request };
}

export async function approveAppealClassChange(
  db: Kysely<DatabaseSchema>,
  input: { appealId: number; approvedBy: string; note?: string | null | undefined; now?: Date },
): Promise<AppealDecision> {
  const approvedBy = requireActor(input.approvedBy, 'approvedBy');
  const note = input.note?.trim() || null;
  const { appeal, request } = await requirePendingAppealChange(db, input.appealId);
  requireSecondPerson(request, approvedBy, 'approvedBy');
  if (appeal.filed_by === approvedBy)
    throw new AppError('forbidden', `申诉人不能批准自己的申诉 (the person who filed an appeal cannot approve it)`, [
      { path: 'approvedBy', message: 'same person as filedBy' },
    ]);
  const record = await requireRunRecord(db, appeal.run_id);
  const result = await findEvaluationResult(db, appeal.run_id, appeal.enterprise_id);
  if (result.final_class !== request.from_class)
    throw new AppError(
      'conflict',
      `企业 ${result.uscc} 的等级已由 ${request.from_class} 变为 ${result.final_class ?? '—'}，请重新处理 (the class changed since request ${request.id})`,
    );
  const now = input.now ?? new Date();
  await db.transaction().execute(async (trx) => {
    if (!(await decideEvaluationApprovalRow(trx, request.id, { status: 'approved', by: approvedBy, at: now, note })))
      throw new AppError('conflict', `申请 ${request.id} 已被他人处理 (request ${request.id} changed meanwhile)`);
    await acceptEvaluationAppeal(trx, {
      appeal,
      schemeId: record.scheme_id,
      unitId: result.unit_id,
      initialClass: result.initial_class,
      reason: request.reason,
      decidedBy: request.requested_by,
      approvedBy,
      approvalId: request.id,
      classBefore: request.from_class,
      classAfter: request.to_class,
      actor: approvedBy,
      at: now,
    });
  });
  return {
    id: appeal.id,
    uscc: result.uscc,
    status: 'accepted',
    classBefore: request.from_class,
    classAfter: request.to_class,
    proposedClass: null,
    approvalId: request.id,
  };
}
