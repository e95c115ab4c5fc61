/**
 * Bytes of a text table → text. The encoding is decided from the bytes alone: a UTF-8 BOM, a UTF-16 BOM
 * (LE or BE), else UTF-8 when the bytes are valid UTF-8, else GB18030, which covers GBK and GB2312, the
 * encodings of Chinese Excel's "CSV" export. Bytes that are valid in none are an 'encoding' ReaderError.
 */
import { ReaderError } from './reader-error.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  encoding: TextEncoding;
  text: string;
}

const encodingNames: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030/GBK',
};

export function detectTextEncoding(bytes: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: isValidUtf8(bytes) ? 'utf-8' : 'gb18030', bomLength: 0 };
}

/** The text without its BOM; refuses bytes that are not valid in the detected encoding. */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  // Without a BOM, the UTF-8 test IS a decoding: its text is kept rather than decoding the bytes twice.
  const utf8 = hasBom(bytes) ? undefined : decodeUtf8(bytes);
  if (utf8 !== undefined) return { encoding: 'utf-8', text: utf8 };
  const { encoding, bomLength } = detectTextEncoding(bytes);
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bomLength));
    return { encoding, text };
  } catch {
    const name = encodingNames[encoding];
    throw new ReaderError(
      'encoding',
      { fileName },
      `无法按 ${name} 解码：文件含无效字节，请另存为 UTF-8 编码的 CSV`,
      `cannot decode as ${name}: invalid bytes; save the file as UTF-8 CSV`,
    );
  }
}

const hasBom = (bytes: Uint8Array) => detectTextEncoding(bytes.subarray(0, 3)).bomLength > 0;

/** The bytes as UTF-8 text, or undefined when they are not valid UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function isValidUtf8(bytes: Uint8Array): boolean {
  return decodeUtf8(bytes) !== undefined;
}
