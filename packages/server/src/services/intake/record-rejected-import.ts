/** Keeps a rejected attempt (raw file, batch marked rejected, its issues) without any of its data. */
import type { IntakeIssue } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { insertBatch, insertIssues, storeRawFile } from '../../repositories/import.repository.ts';
import { countSeverities } from './import-result.ts';
import type { ImportPeriod } from './resolve-import-period.ts';

export async function recordRejectedImport(
  db: Kysely<DatabaseSchema>,
  input: {
    file: { sha256: string; bytes: Uint8Array; name: string };
    sheet: string;
    source: string;
    period: ImportPeriod | null;
    rows: { total: number };
    issues: readonly IntakeIssue[];
    actor: string;
  },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await storeRawFile(trx, { sha256: input.file.sha256, content: input.file.bytes, name: input.file.name });
    const { errors, warnings } = countSeverities(input.issues);
    const batchId = await insertBatch(trx, {
      source: input.source,
      periodYear: input.period?.year ?? null,
      periodMonth: input.period?.month ?? 0,
      fileSha256: input.file.sha256,
      fileName: input.file.name,
      sheetName: input.sheet,
      status: 'rejected',
      supersedesBatchId: null,
      rowsTotal: input.rows.total,
      rowsAccepted: 0,
      rowsRejected: input.rows.total,
      errors,
      warnings,
      createdBy: input.actor,
    });
    await insertIssues(trx, batchId, input.issues);
    return batchId;
  });
}
