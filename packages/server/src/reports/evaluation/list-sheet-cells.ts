/**
 * How the evaluation lists write a worksheet: full-width title lines, a styled header row, text cells always
 * through safeCellText (never a formula), numbers as numeric cells with a number format, and a missing number as
 * the mark "—" (never 0).
 */
import type ExcelJS from 'exceljs';
import { safeCellText } from '../safe-cell-text.ts';

const HEADER_FILL = 'FFDCE6F1';
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
export const MISSING_MARK = '—';

/** A line across the table width: merged, wrapped. */
export function titleLine(sheet: ExcelJS.Worksheet, width: number, text: string, font: Partial<ExcelJS.Font>) {
  const row = sheet.addRow([]);
  writeText(row.getCell(1), text);
  if (width > 1) sheet.mergeCells(row.number, 1, row.number, width);
  row.getCell(1).font = font;
  row.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
  row.height = font.size !== undefined && font.size > 12 ? 26 : 30;
}

export interface ListColumn {
  header: string;
  width: number;
}

/** The header row (bold, filled, bordered, wrapped), frozen with the rows above it; returns its row number. */
export function headerRow(sheet: ExcelJS.Worksheet, columns: readonly ListColumn[]): number {
  const row = sheet.addRow([]);
  columns.forEach((column, index) => {
    const cell = row.getCell(index + 1);
    writeText(cell, column.header);
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = THIN;
    sheet.getColumn(index + 1).width = column.width;
  });
  row.height = 34;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: row.number }];
  return row.number;
}

export function writeText(cell: ExcelJS.Cell, text: string | null): void {
  cell.value = text === null ? null : safeCellText(text);
  cell.border = THIN;
}

export function writeNumber(cell: ExcelJS.Cell, value: number | null, numFmt: string): void {
  if (value === null || !Number.isFinite(value)) {
    cell.value = MISSING_MARK;
    cell.alignment = { horizontal: 'right' };
  } else {
    cell.value = value;
    cell.numFmt = numFmt;
  }
  cell.border = THIN;
}

/** A number format with exactly `decimals` places, or 2 to 4 places when not fixed. */
export function decimalFormat(decimals: number | null): string {
  if (decimals === null) return '#,##0.00##';
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

/** One data row: each value a text (string or null) or a number with its format. */
export type ListCell = { text: string | null } | { number: number | null; numFmt: string };

export function dataRow(sheet: ExcelJS.Worksheet, cells: readonly ListCell[]): void {
  const row = sheet.addRow([]);
  cells.forEach((cell, index) => {
    const target = row.getCell(index + 1);
    if ('text' in cell) writeText(target, cell.text);
    else writeNumber(target, cell.number, cell.numFmt);
  });
}
