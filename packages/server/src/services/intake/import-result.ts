/** What an import answers: the batch, its status, row counts and every issue (the CLI's and API's JSON). */
import type { IntakeIssue } from '@observatory/core';

export type ImportStatus = 'committed' | 'duplicate' | 'rejected' | 'dry_run';

export interface ImportIssueView {
  row: number | null;
  column: string | null;
  code: string;
  severity: 'error' | 'warning';
  /** Chinese first, English in brackets. */
  message: string;
}

export interface ImportResult {
  batchId: number | null;
  status: ImportStatus;
  source: string | null;
  period: { year: number; month: number } | null;
  sheet: string | null;
  /** The batch this one replaces as the current revision of its source and period. */
  supersedes: number | null;
  revision: number | null;
  rows: { total: number; accepted: number; rejected: number };
  enterprisesCreated: number;
  issues: ImportIssueView[];
}

export function toIssueView(issue: IntakeIssue): ImportIssueView {
  return {
    row: issue.row,
    column: issue.column,
    code: issue.code,
    severity: issue.severity,
    message: `${issue.message.zh} (${issue.message.en})`,
  };
}

export function countSeverities(issues: readonly IntakeIssue[]) {
  return {
    errors: issues.filter((issue) => issue.severity === 'error').length,
    warnings: issues.filter((issue) => issue.severity === 'warning').length,
  };
}
