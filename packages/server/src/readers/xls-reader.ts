/**
 * Legacy .xls (BIFF in an OLE2 compound file) → one SheetGrid per sheet through @e965/xlsx (SheetJS),
 * cached values only: formulas are not kept, dates arrive as 'YYYY-MM-DD', error values as null, empty
 * text as null; `!merges` become MergedRanges. SheetJS parses the whole file at once, so the row limit
 * is also passed to it (`sheetRows`) to stop a huge sheet early.
 */
import type { CellValue, SheetGrid } from '@observatory/core';
import { read, type CellObject, type WorkBook } from '@e965/xlsx';
import { GridBuilder } from './grid-builder.ts';
import type { ReadLimits } from './read-limits.ts';
import { asCorrupt, ReaderError } from './reader-error.ts';

export function readXls(bytes: Uint8Array, fileName: string, limits: ReadLimits): SheetGrid[] {
  const workbook = parseWorkbook(bytes, fileName, limits);
  const names = workbook.SheetNames;
  if (names.length === 0) {
    throw new ReaderError(
      'unsupported_type',
      { fileName },
      '不是 Excel 工作簿：没有工作表',
      'not an Excel workbook: no sheets',
    );
  }
  if (names.length > limits.maxSheets) {
    const limit = limits.maxSheets;
    throw new ReaderError(
      'too_large',
      { fileName },
      `有 ${names.length} 个工作表，上限 ${limit}`,
      `${names.length} sheets, limit ${limit}`,
    );
  }
  return names.map((name) => {
    const sheet = workbook.Sheets[name];
    const grid = new GridBuilder(name, fileName, limits);
    const data: (CellObject[] | undefined)[] = sheet?.['!data'] ?? [];
    if (data.length > 0) grid.checkRow(data.length - 1);
    data.forEach((row, rowIndex) => {
      if (row) grid.setRow(rowIndex, cellsOf(row));
    });
    const merges = (sheet?.['!merges'] ?? []).map(({ s, e }) => ({ top: s.r, left: s.c, bottom: e.r, right: e.c }));
    return grid.build(merges);
  });
}

function parseWorkbook(bytes: Uint8Array, fileName: string, limits: ReadLimits): WorkBook {
  try {
    return read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      type: 'buffer',
      cellFormula: false,
      cellHTML: false,
      cellDates: true,
      dense: true,
      sheetRows: limits.maxRowsPerSheet + 1,
    });
  } catch (error) {
    if (error instanceof Error && /password|encrypt/i.test(error.message)) {
      throw new ReaderError('unsupported_type', { fileName }, '文件已加密，请先取消密码', 'the file is encrypted');
    }
    if (error instanceof Error && /Cannot find Workbook stream/.test(error.message)) {
      const [zh, en] = ['OLE2 文件中没有工作簿（如 Word 文档）', 'OLE2 file without a workbook (e.g. a Word .doc)'];
      throw new ReaderError('unsupported_type', { fileName }, zh, en);
    }
    throw asCorrupt(error, { fileName });
  }
}

function* cellsOf(row: (CellObject | undefined)[]): Generator<[number, CellValue]> {
  for (let column = 0; column < row.length; column++) {
    const cell = row[column];
    if (cell) yield [column, xlsCellValue(cell)];
  }
}

function xlsCellValue(cell: CellObject): CellValue {
  const value = cell.v;
  switch (cell.t) {
    case 's':
      return typeof value === 'string' && value !== '' ? value : null;
    case 'n':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'b':
      return typeof value === 'boolean' ? value : null;
    case 'd':
      return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : null;
    default:
      return null;
  }
}
