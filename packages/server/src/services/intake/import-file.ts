/**
 * Imports one department file: read → find the table and source → period → extract and check rows →
 * store all or nothing. The same file again is a no-op ("duplicate"); a corrected file for a source and
 * period already imported becomes a new revision. A rejected file stores no data, only the attempt (raw
 * file, batch marked rejected, its issues) so its report can be fetched later.
 */
import { createHash } from 'node:crypto';
import { extractRecords, intakeIssue, type IntakeIssue } from '@observatory/core';
import type { Database } from '../../db/database.ts';
import { ReaderError, readWorkbook } from '../../readers/index.ts';
import { findCommittedBatchByFile } from '../../repositories/import.repository.ts';
import { checkRecordsAgainstStore } from './check-records-against-store.ts';
import { chooseTable } from './choose-table.ts';
import { toIssueView, type ImportResult } from './import-result.ts';
import { recordRejectedImport } from './record-rejected-import.ts';
import { resolveImportPeriod, type ImportPeriod } from './resolve-import-period.ts';
import { loadSourceProfiles } from './source-profiles.ts';
import { storeImport } from './store-import.ts';
import { importRegisterFile } from './import-register-file.ts';
import { landParcelWriter } from '../registers/write-land-parcels.ts';

export interface ImportFileInput {
  bytes: Uint8Array;
  fileName: string;
  source?: string | undefined;
  period?: ImportPeriod | undefined;
  dryRun?: boolean | undefined;
  /** Register enterprises the file names that are not yet known (a person confirmed it). */
  createEnterprises?: boolean | undefined;
  actor: string;
  onProgress?: ((stage: string, done: number, total: number) => void) | undefined;
}

const emptyResult = (issues: IntakeIssue[]): ImportResult => ({
  batchId: null,
  status: 'rejected',
  source: null,
  period: null,
  sheet: null,
  supersedes: null,
  revision: null,
  rows: { total: 0, accepted: 0, rejected: 0 },
  enterprisesCreated: 0,
  issues: issues.map(toIssueView),
});

export async function importFile(database: Database, input: ImportFileInput): Promise<ImportResult> {
  const db = database.db;
  const progress = input.onProgress ?? (() => undefined);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  progress('reading', 0, 1);
  let grids;
  try {
    grids = await readWorkbook(input.bytes, input.fileName);
  } catch (error) {
    if (!(error instanceof ReaderError)) throw error;
    return emptyResult([intakeIssue('file_unreadable', { row: null, column: null }, { reason: error.message })]);
  }
  const profiles = await loadSourceProfiles(db);
  const chosen = chooseTable(grids, profiles, input.fileName, input.source);
  if ('failures' in chosen)
    return emptyResult(
      chosen.failures.map((reason) => intakeIssue('table_not_found', { row: null, column: null }, { reason })),
    );
  const { grid, profile, table } = chosen;
  const duplicate = await findCommittedBatchByFile(db, profile.id, sha256);
  const base = { source: profile.id, sheet: grid.name, supersedes: null, revision: null, enterprisesCreated: 0 };
  if (duplicate) {
    return {
      ...base,
      batchId: duplicate.id,
      status: 'duplicate',
      period: duplicate.period_year === null ? null : { year: duplicate.period_year, month: duplicate.period_month },
      rows: { total: duplicate.rows_total, accepted: duplicate.rows_accepted, rejected: duplicate.rows_rejected },
      issues: [],
    };
  }
  if (profile.target !== 'observations')
    return importRegisterFile(database, { ...input, sha256, grid, profile, table });
  const { period, issues: periodIssues } = resolveImportPeriod(profile, table.periodText, input.fileName, input.period);
  progress('checking', 0, 1);
  const extraction = extractRecords(grid, table, profile);
  const columnLabel = (role: string) =>
    table.columns.find((column) => profile.columns.find((candidate) => candidate.key === column.key)?.role === role)
      ?.label ?? null;
  const checked = period
    ? await checkRecordsAgainstStore(db, extraction.records, {
        profile,
        period,
        createEnterprises: input.createEnterprises ?? false,
        unitColumn: columnLabel('reporting_unit'),
        industryColumn: columnLabel('industry_code'),
      })
    : { records: [], issues: [], rowsRejected: extraction.records.length };
  const issues = [...periodIssues, ...extraction.issues, ...checked.issues];
  if (extraction.rowsTotal === 0)
    issues.push(
      intakeIssue(
        'required_column_missing',
        { row: null, column: null },
        { columnsZh: '数据行', columnsEn: 'data rows' },
      ),
    );
  const rejected = issues.some((issue) => issue.severity === 'error');
  const rowsRejected = extraction.rowsRejected + checked.rowsRejected;
  // A rejected file stores none of its rows, in a dry run as in the real import.
  const rows = rejected
    ? { total: extraction.rowsTotal, accepted: 0, rejected: extraction.rowsTotal }
    : { total: extraction.rowsTotal, accepted: extraction.rowsTotal - rowsRejected, rejected: rowsRejected };
  const summary = { ...base, period, rows, issues: issues.map(toIssueView) };
  if (input.dryRun) return { ...summary, batchId: null, status: rejected ? 'rejected' : 'dry_run' };
  const file = { sha256, bytes: input.bytes, name: input.fileName };
  if (rejected) {
    const batchId = await recordRejectedImport(db, {
      file,
      sheet: grid.name,
      source: profile.id,
      period,
      rows,
      issues,
      actor: input.actor,
    });
    return { ...summary, batchId, status: 'rejected' };
  }
  const outcome = await storeImport(database, {
    file,
    sheet: grid.name,
    profile,
    period: period!,
    records: checked.records,
    issues,
    rowsTotal: rows.total,
    rowsRejected: rows.rejected,
    actor: input.actor,
    onProgress: (done, total) => progress('storing', done, total),
    writeBatchRows: profile.landParcels ? landParcelWriter(grid, table, profile, period!.year) : undefined,
  });
  if (outcome.kind === 'duplicate') return { ...summary, batchId: outcome.batchId, status: 'duplicate', issues: [] };
  return {
    ...summary,
    batchId: outcome.batchId,
    supersedes: outcome.supersedes,
    revision: outcome.revision,
    enterprisesCreated: outcome.enterprisesCreated,
    status: 'committed',
  };
}
