/** Import history: batches with their counts, one batch with its issues, and the revisions of a source and period. */
import type { Kysely } from 'kysely';
import { notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findBatch, listBatches, listIssues, listRevisionEvents } from '../../repositories/import.repository.ts';

type BatchRow = NonNullable<Awaited<ReturnType<typeof findBatch>>>;

const toBatchView = (row: BatchRow) => ({
  id: row.id,
  source: row.source_profile,
  period: row.period_year === null ? null : { year: row.period_year, month: row.period_month },
  fileName: row.file_name,
  fileSha256: row.file_sha256,
  sheet: row.sheet_name,
  status: row.status,
  supersedes: row.supersedes_batch_id,
  rows: { total: row.rows_total, accepted: row.rows_accepted, rejected: row.rows_rejected },
  errors: row.errors,
  warnings: row.warnings,
  createdBy: row.created_by,
  createdAt: row.created_at,
});

export async function listImportBatches(
  db: Kysely<DatabaseSchema>,
  filter: { source?: string | undefined; limit: number; offset: number },
) {
  return (await listBatches(db, filter)).map(toBatchView);
}

export async function getImportBatch(db: Kysely<DatabaseSchema>, batchId: number) {
  const batch = await findBatch(db, batchId);
  if (!batch) throw notFound('导入批次', String(batchId));
  const issues = await listIssues(db, batchId);
  const revisions =
    batch.period_year === null
      ? []
      : await listRevisionEvents(db, {
          source: batch.source_profile,
          year: batch.period_year,
          month: batch.period_month,
        });
  return {
    ...toBatchView(batch),
    issues: issues.map((issue) => ({
      row: issue.sheet_row,
      column: issue.column_label,
      code: issue.code,
      severity: issue.severity,
      message: `${issue.message_zh} (${issue.message_en})`,
    })),
    revisions: revisions.map((event) => ({
      revision: event.revision,
      action: event.action,
      batchId: event.batch_id,
      currentBatchId: event.current_batch_id,
      actor: event.actor,
      note: event.note,
      at: event.at,
    })),
  };
}
