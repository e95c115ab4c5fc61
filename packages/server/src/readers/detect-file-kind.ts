/**
 * What a file is, from its first bytes and never from its name: a ZIP container (xlsx), an OLE2 compound
 * file (legacy xls) or text (csv, tsv, txt). Known binary formats (PDF, images, archives) and anything
 * with NUL bytes outside a UTF-16 text are refused, as is an empty file.
 */
import { ReaderError } from './reader-error.ts';

export type FileKind = 'xlsx' | 'xls' | 'text';

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const ole2Magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Binary formats people upload by mistake, named so the refusal can say what the file is. */
const knownBinaries: { name: string; magic: number[] }[] = [
  { name: 'PDF', magic: [0x25, 0x50, 0x44, 0x46] },
  { name: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'gzip', magic: [0x1f, 0x8b] },
  { name: '7z', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR', magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'empty ZIP', magic: [0x50, 0x4b, 0x05, 0x06] },
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);
}

/** True when the bytes start with a UTF-16 byte order mark (LE FF FE or BE FE FF). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

export function detectFileKind(bytes: Uint8Array, fileName: string): FileKind {
  const place = { fileName };
  if (bytes.length === 0) {
    throw new ReaderError('unsupported_type', place, '文件为空', 'the file is empty');
  }
  if (startsWith(bytes, zipMagic)) return 'xlsx';
  if (startsWith(bytes, ole2Magic)) return 'xls';
  const known = knownBinaries.find(({ magic }) => startsWith(bytes, magic));
  if (known) {
    throw new ReaderError(
      'unsupported_type',
      place,
      `不支持的文件类型 ${known.name}，请上传 xlsx、xls 或 csv`,
      `unsupported file type ${known.name}; upload xlsx, xls or csv`,
    );
  }
  if (!hasUtf16Bom(bytes) && bytes.subarray(0, 8192).includes(0)) {
    throw new ReaderError(
      'unsupported_type',
      place,
      '不是表格文件：含二进制内容，请上传 xlsx、xls 或 csv',
      'not a table file: binary content; upload xlsx, xls or csv',
    );
  }
  return 'text';
}
