/**
 * A minimal OLE2 compound file (MS-CFB version 3, 512-byte sectors) holding one stream, as a legacy .xls
 * holds its "Workbook" stream. Layout: header, the stream's sectors, one directory sector (root + stream),
 * then the FAT. Times and CLSIDs are zero, so the bytes depend on the content only. Streams under 4096 bytes
 * are padded to 4096 so that no mini stream is needed; files need at most 109 FAT sectors (about 7 MB).
 */

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;
const MINI_STREAM_CUTOFF = 4096;
const ENTRIES_PER_FAT_SECTOR = SECTOR / 4;

function directoryEntry(name: string, type: number, child: number, start: number, size: number): Buffer {
  const entry = Buffer.alloc(128);
  entry.write(name, 0, 'utf16le');
  entry.writeUInt16LE((name.length + 1) * 2, 64);
  entry.writeUInt8(type, 66);
  entry.writeUInt8(1, 67);
  entry.writeUInt32LE(NO_STREAM, 68);
  entry.writeUInt32LE(NO_STREAM, 72);
  entry.writeUInt32LE(child, 76);
  entry.writeUInt32LE(start, 116);
  entry.writeUInt32LE(size, 120);
  return entry;
}

function unusedEntry(): Buffer {
  const entry = Buffer.alloc(128);
  entry.writeUInt32LE(NO_STREAM, 68);
  entry.writeUInt32LE(NO_STREAM, 72);
  entry.writeUInt32LE(NO_STREAM, 76);
  return entry;
}

/** A compound file with the single stream `name` holding `data`. */
export function compoundFile(name: string, data: Buffer): Buffer {
  const stream =
    data.length >= MINI_STREAM_CUTOFF ? data : Buffer.concat([data, Buffer.alloc(MINI_STREAM_CUTOFF - data.length)]);
  const streamSectors = Math.ceil(stream.length / SECTOR);
  let fatSectors = 1;
  while (fatSectors * ENTRIES_PER_FAT_SECTOR < streamSectors + 1 + fatSectors) fatSectors += 1;
  if (fatSectors > 109)
    throw new RangeError('文件过大，超出复合文档头可寻址的 FAT 扇区 (too large for a header-only DIFAT)');
  const directorySector = streamSectors;
  const fat = Buffer.alloc(fatSectors * SECTOR, 0xff);
  for (let k = 0; k < streamSectors; k += 1) fat.writeUInt32LE(k + 1 < streamSectors ? k + 1 : END_OF_CHAIN, k * 4);
  fat.writeUInt32LE(END_OF_CHAIN, directorySector * 4);
  for (let k = 0; k < fatSectors; k += 1) fat.writeUInt32LE(FAT_SECTOR, (directorySector + 1 + k) * 4);
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(fatSectors, 44);
  header.writeUInt32LE(directorySector, 48);
  header.writeUInt32LE(MINI_STREAM_CUTOFF, 56);
  header.writeUInt32LE(END_OF_CHAIN, 60);
  header.writeUInt32LE(END_OF_CHAIN, 68);
  for (let k = 0; k < 109; k += 1) header.writeUInt32LE(k < fatSectors ? directorySector + 1 + k : FREE, 76 + k * 4);
  const directory = Buffer.concat([
    directoryEntry('Root Entry', 5, 1, END_OF_CHAIN, 0),
    directoryEntry(name, 2, NO_STREAM, 0, stream.length),
    unusedEntry(),
    unusedEntry(),
  ]);
  const padding = Buffer.alloc(streamSectors * SECTOR - stream.length);
  return Buffer.concat([header, stream, padding, directory, fat]);
}
