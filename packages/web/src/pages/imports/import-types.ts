/** The shapes of the import API (POST /api/imports, GET /api/imports, GET /api/imports/{id}, GET /api/sources). */
import type { SheetIssue } from '../../components/sheet-issues/sheet-issue.ts';
import type { Bilingual } from '../../i18n/language.tsx';

/** An issue of the validation report (components/sheet-issues/sheet-issue.ts). */
export type ImportIssue = SheetIssue;

export interface ImportPeriod {
  year: number;
  month: number;
}

export interface RowCounts {
  total: number;
  accepted: number;
  rejected: number;
}

export interface ImportResult {
  batchId: number | null;
  status: 'committed' | 'duplicate' | 'rejected' | 'dry_run';
  source: string | null;
  period: ImportPeriod | null;
  sheet: string | null;
  supersedes: number | null;
  revision: number | null;
  rows: RowCounts;
  enterprisesCreated: number;
  issues: ImportIssue[];
}

export interface ImportBatch {
  id: number;
  source: string;
  period: ImportPeriod | null;
  fileName: string;
  fileSha256: string;
  sheet: string | null;
  status: string;
  supersedes: number | null;
  rows: RowCounts;
  errors: number;
  warnings: number;
  createdBy: string;
  createdAt: string;
}

export interface ImportRevision {
  revision: number;
  action: string;
  batchId: number;
  currentBatchId: number | null;
  actor: string;
  note: string | null;
  at: string;
}

export interface ImportBatchDetail extends ImportBatch {
  issues: ImportIssue[];
  revisions: ImportRevision[];
}

export interface SourceProfile {
  id: string;
  name: Bilingual;
  department: string;
  periodicity: string;
  population: string;
  columns: { key: string; role: string; measure: string | null; required: boolean }[];
}
