/**
 * Writes an accepted file in one transaction, serialised per source and period: the raw file, enterprises
 * that were confirmed for creation, their year attributes, the batch with its warnings, the observations,
 * and the new revision. A crash at any point leaves nothing of the batch behind.
 */
import type { IntakeIssue, SourceProfile } from '@observatory/core';
import type { Database } from '../../db/database.ts';
import { copyEnterprisesWithNames, lockEnterpriseRegistration } from '../../repositories/enterprise-bulk.repository.ts';
import { findKnownEnterprises, mergeEnterpriseYears } from '../../repositories/import-enterprise.repository.ts';
import {
  findCommittedBatchByFile,
  findSourcePeriodState,
  insertBatch,
  insertIssues,
  lockSourcePeriod,
  recordRevision,
  storeRawFile,
} from '../../repositories/import.repository.ts';
import { copyObservations } from '../../repositories/observation.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import type { CheckedRecord } from './check-records-against-store.ts';
import { countSeverities } from './import-result.ts';
import type { ImportPeriod } from './resolve-import-period.ts';

export interface StoreImportInput {
  file: { sha256: string; bytes: Uint8Array; name: string };
  sheet: string;
  profile: SourceProfile;
  period: ImportPeriod;
  records: readonly CheckedRecord[];
  issues: readonly IntakeIssue[];
  rowsTotal: number;
  rowsRejected: number;
  actor: string;
  onProgress?: ((done: number, total: number) => void) | undefined;
  /**
   * Rows the batch keeps beside its observations (the land file's parcels), written in the same transaction
   * after them; gets the batch id and, by USCC, each record's enterprise and reporting unit.
   */
  writeBatchRows?:
    | ((
        trx: Queryable,
        batchId: number,
        enterpriseOf: (uscc: string) => { enterpriseId: number; reportingUnitId: string } | undefined,
      ) => Promise<void>)
    | undefined;
}

export type StoreImportOutcome =
  | { kind: 'committed'; batchId: number; supersedes: number | null; revision: number; enterprisesCreated: number }
  | { kind: 'duplicate'; batchId: number };

export async function storeImport(database: Database, input: StoreImportInput): Promise<StoreImportOutcome> {
  const { profile, period, records } = input;
  const sourcePeriod = { source: profile.id, year: period.year, month: period.month };
  return database.bulkTransaction(async ({ db: trx, copyRows }) => {
    await lockSourcePeriod(trx, sourcePeriod);
    const duplicate = await findCommittedBatchByFile(trx, profile.id, input.file.sha256);
    if (duplicate) return { kind: 'duplicate' as const, batchId: duplicate.id };
    await storeRawFile(trx, { sha256: input.file.sha256, content: input.file.bytes, name: input.file.name });

    // New enterprises are registered under one lock for all imports, after looking again: another import
    // may have registered the same enterprise since the file was checked.
    await lockEnterpriseRegistration(trx);
    const registered = new Map(
      (
        await findKnownEnterprises(
          trx,
          records.filter((record) => record.enterpriseId === null).map((record) => record.uscc),
        )
      ).map((row) => [row.uscc, row.id]),
    );
    const toCreate = records.filter((record) => record.enterpriseId === null && !registered.has(record.uscc));
    const created = await copyEnterprisesWithNames(
      trx,
      copyRows,
      toCreate.map((record) => ({
        uscc: record.uscc,
        reportingUnitId: record.reportingUnitId,
        usccWarning: record.usccWarning,
        name: record.name ?? record.uscc,
        validFrom: `${period.year}-01-01`,
      })),
    );
    const enterpriseIdOf = (record: CheckedRecord) =>
      record.enterpriseId ?? registered.get(record.uscc) ?? created.get(record.uscc)!;
    await mergeEnterpriseYears(
      trx,
      records.map((record) => ({
        enterpriseId: enterpriseIdOf(record),
        year: period.year,
        reportingUnitId: record.reportingUnitId,
        industryCode: record.industryCode,
        aboveScale: profile.population === 'above_scale' ? true : null,
        inProduction: null,
      })),
    );

    const previous = await findSourcePeriodState(trx, sourcePeriod);
    const supersedes = previous?.current_batch_id ?? null;
    const { errors, warnings } = countSeverities(input.issues);
    const batchId = await insertBatch(trx, {
      source: profile.id,
      periodYear: period.year,
      periodMonth: period.month,
      fileSha256: input.file.sha256,
      fileName: input.file.name,
      sheetName: input.sheet,
      status: 'committed',
      supersedesBatchId: supersedes,
      rowsTotal: input.rowsTotal,
      rowsAccepted: input.rowsTotal - input.rowsRejected,
      rowsRejected: input.rowsRejected,
      errors,
      warnings,
      createdBy: input.actor,
    });
    await insertIssues(trx, batchId, input.issues);
    await copyObservations(
      copyRows,
      { batchId, periodYear: period.year, periodMonth: period.month },
      records.map((record) => ({
        enterpriseId: enterpriseIdOf(record),
        reportingUnitId: record.reportingUnitId,
        sheetRow: record.sheetRow,
        values: record.values,
      })),
      input.onProgress,
    );
    if (input.writeBatchRows) {
      const byUscc = new Map(
        records.map((record) => [
          record.uscc,
          { enterpriseId: enterpriseIdOf(record), reportingUnitId: record.reportingUnitId },
        ]),
      );
      await input.writeBatchRows(trx, batchId, (uscc) => byUscc.get(uscc));
    }
    const revision = await recordRevision(trx, sourcePeriod, {
      action: 'commit',
      batchId,
      currentBatchId: batchId,
      actor: input.actor,
      note: supersedes === null ? null : `替代批次 ${supersedes} (supersedes batch ${supersedes})`,
    });
    return { kind: 'committed' as const, batchId, supersedes, revision, enterprisesCreated: created.size };
  });
}
