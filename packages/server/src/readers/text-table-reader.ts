/**
 * A text table (csv, tsv, txt) → one SheetGrid named after the file without its extension, no merges.
 * The encoding (text-encoding.ts) and the delimiter (sniff-delimiter.ts) are found from the content; the
 * records come from parseCsvText. Cells stay text (empty text is null, as an empty spreadsheet cell);
 * trailing empty records are dropped and the row and column limits enforced.
 */
import type { SheetGrid } from '@observatory/core';
import { GridBuilder } from './grid-builder.ts';
import { CsvSyntaxError, parseCsvText } from './parse-csv-text.ts';
import type { ReadLimits } from './read-limits.ts';
import { ReaderError } from './reader-error.ts';
import { sniffDelimiter } from './sniff-delimiter.ts';
import { decodeText } from './text-encoding.ts';

export function readTextTable(bytes: Uint8Array, fileName: string, limits: ReadLimits): SheetGrid {
  const { text } = decodeText(bytes, fileName);
  const sheetName = baseName(fileName);
  let records: string[][];
  try {
    records = parseCsvText(text, sniffDelimiter(text));
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new ReaderError('corrupt', { fileName, sheet: sheetName }, error.message, 'malformed CSV');
  }
  const grid = new GridBuilder(sheetName, fileName, limits);
  records.forEach((record, rowIndex) => grid.setValues(rowIndex, record));
  return grid.build();
}

/** 'dir/企业名单.2024.csv' → '企业名单.2024'; a name without an extension stays whole. */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
