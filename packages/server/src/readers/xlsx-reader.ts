/**
 * xlsx → one SheetGrid per worksheet, in workbook order, through exceljs's STREAMING reader: the ZIP is
 * checked first (zip-guard, zip-inflate-check), rows are taken as they stream with the row and column
 * limits enforced on the way, and cell values are the cached ones (xlsx-cell-value.ts). Merged ranges
 * and correct UTF-8 come from the taps in xlsx-stream-taps.ts.
 */
import { Readable } from 'node:stream';
import type { MergedRange, SheetGrid } from '@observatory/core';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../lazy-libraries/load-exceljs.ts';
import { GridBuilder } from './grid-builder.ts';
import type { ReadLimits } from './read-limits.ts';
import { asCorrupt, ReaderError } from './reader-error.ts';
import { xlsxCellValue, type XlsxCellLike } from './xlsx-cell-value.ts';
import { decodeSharedStringsAsStream, tapWorksheetXml } from './xlsx-stream-taps.ts';
import { checkZipContainer } from './zip-guard.ts';
import { verifyZipEntries } from './zip-inflate-check.ts';

/** What exceljs's WorksheetReader has beyond its typings (see worksheet-reader.js). */
interface WorksheetInternals {
  id: number | string;
  name: string;
  iterator: AsyncIterable<Uint8Array | string>;
  [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
}

/** What exceljs's WorkbookReader keeps after reading workbook.xml and its relationships. */
interface WorkbookInternals {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string }[] };
  properties?: { model?: { date1904?: boolean } };
}

const worksheetEntry = /^xl\/worksheets\/sheet\d+\.xml$/;

export async function readXlsx(bytes: Uint8Array, fileName: string, limits: ReadLimits): Promise<SheetGrid[]> {
  const entries = checkZipContainer(bytes, fileName, limits);
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) {
    throw new ReaderError(
      'unsupported_type',
      { fileName },
      'ZIP 压缩包不是 xlsx 工作簿',
      'ZIP is not an xlsx workbook',
    );
  }
  const sheetCount = entries.filter((entry) => worksheetEntry.test(entry.name)).length;
  if (sheetCount > limits.maxSheets) {
    const limit = limits.maxSheets;
    throw new ReaderError(
      'too_large',
      { fileName },
      `有 ${sheetCount} 个工作表，上限 ${limit}`,
      `${sheetCount} sheets, limit ${limit}`,
    );
  }
  await verifyZipEntries(bytes, entries, fileName);

  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const { stream } = await loadExcelJS();
  const reader = new stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'emit',
  });
  decodeSharedStringsAsStream(reader);
  const workbook = reader as unknown as WorkbookInternals;
  const sheets: { position: number; grid: SheetGrid }[] = [];
  let current: string | undefined;
  try {
    for await (const worksheet of reader as AsyncIterable<unknown>) {
      const sheet = worksheet as WorksheetInternals;
      const { name, position } = locateSheet(sheet, workbook);
      current = name;
      sheets.push({ position, grid: await readSheet(sheet, name, fileName, limits, workbook) });
    }
  } catch (error) {
    throw asCorrupt(error, current === undefined ? { fileName } : { fileName, sheet: current });
  } finally {
    input.destroy();
  }
  return sheets.sort((a, b) => a.position - b.position).map((sheet) => sheet.grid);
}

async function readSheet(
  sheet: WorksheetInternals,
  name: string,
  fileName: string,
  limits: ReadLimits,
  workbook: WorkbookInternals,
): Promise<SheetGrid> {
  const merges: MergedRange[] = [];
  sheet.iterator = tapWorksheetXml(sheet.iterator, merges);
  const grid = new GridBuilder(name, fileName, limits);
  const date1904 = workbook.properties?.model?.date1904 === true;
  for await (const row of sheet) {
    const rowIndex = row.number - 1;
    grid.checkRow(rowIndex);
    const cells: [number, ReturnType<typeof xlsxCellValue>][] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      grid.checkColumn(column - 1, rowIndex);
      cells.push([column - 1, xlsxCellValue(cell as XlsxCellLike, date1904)]);
    });
    grid.setRow(rowIndex, cells);
  }
  return grid.build(merges);
}

/**
 * The sheet's name and place in workbook order. exceljs names a sheet only when its relationship target
 * is exactly `worksheets/sheetN.xml`; otherwise (an absolute `/xl/worksheets/...` target) it leaves the
 * file number as `id` and a made-up `SheetN` as name, so the lookup is repeated with targets normalised.
 */
function locateSheet(sheet: WorksheetInternals, workbook: WorkbookInternals): { name: string; position: number } {
  const listed = workbook.model?.sheets ?? [];
  const byName = listed.findIndex((entry) => entry.name === sheet.name);
  if (typeof sheet.id !== 'string') return { name: sheet.name, position: byName < 0 ? listed.length : byName };
  const target = `worksheets/sheet${sheet.id}.xml`;
  const rel = (workbook.workbookRels ?? []).find((r) => r.Target.replace(/^\/?(xl\/)?/, '') === target);
  const position = rel ? listed.findIndex((entry) => entry.rId === rel.Id) : -1;
  const entry = listed[position];
  return entry ? { name: entry.name, position } : { name: sheet.name, position: listed.length };
}
