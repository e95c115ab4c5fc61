/**
 * Finding the table in a sheet for a source profile: the header band (find-header-band.ts), the sheet column
 * of each profile column (match rule: label-matches-synonym.ts), each column's unit (resolve-column-unit.ts,
 * with the `单位：万元` line above the header), the period the title states (parse-period-text.ts; the
 * rows above the header, top-down, then the sheet's name) and the first row under the header.
 *
 * Row numbers in the result (headerRows, dataStartRow, bestHeaderRow) are 0-based grid indexes; issues and
 * messages give 1-based sheet rows as Excel shows them. The table is found when its best band names at least
 * one required profile column (any column, if none is required); the required columns still missing are
 * listed and reported as a required_column_missing issue. Otherwise detection fails, saying which required
 * columns were not found and where the best candidate header was.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import { findUnit, type UnitCode } from '../units/index.ts';
import { findHeaderBand, HEADER_SCAN_ROWS } from './find-header-band.ts';
import { findUnitLine } from './find-unit-line.ts';
import { intakeIssue, type IntakeIssue } from './intake-issue.ts';
import { parsePeriodText, type PeriodText } from './parse-period-text.ts';
import { resolveColumnUnit, type UnitSource } from './resolve-column-unit.ts';
import type { SheetGrid } from './sheet-grid.ts';
import type { ProfileColumn, SourceProfile } from './source-profile.ts';

export interface DetectedColumn {
  key: string;
  /** 0-based sheet column. */
  index: number;
  /** The composed header label as the sheet writes it (`工业总产值(万元)|本年累计`). */
  label: string;
  unit: UnitCode | null;
  unitSource: UnitSource | null;
}

export interface DetectedTable {
  kind: 'table';
  headerRows: [number, number];
  columns: DetectedColumn[];
  unmatchedRequired: string[];
  periodText: PeriodText | null;
  dataStartRow: number;
  issues: IntakeIssue[];
}

export interface DetectionFailure {
  kind: 'failure';
  unmatchedRequired: string[];
  /** First row of the band that named the most columns, or null when no band named any. */
  bestHeaderRow: number | null;
  message: BilingualName;
}

function periodAbove(grid: SheetGrid, before: number): PeriodText | null {
  for (const row of grid.rows.slice(0, before)) {
    for (const value of row) {
      const period = typeof value === 'string' ? parsePeriodText(value) : null;
      if (period !== null) return period;
    }
  }
  return parsePeriodText(grid.name);
}

function failure(profile: SourceProfile, missing: ProfileColumn[], bestHeaderRow: number | null): DetectionFailure {
  const [zhWhere, enWhere] =
    bestHeaderRow === null
      ? [`前 ${HEADER_SCAN_ROWS} 行中没有可识别的列`, `none of the first ${HEADER_SCAN_ROWS} rows names a known column`]
      : [`最接近的表头在第 ${bestHeaderRow + 1} 行`, `best candidate header row: ${bestHeaderRow + 1}`];
  const zhNames = missing.map((column) => column.synonyms[0] ?? column.key).join('、');
  const enNames = missing.map((column) => column.key).join(', ');
  return {
    kind: 'failure',
    unmatchedRequired: missing.map((column) => column.key),
    bestHeaderRow,
    message: {
      zh: `未找到${profile.name.zh}的表头：缺少必需列 ${zhNames}；${zhWhere}`,
      en: `no ${profile.name.en} header found: required columns missing: ${enNames}; ${enWhere}`,
    },
  };
}

/** The table of `grid` as `profile` describes it, or why it could not be found. */
export function detectTable(grid: SheetGrid, profile: SourceProfile): DetectedTable | DetectionFailure {
  const band = findHeaderBand(grid, profile.columns);
  const found = new Set(band?.matches.map((match) => match.key));
  const missing = profile.columns.filter((column) => column.required && !found.has(column.key));
  const anyRequired = profile.columns.some((column) => column.required);
  if (band === null || (anyRequired && band.requiredFound === 0)) {
    return failure(profile, missing, band?.headerRows[0] ?? null);
  }
  const [first, last] = band.headerRows;
  const issues: IntakeIssue[] = [];
  if (missing.length > 0) {
    const columnsZh = missing.map((column) => column.synonyms[0] ?? column.key).join('、');
    const columnsEn = missing.map((column) => column.key).join(', ');
    issues.push(intakeIssue('required_column_missing', { row: null, column: null }, { columnsZh, columnsEn }));
  }
  const line = findUnitLine(grid.rows, first);
  const lineUnit = line === null ? undefined : findUnit(line.unit);
  if (line !== null && lineUnit === undefined) {
    issues.push(intakeIssue('unit_unknown', { row: line.row + 1, column: null }, { unit: line.unit }));
  }
  const columns = band.matches.flatMap((match): DetectedColumn[] => {
    const column = profile.columns.find((candidate) => candidate.key === match.key);
    if (column === undefined) return [];
    const { label, headerUnit } = match;
    const resolved = resolveColumnUnit({ column, label, headerUnit, headerRow: first + 1, lineUnit: lineUnit ?? null });
    if (resolved.issue !== null) issues.push(resolved.issue);
    return [{ key: match.key, index: match.index, label, unit: resolved.unit, unitSource: resolved.source }];
  });
  return {
    kind: 'table',
    headerRows: [first, last],
    columns,
    unmatchedRequired: missing.map((column) => column.key),
    periodText: periodAbove(grid, first),
    dataStartRow: last + 1,
    issues,
  };
}
