/**
 * Rolls back the current batch of a source and period as a whole: a new revision makes the batch it
 * superseded current again (or none), and the batch is marked rolled back. Nothing is deleted; the
 * observations stay in history.
 */
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findBatch,
  findSourcePeriodState,
  lockSourcePeriod,
  recordRevision,
  setBatchStatus,
} from '../../repositories/import.repository.ts';

export async function rollbackImport(
  db: Kysely<DatabaseSchema>,
  input: { batchId: number; actor: string; reason: string },
) {
  if (input.reason.trim() === '')
    throw new AppError('validation_failed', '必须说明回退原因 (a reason is required)', [
      { path: 'reason', message: 'required' },
    ]);
  return db.transaction().execute(async (trx) => {
    const batch = await findBatch(trx, input.batchId);
    if (!batch) throw notFound('导入批次', String(input.batchId));
    if (batch.status !== 'committed' || batch.period_year === null) {
      throw new AppError(
        'conflict',
        `批次 ${batch.id} 状态为 ${batch.status}，不能回退 (only a committed batch can be rolled back)`,
      );
    }
    const period = { source: batch.source_profile, year: batch.period_year, month: batch.period_month };
    await lockSourcePeriod(trx, period);
    const state = await findSourcePeriodState(trx, period);
    if (state?.current_batch_id !== batch.id) {
      throw new AppError(
        'conflict',
        `批次 ${batch.id} 不是当前版本，请先回退较新的批次 ${state?.current_batch_id ?? '—'} (roll back the newer batch first)`,
      );
    }
    let restored = batch.supersedes_batch_id;
    while (restored !== null) {
      const candidate = await findBatch(trx, restored);
      if (candidate?.status === 'committed') break;
      restored = candidate?.supersedes_batch_id ?? null;
    }
    await setBatchStatus(trx, batch.id, 'rolled_back');
    const revision = await recordRevision(trx, period, {
      action: 'rollback',
      batchId: batch.id,
      currentBatchId: restored,
      actor: input.actor,
      note: input.reason.trim(),
    });
    return { batchId: batch.id, status: 'rolled_back' as const, currentBatchId: restored, revision };
  });
}
