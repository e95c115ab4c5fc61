/**
 * Writes an accepted register list (projects, pool entries) in one transaction, serialised per source and
 * period like the department files: the raw file, enterprises confirmed for creation, the batch with its
 * warnings, the register rows (written by the caller's `writeRows`, which gets the batch id and each USCC's
 * enterprise id) and the new revision. Registers do not set enterprise-year attributes.
 */
import type { IntakeIssue, SourceProfile } from '@observatory/core';
import type { Database } from '../../db/database.ts';
import { copyEnterprisesWithNames, lockEnterpriseRegistration } from '../../repositories/enterprise-bulk.repository.ts';
import { findKnownEnterprises } from '../../repositories/import-enterprise.repository.ts';
import {
  findCommittedBatchByFile,
  findSourcePeriodState,
  insertBatch,
  insertIssues,
  lockSourcePeriod,
  recordRevision,
  storeRawFile,
} from '../../repositories/import.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { countSeverities } from './import-result.ts';
import type { ImportPeriod } from './resolve-import-period.ts';
import type { StoreImportOutcome } from './store-import.ts';

export interface NewRegisterEnterprise {
  uscc: string;
  reportingUnitId: string;
  usccWarning: string | null;
  name: string | null;
}

export interface StoreRegisterInput {
  file: { sha256: string; bytes: Uint8Array; name: string };
  sheet: string;
  profile: SourceProfile;
  period: ImportPeriod;
  newEnterprises: readonly NewRegisterEnterprise[];
  issues: readonly IntakeIssue[];
  rowsTotal: number;
  rowsRejected: number;
  actor: string;
  writeRows: (trx: Queryable, batchId: number, enterpriseIdOf: (uscc: string) => number | undefined) => Promise<void>;
}

export async function storeRegisterImport(database: Database, input: StoreRegisterInput): Promise<StoreImportOutcome> {
  const { profile, period } = input;
  const sourcePeriod = { source: profile.id, year: period.year, month: period.month };
  return database.bulkTransaction(async ({ db: trx, copyRows }) => {
    await lockSourcePeriod(trx, sourcePeriod);
    const duplicate = await findCommittedBatchByFile(trx, profile.id, input.file.sha256);
    if (duplicate) return { kind: 'duplicate' as const, batchId: duplicate.id };
    await storeRawFile(trx, { sha256: input.file.sha256, content: input.file.bytes, name: input.file.name });

    await lockEnterpriseRegistration(trx);
    const wanted = [...new Map(input.newEnterprises.map((firm) => [firm.uscc, firm])).values()];
    const registered = new Map(
      (
        await findKnownEnterprises(
          trx,
          wanted.map((firm) => firm.uscc),
        )
      ).map((row) => [row.uscc, row.id]),
    );
    const created = await copyEnterprisesWithNames(
      trx,
      copyRows,
      wanted
        .filter((firm) => !registered.has(firm.uscc))
        .map((firm) => ({ ...firm, name: firm.name ?? firm.uscc, validFrom: `${period.year}-01-01` })),
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
    await input.writeRows(trx, batchId, (uscc) => registered.get(uscc) ?? created.get(uscc));
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
