/**
 * Publishes a run under review (in_review → published) with two-person approval: the approver must not be the
 * person who submitted it (over HTTP both are the accounts' logins). A run with a re-grade still awaiting its
 * second person is not published (approve or reject it first). Publication opens the appeal window: the deadline
 * is the publication time plus `appealDays` (15 unless given).
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { countPendingApprovals } from '../../repositories/evaluation-approval.repository.ts';
import { insertEvaluationEvent, updateEvaluationRunStatus } from '../../repositories/evaluation.repository.ts';
import { requireActor, requireRunRecord, requireStatus } from './evaluation-guards.ts';

export const DEFAULT_APPEAL_DAYS = 15;
const dayMs = 24 * 60 * 60 * 1000;

export async function publishEvaluationRun(
  db: Kysely<DatabaseSchema>,
  input: { runId: number; approvedBy: string; appealDays?: number | undefined; now?: Date },
): Promise<{ publishedAt: Date; appealDeadline: Date }> {
  const approvedBy = requireActor(input.approvedBy, 'approvedBy');
  const appealDays = input.appealDays ?? DEFAULT_APPEAL_DAYS;
  if (!Number.isInteger(appealDays) || appealDays < 0 || appealDays > 365)
    throw new AppError('validation_failed', `申诉期应为 0–365 天 (appealDays must be 0–365 days)`, [
      { path: 'appealDays', message: String(appealDays) },
    ]);
  const record = await requireRunRecord(db, input.runId);
  requireStatus(record, ['in_review'], '发布 (publish)');
  if (record.submitted_by === approvedBy)
    throw new AppError(
      'forbidden',
      `发布须由提交人以外的另一人批准：${approvedBy} 提交了该批次 (two-person rule: ${approvedBy} submitted this run and cannot approve it)`,
      [{ path: 'approvedBy', message: 'same person as submittedBy' }],
    );
  const pending = await countPendingApprovals(db, input.runId, 'regrade');
  if (pending > 0)
    throw new AppError(
      'conflict',
      `评价批次 ${input.runId} 有 ${pending} 项调档待批准，不能发布 (run ${input.runId} has ${pending} re-grade(s) awaiting approval)`,
    );
  const publishedAt = input.now ?? new Date();
  const appealDeadline = new Date(publishedAt.getTime() + appealDays * dayMs);
  await db.transaction().execute(async (trx) => {
    const updated = await updateEvaluationRunStatus(trx, input.runId, 'in_review', {
      status: 'published',
      publishedBy: approvedBy,
      publishedAt,
      appealDeadline,
    });
    if (!updated)
      throw new AppError('conflict', `评价批次 ${input.runId} 已变化 (run ${input.runId} changed meanwhile)`);
    await insertEvaluationEvent(trx, {
      runId: input.runId,
      schemeId: record.scheme_id,
      action: 'run_published',
      actor: approvedBy,
      details: { submittedBy: record.submitted_by, appealDays, appealDeadline: appealDeadline.toISOString() },
    });
  });
  return { publishedAt, appealDeadline };
}
