/**
 * A section of the bulletin as a table, built once and drawn by both renderers: the xlsx writes each number
 * cell's value with its number format, the HTML writes its text, and both put the same mark ("x" withheld,
 * "—" missing) where there is no number. Percent columns hold fractions: the xlsx shows them with a `0.0%`
 * format, the HTML as "8.3" under a header that says （%）.
 */
import type { BilingualName } from '@observatory/core';

export interface TableColumn {
  label: BilingualName;
  /** A header spanning this and the adjacent columns of the same group (merged cells). */
  group?: BilingualName;
  /** The unit the header names: 亿元, %, 百分点, 家. */
  unit?: BilingualName;
  /** Width in characters (xlsx). */
  width: number;
}

export type TableCell =
  | { kind: 'text'; text: string; indent?: number }
  | {
      kind: 'number';
      /** The spreadsheet value: in the display unit (亿元), a fraction for percentages. */
      value: number;
      numFmt: string;
      /** The same as the bureau writes it in a table: 2278.3, 8.3. */
      text: string;
      /** A footnote reference such as "*". */
      flag?: string;
    }
  | { kind: 'mark'; mark: string; suppressed: boolean };

export type RowStyle = 'normal' | 'total' | 'red' | 'orange' | 'yellow';

export interface TableRow {
  cells: TableCell[];
  style: RowStyle;
}

export interface BulletinTable {
  /** The worksheet name (unique, at most 31 characters). */
  sheetName: string;
  title: BilingualName;
  columns: TableColumn[];
  rows: TableRow[];
  /** Notes of this table (flags used in it); the marks' footnotes are added by the renderers. */
  notes: BilingualName[];
}

/** Whether any cell of the table is withheld, or missing. */
export function marksUsed(table: BulletinTable): { suppressed: boolean; missing: boolean } {
  const marks = table.rows.flatMap((row) => row.cells).filter((cell) => cell.kind === 'mark');
  return { suppressed: marks.some((cell) => cell.suppressed), missing: marks.some((cell) => !cell.suppressed) };
}

/** The header text of a column: 增长（%）, 1-10月（亿元）; `percentInCell` leaves out a % the cell shows itself. */
export function columnHeader(column: TableColumn, language: 'zh' | 'en', percentInCell = false): string {
  const unit = column.unit === undefined || (percentInCell && column.unit.zh === '%') ? '' : column.unit[language];
  if (unit === '') return column.label[language];
  return language === 'zh' ? `${column.label.zh}（${unit}）` : `${column.label.en} (${unit})`;
}
