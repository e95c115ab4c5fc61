/**
 * Submits a draft run for review (draft → in_review). The run is verified first: a run whose stored JSON no
 * longer matches its digest, or that does not recompute to it, is refused.
 */
import { verifyEvaluationRun } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { insertEvaluationEvent, updateEvaluationRunStatus } from '../../repositories/evaluation.repository.ts';
import { sha256Digest } from './evaluation-digest.ts';
import { requireActor, requireRunDocument, requireStatus } from './evaluation-guards.ts';

export async function submitEvaluationRun(
  db: Kysely<DatabaseSchema>,
  input: { runId: number; submittedBy: string; now?: Date },
): Promise<void> {
  const submittedBy = requireActor(input.submittedBy, 'submittedBy');
  const { record, run } = await requireRunDocument(db, input.runId);
  requireStatus(record, ['draft'], '提交审核 (submit)');
  const check = verifyEvaluationRun(run, { digest: sha256Digest });
  if (!check.intact || !check.reproducible || run.digest !== record.digest)
    throw new AppError(
      'conflict',
      `评价批次 ${input.runId} 校验未通过，不能提交 (run ${input.runId} fails verification: intact ${check.intact}, reproducible ${check.reproducible})`,
    );
  const now = input.now ?? new Date();
  await db.transaction().execute(async (trx) => {
    const updated = await updateEvaluationRunStatus(trx, input.runId, 'draft', {
      status: 'in_review',
      submittedBy,
      submittedAt: now,
    });
    if (!updated)
      throw new AppError('conflict', `评价批次 ${input.runId} 已被他人提交 (run ${input.runId} changed meanwhile)`);
    await insertEvaluationEvent(trx, {
      runId: input.runId,
      schemeId: record.scheme_id,
      action: 'run_submitted',
      actor: submittedBy,
      details: { digest: record.digest },
    });
  });
}
