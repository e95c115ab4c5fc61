/**
 * Import batches, their issues, the raw files they came from, and the revision state per source and
 * period. Observations have their own repository (observation.repository.ts).
 */
import { sql } from 'kysely';
import { chunked, type Queryable } from './queryable.ts';

export interface SourcePeriod {
  source: string;
  year: number;
  /** 1–12 for monthly sources, 0 for annual ones. */
  month: number;
}

export async function storeRawFile(
  db: Queryable,
  file: { sha256: string; content: Uint8Array; name: string },
): Promise<void> {
  await db
    .insertInto('raw_file')
    .values({ sha256: file.sha256, size_bytes: file.content.byteLength, content: file.content, first_name: file.name })
    .onConflict((conflict) => conflict.column('sha256').doNothing())
    .execute();
}

export async function findRawFile(db: Queryable, sha256: string) {
  return db.selectFrom('raw_file').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

/** Serialises imports of one source and period until the transaction ends (both engines). */
export async function lockSourcePeriod(db: Queryable, period: SourcePeriod): Promise<void> {
  const key = `import:${period.source}:${period.year}:${period.month}`;
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(db);
}

export async function findCommittedBatchByFile(db: Queryable, source: string, sha256: string) {
  return db
    .selectFrom('import_batch')
    .selectAll()
    .where('source_profile', '=', source)
    .where('file_sha256', '=', sha256)
    .where('status', '=', 'committed')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export interface NewBatch {
  source: string;
  periodYear: number | null;
  periodMonth: number;
  fileSha256: string;
  fileName: string;
  sheetName: string | null;
  status: 'committed' | 'rejected';
  supersedesBatchId: number | null;
  rowsTotal: number;
  rowsAccepted: number;
  rowsRejected: number;
  errors: number;
  warnings: number;
  createdBy: string;
}

export async function insertBatch(db: Queryable, batch: NewBatch): Promise<number> {
  const { id } = await db
    .insertInto('import_batch')
    .values({
      source_profile: batch.source,
      period_year: batch.periodYear,
      period_month: batch.periodMonth,
      file_sha256: batch.fileSha256,
      file_name: batch.fileName,
      sheet_name: batch.sheetName,
      status: batch.status,
      supersedes_batch_id: batch.supersedesBatchId,
      rows_total: batch.rowsTotal,
      rows_accepted: batch.rowsAccepted,
      rows_rejected: batch.rowsRejected,
      errors: batch.errors,
      warnings: batch.warnings,
      created_by: batch.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function setBatchStatus(
  db: Queryable,
  batchId: number,
  status: 'committed' | 'rolled_back',
): Promise<void> {
  await db.updateTable('import_batch').set({ status }).where('id', '=', batchId).execute();
}

export interface StoredIssue {
  row: number | null;
  column: string | null;
  code: string;
  severity: 'error' | 'warning';
  message: { zh: string; en: string };
}

export async function insertIssues(db: Queryable, batchId: number, issues: readonly StoredIssue[]): Promise<void> {
  const rows = issues.map((issue, index) => ({
    batch_id: batchId,
    seq: index + 1,
    sheet_row: issue.row,
    column_label: issue.column,
    code: issue.code,
    severity: issue.severity,
    message_zh: issue.message.zh,
    message_en: issue.message.en,
  }));
  for (const chunk of chunked(rows, 1000)) await db.insertInto('import_issue').values(chunk).execute();
}

export async function findBatch(db: Queryable, batchId: number) {
  return db.selectFrom('import_batch').selectAll().where('id', '=', batchId).executeTakeFirst();
}

export async function listBatches(
  db: Queryable,
  filter: { source?: string | undefined; limit: number; offset: number },
) {
  let query = db.selectFrom('import_batch').selectAll().orderBy('id', 'desc');
  if (filter.source) query = query.where('source_profile', '=', filter.source);
  return query.limit(filter.limit).offset(filter.offset).execute();
}

export async function listIssues(db: Queryable, batchId: number) {
  return db.selectFrom('import_issue').selectAll().where('batch_id', '=', batchId).orderBy('seq').execute();
}

export async function findSourcePeriodState(db: Queryable, period: SourcePeriod) {
  return db
    .selectFrom('source_period_state')
    .selectAll()
    .where('source_profile', '=', period.source)
    .where('period_year', '=', period.year)
    .where('period_month', '=', period.month)
    .executeTakeFirst();
}

/** Points the source and period at a batch (or at nothing) and records the revision event. */
export async function recordRevision(
  db: Queryable,
  period: SourcePeriod,
  event: {
    action: 'commit' | 'rollback';
    batchId: number;
    currentBatchId: number | null;
    actor: string;
    note: string | null;
  },
): Promise<number> {
  const state = await findSourcePeriodState(db, period);
  const revision = (state?.revision ?? 0) + 1;
  await db
    .insertInto('source_period_state')
    .values({
      source_profile: period.source,
      period_year: period.year,
      period_month: period.month,
      current_batch_id: event.currentBatchId,
      revision,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['source_profile', 'period_year', 'period_month'])
        .doUpdateSet({ current_batch_id: event.currentBatchId, revision }),
    )
    .execute();
  await db
    .insertInto('revision_event')
    .values({
      source_profile: period.source,
      period_year: period.year,
      period_month: period.month,
      revision,
      action: event.action,
      batch_id: event.batchId,
      current_batch_id: event.currentBatchId,
      actor: event.actor,
      note: event.note,
    })
    .execute();
  return revision;
}

export async function listRevisionEvents(db: Queryable, period: SourcePeriod) {
  return db
    .selectFrom('revision_event')
    .selectAll()
    .where('source_profile', '=', period.source)
    .where('period_year', '=', period.year)
    .where('period_month', '=', period.month)
    .orderBy('revision')
    .execute();
}

/** File name and import time of some batches (import metadata, no enterprise data). */
export async function findBatchSummaries(db: Queryable, batchIds: readonly number[]) {
  if (batchIds.length === 0) return [];
  return db
    .selectFrom('import_batch')
    .select(['id', 'source_profile', 'file_name', 'created_at'])
    .where('id', 'in', [...batchIds])
    .execute();
}
