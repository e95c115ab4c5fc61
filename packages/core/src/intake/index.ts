/**
 * Intake rules without IO: reading cells, periods and headers of department spreadsheets, finding the
 * table a source profile describes, classifying rows and checking a file's own totals. Problems in input
 * are returned as IntakeIssue values.
 */
export { type CellValue, type MergedRange, type SheetGrid } from './sheet-grid.ts';
export * from './source-profile.ts';
export { INTAKE_ISSUE_CODES, INTAKE_ISSUE_TEMPLATES, formatIntakeIssue, intakeIssue } from './intake-issue.ts';
export type { IntakeIssue, IntakeIssueCode, IntakeIssueSeverity, IssueLocation } from './intake-issue.ts';
export { columnIndexOfLetter, columnLetter } from './column-letter.ts';
export { toFullWidth, toHalfWidth } from './to-half-width.ts';
export { MISSING_MARKERS, parseNumberCell, type NumberCell } from './parse-number-cell.ts';
export {
  parsePeriodText,
  type AnnualPeriodText,
  type MonthlyPeriodText,
  type PeriodText,
} from './parse-period-text.ts';
export { formatPeriodLabel } from './format-period-label.ts';
export { normaliseHeaderText, type NormalisedHeaderText } from './normalise-header-text.ts';
export { composeHeader } from './compose-header.ts';
export { headerLabelParts, type HeaderLabelParts } from './header-label-parts.ts';
export { labelMatchesSynonym, synonymParts } from './label-matches-synonym.ts';
export { matchProfileColumns, type ColumnMatch } from './match-profile-columns.ts';
export { findUnitLine, unitLineText, type UnitLine } from './find-unit-line.ts';
export { resolveColumnUnit, type ColumnUnit, type ColumnUnitInput, type UnitSource } from './resolve-column-unit.ts';
export { findHeaderBand, HEADER_SCAN_ROWS, MAX_HEADER_ROWS, type HeaderBand } from './find-header-band.ts';
export { isBlankRow, isColumnNumber, isHeaderMarkerRow, isUnitOnly } from './header-marker.ts';
export { detectTable, type DetectedColumn, type DetectedTable, type DetectionFailure } from './detect-table.ts';
export { classifyRow, type RowKind } from './classify-row.ts';
export { checkFileTotal, type FileTotalCheck } from './check-file-total.ts';
