/**
 * The problems a register list upload answers (an AppError's details `{ path, message }`, e.g.
 * `第3行「腾出用地（亩）」(row 3)` from the 整治清单, `第 2 行 类别 列 (row 2, column 类别)` from the 平台载体名单, or
 * `文件 (file)`) read as sheet issues with their row and column, so the upload panel can show them in the same
 * grid as the general import's validation report. A warning of an accepted file (`{ row, column, message }`) reads
 * the same way.
 */
import type { SheetIssue } from './sheet-issue.ts';

interface Problem {
  path?: string | undefined;
  row?: number | null | undefined;
  column?: string | null | undefined;
  message: string;
}

const rowOf = (path: string): number | null => {
  const match = /\(row (\d+)/u.exec(path) ?? /第\s*(\d+)\s*行/u.exec(path);
  return match ? Number(match[1]) : null;
};

const columnOf = (path: string): string | null => {
  const match = /「(.+?)」/u.exec(path) ?? /column ([^)]+)\)/u.exec(path) ?? /行\s+(\S+)\s+列/u.exec(path);
  return match ? match[1]!.trim() : null;
};

/** The Chinese part of a bilingual message, as the short text shown in a bad cell. */
export const shortText = (message: string): string => message.replace(/\s*\([^()]*\)\s*$/u, '').trim() || message;

export function issuesOfProblems(details: unknown, severity: SheetIssue['severity'] = 'error'): SheetIssue[] {
  if (!Array.isArray(details)) return [];
  return (details as Problem[])
    .filter((detail) => typeof detail?.message === 'string')
    .map((detail) => {
      const path = detail.path ?? '';
      const row = detail.row !== undefined ? detail.row : rowOf(path);
      const column = detail.column !== undefined ? detail.column : row === null ? null : columnOf(path);
      return { row, column, code: shortText(detail.message), severity, message: detail.message };
    });
}
