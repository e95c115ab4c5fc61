/**
 * One problem of an uploaded sheet, where the spreadsheet shows it: the row (1-based, null for the whole file), the
 * column's header label (null for the whole row), a short code and the bilingual message. The general import's
 * validation report and the register list uploads (整治清单, 平台载体名单) both speak it.
 */
export interface SheetIssue {
  row: number | null;
  column: string | null;
  code: string;
  severity: 'error' | 'warning';
  /** Chinese first, English in brackets. */
  message: string;
}
