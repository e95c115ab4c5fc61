/**
 * The "Workbook" stream of a one-sheet BIFF8 (Excel 97–2003) file: the globals and shared strings
 * (biff8-globals.ts), then the sheet — column widths, dimensions, one LABELSST or NUMBER record per cell,
 * the window, merged cells. Written directly because SheetJS's BIFF8 writer allocates a 16 KB block per
 * record and takes seconds for a 20,000-row sheet.
 */
import { bof, globals, Records, sharedStrings } from './biff8-globals.ts';

export type BiffCell = string | number | null;

export interface BiffSheet {
  sheetName: string;
  rows: readonly (readonly BiffCell[])[];
  widths: readonly number[];
  merges: readonly { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number }[];
}

const CELL_XF = 16;

/** The Workbook stream of a workbook with one sheet. */
export function biff8Workbook(sheet: BiffSheet): Buffer {
  const index = new Map<string, number>();
  let labels = 0;
  for (const row of sheet.rows) {
    for (const cell of row) {
      if (typeof cell !== 'string') continue;
      labels += 1;
      if (!index.has(cell)) index.set(cell, index.size);
    }
  }
  const records = new Records();
  const boundSheetAt = globals(records, sheet.sheetName);
  sharedStrings(records, [...index.keys()], labels);
  records.add(0x000a);
  const sheetOffset = records.length;
  (records.parts[boundSheetAt + 1] as Buffer).writeUInt32LE(sheetOffset, 0);
  bof(records, 0x0010);
  sheet.widths.forEach((width, column) => records.u16(0x007d, column, column, Math.round(width * 256), CELL_XF, 0, 0));
  const columns = Math.max(...sheet.rows.map((row) => row.length), 1);
  const dimensions = Buffer.alloc(14);
  dimensions.writeUInt32LE(sheet.rows.length, 4);
  dimensions.writeUInt16LE(columns, 10);
  records.add(0x0200, dimensions);
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null) return;
      const text = typeof cell === 'string';
      const payload = Buffer.allocUnsafe(text ? 10 : 14);
      payload.writeUInt16LE(r, 0);
      payload.writeUInt16LE(c, 2);
      payload.writeUInt16LE(CELL_XF, 4);
      if (text) payload.writeUInt32LE(index.get(cell) ?? 0, 6);
      else payload.writeDoubleLE(cell, 6);
      records.add(text ? 0x00fd : 0x0203, payload);
    });
  });
  records.u16(0x023e, 0x06b6, 0, 0, 64, 0, 0, 0, 0, 0);
  if (sheet.merges.length > 0) {
    records.u16(
      0x00e5,
      sheet.merges.length,
      ...sheet.merges.flatMap((m) => [m.firstRow, m.lastRow, m.firstColumn, m.lastColumn]),
    );
  }
  records.add(0x000a);
  return Buffer.concat(records.parts);
}
