/**
 * The readers' public API: bytes → SheetGrids (readWorkbook), the limits they enforce, and the one error
 * they throw. The single-format readers are exported for callers that already know what they hold.
 */
export { readWorkbook } from './read-workbook.ts';
export { defaultReadLimits, resolveReadLimits, type ReadLimits } from './read-limits.ts';
export { ReaderError, readerErrorCodes, type ReaderErrorCode, type ReaderErrorPlace } from './reader-error.ts';
export { detectFileKind, type FileKind } from './detect-file-kind.ts';
export { readXlsx } from './xlsx-reader.ts';
export { readXls } from './xls-reader.ts';
export { readTextTable } from './text-table-reader.ts';
export { decodeText, detectTextEncoding, type TextEncoding } from './text-encoding.ts';
export { sniffDelimiter, type Delimiter } from './sniff-delimiter.ts';
export { checkZipContainer } from './zip-guard.ts';
export { CsvSyntaxError, parseCsvRecords, parseCsvText } from './parse-csv-text.ts';
