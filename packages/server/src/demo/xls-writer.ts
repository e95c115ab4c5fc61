/**
 * Legacy Excel 97–2003 (.xls, BIFF8 in an OLE2 compound file), as the power company's billing system still
 * exports: one sheet, the title merged across the table. The records (biff8-workbook.ts) and the container
 * (compound-file.ts) carry no clock time, so the bytes depend on the content only; @e965/xlsx (SheetJS),
 * which the platform's xls reader uses, reads them back.
 */
import { writeFile } from 'node:fs/promises';
import { biff8Workbook, type BiffCell } from './biff8-workbook.ts';
import { compoundFile } from './compound-file.ts';

export type XlsCell = BiffCell;

export interface XlsSheet {
  sheetName: string;
  rows: readonly (readonly XlsCell[])[];
  /** Column widths in characters. */
  widths: readonly number[];
  /** Merge the first row across this many columns (the title). */
  titleWidth: number;
}

export function xlsBytes(sheet: XlsSheet): Buffer {
  const workbook = biff8Workbook({
    sheetName: sheet.sheetName,
    rows: sheet.rows,
    widths: sheet.widths,
    merges: [{ firstRow: 0, lastRow: 0, firstColumn: 0, lastColumn: sheet.titleWidth - 1 }],
  });
  return compoundFile('Workbook', workbook);
}

export async function writeXls(path: string, sheet: XlsSheet): Promise<void> {
  await writeFile(path, xlsBytes(sheet));
}
