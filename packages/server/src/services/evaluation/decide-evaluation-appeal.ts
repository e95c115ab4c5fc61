/**
 * Deciding an appeal, with the decision's reason and who decided (not the person who filed it). Rejecting keeps
 * the class. Accepting may change the final class (调档后) of the enterprise's evaluated unit; a change needs a
 * second person's approval (approvedBy, not the decider). The initial class (初评) always stays.
 */
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  insertEvaluationEvent,
  findEvaluationResult,
  setFinalClass,
} from '../../repositories/evaluation.repository.ts';
import { decideEvaluationAppealRow, findEvaluationAppeal } from '../../repositories/evaluation-review.repository.ts';
import { requireActor, requireClass, requireRunDocument, requireText } from './evaluation-guards.ts';

export interface AppealDecisionInput {
  appealId: number;
  decision: 'accept' | 'reject';
  reason: string;
  decidedBy: string;
  newClass?: string | null | undefined;
  approvedBy?: string | null | undefined;
  now?: Date;
}

export async function decideEvaluationAppeal(db: Kysely<DatabaseSchema>, input: AppealDecisionInput) {
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
  const { record, run } = await requireRunDocument(db, appeal.run_id);
  const result = await findEvaluationResult(db, appeal.run_id, appeal.enterprise_id);
  const classBefore = result.final_class;
  let classAfter = classBefore;
  let approvedBy: string | null = null;
  if (input.decision === 'accept' && input.newClass != null && input.newClass !== classBefore) {
    classAfter = requireClass(run, input.newClass, 'newClass');
    if (result.status !== 'rated')
      throw new AppError('conflict', `企业 ${result.uscc} 未定等级，不能改等级 (not graded; its class cannot change)`);
    approvedBy = requireActor(input.approvedBy ?? '', 'approvedBy');
    if (approvedBy === decidedBy)
      throw new AppError(
        'forbidden',
        `改变等级须由处理人以外的另一人批准 (a class change must be approved by someone other than the decider)`,
        [{ path: 'approvedBy', message: 'same person as decidedBy' }],
      );
  }
  const now = input.now ?? new Date();
  const status = input.decision === 'accept' ? 'accepted' : 'rejected';
  await db.transaction().execute(async (trx) => {
    const updated = await decideEvaluationAppealRow(trx, appeal.id, {
      status,
      reason,
      decidedBy,
      approvedBy,
      decidedAt: now,
      classBefore,
      classAfter,
    });
    if (!updated)
      throw new AppError('conflict', `申诉 ${appeal.id} 已被他人处理 (appeal ${appeal.id} changed meanwhile)`);
    if (classAfter !== classBefore) await setFinalClass(trx, appeal.run_id, result.unit_id, classAfter!);
    await insertEvaluationEvent(trx, {
      runId: appeal.run_id,
      schemeId: record.scheme_id,
      enterpriseId: appeal.enterprise_id,
      reportingUnitId: appeal.reporting_unit_id,
      action: `appeal_${status}`,
      actor: decidedBy,
      details: { appealId: appeal.id, reason, classBefore, classAfter, approvedBy, initialClass: result.initial_class },
    });
  });
  return { id: appeal.id, uscc: result.uscc, status, classBefore, classAfter };
}
