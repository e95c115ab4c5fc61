/**
 * Imports a register list (project list, cultivation-pool list) once import-file.ts has found its table and
 * source: period → rows (core extractRegisterRows) → records with their checks (projects: code, 建设性质,
 * investment and date warnings; pools: tier, dates) → reporting unit and enterprise against the store → the
 * same outcomes as a department file: rejected with every issue and nothing stored, a dry run, a duplicate,
 * or one committed batch that is the new revision of its source and period.
 */
import {
  extractRegisterRows,
  intakeIssue,
  poolEntryRecords,
  projectRecords,
  type DetectedTable,
  type IntakeIssue,
  type SheetGrid,
  type SourceProfile,
} from '@observatory/core';
import type { Database } from '../../db/database.ts';
import { listIndustryCodes } from '../../repositories/industry.repository.ts';
import { INDUSTRY_EDITION } from '../reference/read-shipped-reference.ts';
import { checkRegisterIdentities, type RegisterIdentity } from '../registers/check-register-identities.ts';
import { writePoolEntries, writeProjects } from '../registers/write-register-rows.ts';
import type { ImportFileInput } from './import-file.ts';
import { toIssueView, type ImportResult } from './import-result.ts';
import { recordRejectedImport } from './record-rejected-import.ts';
import { resolveImportPeriod } from './resolve-import-period.ts';
import { storeRegisterImport } from './store-register-import.ts';

export interface RegisterImportInput extends ImportFileInput {
  sha256: string;
  grid: SheetGrid;
  profile: SourceProfile;
  table: DetectedTable;
}

/** The register records of the table, with their issues, by target. */
function readRecords(input: RegisterImportInput) {
  const extraction = extractRegisterRows(input.grid, input.table, input.profile);
  const read =
    input.profile.target === 'projects'
      ? { target: 'projects' as const, ...projectRecords(extraction) }
      : { target: 'pool_entries' as const, ...poolEntryRecords(extraction) };
  return {
    extraction,
    read,
    // Issues in sheet order, whichever step found them (file-level ones first).
    issues: [...extraction.issues, ...read.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    rowsRejected: extraction.rowsRejected + read.rowsRejected,
  };
}

export async function importRegisterFile(database: Database, input: RegisterImportInput): Promise<ImportResult> {
  const db = database.db;
  const { profile, grid, table } = input;
  const { period, issues: periodIssues } = resolveImportPeriod(profile, table.periodText, input.fileName, input.period);
  const { extraction, read, issues: rowIssues, rowsRejected: readRejected } = readRecords(input);
  const records: readonly (RegisterIdentity & { industryCode?: string | null })[] = read.records;
  const issues: IntakeIssue[] = [...periodIssues, ...rowIssues];
  const identities = await checkRegisterIdentities(db, records, {
    createEnterprises: input.createEnterprises ?? false,
    unknownEnterprise: profile.target === 'projects' ? 'warning' : 'error',
    unitColumn: extraction.labels.unit ?? null,
  });
  issues.push(...identities.issues);
  if (profile.target === 'projects') {
    const codes = await listIndustryCodes(db, INDUSTRY_EDITION);
    for (const record of records)
      if (record.industryCode && !codes.has(record.industryCode))
        issues.push(
          intakeIssue(
            'industry_code_unknown',
            { row: record.sheetRow, column: extraction.labels.industry ?? null },
            { code: record.industryCode },
          ),
        );
  }
  if (extraction.rowsTotal === 0)
    issues.push(
      intakeIssue(
        'required_column_missing',
        { row: null, column: null },
        { columnsZh: '数据行', columnsEn: 'data rows' },
      ),
    );
  const accepted = records.filter((record) => identities.resolved.has(record.sheetRow));
  const rejected = issues.some((issue) => issue.severity === 'error') || period === null;
  const total = extraction.rowsTotal;
  const rowsRejected = readRejected + records.length - accepted.length;
  const rows = rejected
    ? { total, accepted: 0, rejected: total }
    : { total, accepted: total - rowsRejected, rejected: rowsRejected };
  const base = { source: profile.id, sheet: grid.name, supersedes: null, revision: null, enterprisesCreated: 0 };
  const summary = { ...base, period, rows, issues: issues.map(toIssueView) };
  if (input.dryRun) return { ...summary, batchId: null, status: rejected ? 'rejected' : 'dry_run' };
  const file = { sha256: input.sha256, bytes: input.bytes, name: input.fileName };
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
  const identityOf = (record: RegisterIdentity) => identities.resolved.get(record.sheetRow)!;
  const outcome = await storeRegisterImport(database, {
    file,
    sheet: grid.name,
    profile,
    period: period!,
    newEnterprises: accepted.flatMap((record) =>
      identityOf(record).create && record.uscc !== null
        ? [
            {
              uscc: record.uscc,
              reportingUnitId: identityOf(record).reportingUnitId,
              usccWarning: record.usccWarning,
              name: record.enterpriseName,
            },
          ]
        : [],
    ),
    issues,
    rowsTotal: rows.total,
    rowsRejected: rows.rejected,
    actor: input.actor,
    writeRows: (trx, batchId, enterpriseIdOf) => {
      const context = { batchId, period: period!, identityOf, enterpriseIdOf };
      const isAccepted = (record: RegisterIdentity) => identities.resolved.has(record.sheetRow);
      return read.target === 'projects'
        ? writeProjects(trx, read.records.filter(isAccepted), context)
        : writePoolEntries(trx, read.records.filter(isAccepted), context);
    },
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
