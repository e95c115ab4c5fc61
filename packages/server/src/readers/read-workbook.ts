/**
 * The readers' one entry point: uploaded bytes → SheetGrids. The kind of file is decided by its CONTENT
 * (magic bytes), never by its name, so an xlsx renamed .csv still reads as xlsx: ZIP → xlsx, OLE2 → xls,
 * else text. The file size limit is checked before anything is parsed.
 */
import type { SheetGrid } from '@observatory/core';
import { detectFileKind } from './detect-file-kind.ts';
import { resolveReadLimits, type ReadLimits } from './read-limits.ts';
import { formatBytes, ReaderError } from './reader-error.ts';
import { readTextTable } from './text-table-reader.ts';
import { readXls } from './xls-reader.ts';
import { readXlsx } from './xlsx-reader.ts';

export async function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits?: Partial<ReadLimits>,
): Promise<SheetGrid[]> {
  const resolved = resolveReadLimits(limits);
  if (bytes.length > resolved.maxFileBytes) {
    const [size, limit] = [formatBytes(bytes.length), formatBytes(resolved.maxFileBytes)];
    throw new ReaderError(
      'too_large',
      { fileName },
      `文件过大：${size}，上限 ${limit}`,
      `file too large: ${size}, limit ${limit}`,
    );
  }
  switch (detectFileKind(bytes, fileName)) {
    case 'xlsx':
      return readXlsx(bytes, fileName, resolved);
    case 'xls':
      return readXls(bytes, fileName, resolved);
    case 'text':
      return [readTextTable(bytes, fileName, resolved)];
  }
}
