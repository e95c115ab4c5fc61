/**
 * The central directory of a ZIP container read with plain Buffer reads: the end-of-central-directory
 * record (and its ZIP64 form), then one header per entry with the DECLARED sizes. Anything that does not
 * add up (truncated file, records outside the file, counts that disagree) is a 'corrupt' ReaderError.
 */
import { ReaderError } from './reader-error.ts';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipDirectory {
  /** Declared in the end record, before the headers are walked. */
  declaredEntryCount: number;
  centralDirectoryOffset: number;
  entries: () => ZipEntry[];
}

const eocdSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EocdSignature = 0x06064b50;
const centralHeaderSignature = 0x02014b50;
const max16 = 0xffff;
const max32 = 0xffffffff;

export function readZipDirectory(bytes: Uint8Array, fileName: string): ZipDirectory {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = (en: string, zh: string) => new ReaderError('corrupt', { fileName }, `ZIP 结构损坏：${zh}`, en);
  const eocd = findEndRecord(buffer);
  if (eocd < 0) throw corrupt('no end of central directory record (truncated?)', '找不到目录结尾记录（文件被截断？）');
  let count = buffer.readUInt16LE(eocd + 10);
  let size = buffer.readUInt32LE(eocd + 12);
  let offset = buffer.readUInt32LE(eocd + 16);
  let directoryEnd = eocd;
  if (buffer.readUInt16LE(eocd + 4) !== 0 && buffer.readUInt16LE(eocd + 4) !== max16) {
    throw corrupt('multi-disk archives are not supported', '不支持分卷压缩包');
  }
  const locator = eocd - 20;
  if (locator >= 0 && buffer.readUInt32LE(locator) === zip64LocatorSignature) {
    const record = safeNumber(buffer.readBigUInt64LE(locator + 8));
    if (record + 56 > locator || buffer.readUInt32LE(record) !== zip64EocdSignature) {
      throw corrupt('ZIP64 end record missing or outside the file', 'ZIP64 目录结尾记录缺失或越界');
    }
    count = safeNumber(buffer.readBigUInt64LE(record + 32));
    size = safeNumber(buffer.readBigUInt64LE(record + 40));
    offset = safeNumber(buffer.readBigUInt64LE(record + 48));
    directoryEnd = record;
  } else if (count === max16 || size === max32 || offset === max32) {
    throw corrupt('ZIP64 sizes without a ZIP64 end record', '声明 ZIP64 但缺少 ZIP64 记录');
  }
  if (offset + size > directoryEnd) {
    throw corrupt(`central directory (${offset}+${size}) runs past its end record`, '中央目录越界');
  }
  return {
    declaredEntryCount: count,
    centralDirectoryOffset: offset,
    entries: () => walkHeaders(buffer, offset, size, count, corrupt),
  };
}

/** The last end record whose comment length reaches exactly to the end of the file; -1 if none. */
function findEndRecord(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - 22 - max16);
  for (let at = buffer.length - 22; at >= lowest; at--) {
    if (buffer.readUInt32LE(at) === eocdSignature && at + 22 + buffer.readUInt16LE(at + 20) === buffer.length) {
      return at;
    }
  }
  return -1;
}

function walkHeaders(
  buffer: Buffer,
  start: number,
  size: number,
  count: number,
  corrupt: (en: string, zh: string) => ReaderError,
): ZipEntry[] {
  const end = start + size;
  const entries: ZipEntry[] = [];
  let at = start;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || buffer.readUInt32LE(at) !== centralHeaderSignature) {
      throw corrupt(`central directory header ${index + 1} of ${count} is missing`, `第 ${index + 1} 个目录项缺失`);
    }
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const next = at + 46 + nameLength + extraLength + buffer.readUInt16LE(at + 32);
    if (next > end) throw corrupt(`central directory header ${index + 1} runs past the directory`, '目录项越界');
    const entry: ZipEntry = {
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
      method: buffer.readUInt16LE(at + 10),
      flags: buffer.readUInt16LE(at + 8),
      crc32: buffer.readUInt32LE(at + 16),
      compressedSize: buffer.readUInt32LE(at + 20),
      uncompressedSize: buffer.readUInt32LE(at + 24),
      localHeaderOffset: buffer.readUInt32LE(at + 42),
    };
    applyZip64Extra(entry, buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at = next;
  }
  if (at !== end) throw corrupt(`central directory holds more than the ${count} declared entries`, '目录项数不符');
  return entries;
}

/** The ZIP64 extra field (id 1) carries, in order, the 64-bit values whose 32-bit field is 0xFFFFFFFF. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 1) continue;
    let field = at + 4;
    const fieldEnd = Math.min(extra.length, field + extra.readUInt16LE(at + 2));
    for (const key of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
      if (entry[key] !== max32 || field + 8 > fieldEnd) continue;
      entry[key] = safeNumber(extra.readBigUInt64LE(field));
      field += 8;
    }
    return;
  }
}

function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}
