/**
 * Checks a ZIP container before any library inflates it: the entry count, the total uncompressed size and
 * the compression ratio of large entries, all from the DECLARED sizes of the central directory; then that
 * every local header agrees with its directory entry and that entries neither overlap nor hide data in
 * gaps (a streaming unzipper reads local headers, not the directory). zip-inflate-check.ts then proves the
 * declared sizes true.
 */
import type { ReadLimits } from './read-limits.ts';
import { formatBytes, ReaderError } from './reader-error.ts';
import { readZipDirectory, type ZipEntry } from './zip-directory.ts';

const localHeaderSignature = 0x04034b50;
/** A gap shorter than a local header cannot hide an entry; data descriptors take 12 to 24 bytes. */
const maxGap = 29;

export interface LocatedZipEntry extends ZipEntry {
  /** Offset of the entry's compressed bytes. */
  dataOffset: number;
}

export function checkZipContainer(bytes: Uint8Array, fileName: string, limits: ReadLimits): LocatedZipEntry[] {
  const directory = readZipDirectory(bytes, fileName);
  const bomb = (zh: string, en: string, entry?: string) =>
    new ReaderError('zip_bomb', entry === undefined ? { fileName } : { fileName, entry }, zh, en);
  if (directory.declaredEntryCount > limits.maxZipEntries) {
    const count = directory.declaredEntryCount;
    throw bomb(
      `压缩包有 ${count} 个条目，上限 ${limits.maxZipEntries}`,
      `${count} entries, limit ${limits.maxZipEntries}`,
    );
  }
  const entries = directory.entries();
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.zipRatioMinBytes && ratio > limits.maxZipCompressionRatio) {
      const [zh, en] = [`压缩比 ${Math.round(ratio)}`, `compression ratio ${Math.round(ratio)}`];
      const limit = limits.maxZipCompressionRatio;
      throw bomb(`${zh} 超过上限 ${limit}`, `${en} exceeds the limit of ${limit}`, entry.name);
    }
  }
  if (total > limits.maxZipUncompressedBytes) {
    const [size, limit] = [formatBytes(total), formatBytes(limits.maxZipUncompressedBytes)];
    throw bomb(`解压后共 ${size}，上限 ${limit}`, `${size} uncompressed in total, limit ${limit}`);
  }
  return locateEntries(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), entries, fileName, directory);
}

function locateEntries(
  buffer: Buffer,
  entries: ZipEntry[],
  fileName: string,
  directory: { centralDirectoryOffset: number },
): LocatedZipEntry[] {
  const dataEnd = directory.centralDirectoryOffset;
  const located = entries.map((entry) => {
    const place = { fileName, entry: entry.name };
    const corrupt = (zh: string, en: string) => new ReaderError('corrupt', place, `ZIP 结构损坏：${zh}`, en);
    if (entry.flags & 1) throw new ReaderError('unsupported_type', place, '不支持加密的文件', 'encrypted entry');
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ReaderError('unsupported_type', place, `不支持压缩方式 ${entry.method}`, `method ${entry.method}`);
    }
    const at = entry.localHeaderOffset;
    if (at + 30 > dataEnd || buffer.readUInt32LE(at) !== localHeaderSignature) {
      throw corrupt('本地文件头缺失', 'local file header missing');
    }
    const nameLength = buffer.readUInt16LE(at + 26);
    const dataOffset = at + 30 + nameLength + buffer.readUInt16LE(at + 28);
    const sameName = buffer.toString('utf8', at + 30, at + 30 + nameLength) === entry.name;
    const sizesKnown = (entry.flags & 8) === 0;
    const sameSizes =
      !sizesKnown ||
      buffer.readUInt32LE(at + 18) === 0xffffffff ||
      (buffer.readUInt32LE(at + 18) === entry.compressedSize &&
        buffer.readUInt32LE(at + 22) === entry.uncompressedSize);
    if (!sameName || buffer.readUInt16LE(at + 8) !== entry.method || !sameSizes) {
      throw corrupt('本地文件头与目录不一致', 'local file header disagrees with the central directory');
    }
    if (dataOffset + entry.compressedSize > dataEnd) throw corrupt('数据越界', 'entry data runs past the directory');
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) {
      throw corrupt('未压缩条目大小不一致', 'stored entry sizes differ');
    }
    return { ...entry, dataOffset };
  });
  const ordered = [...located].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let expected = 0;
  for (const entry of ordered) {
    const gap = entry.localHeaderOffset - expected;
    if (gap < 0 || gap > (expected === 0 ? 0 : maxGap)) {
      const [zh, en] =
        gap < 0 ? ['条目重叠', 'entries overlap'] : ['条目之间有未登记的数据', 'unlisted data between entries'];
      throw new ReaderError('corrupt', { fileName, entry: entry.name }, `ZIP 结构损坏：${zh}`, en);
    }
    expected = entry.dataOffset + entry.compressedSize;
  }
  if (dataEnd - expected > maxGap) {
    throw new ReaderError(
      'corrupt',
      { fileName },
      'ZIP 结构损坏：目录前有未登记的数据',
      'unlisted data before the directory',
    );
  }
  return located;
}
