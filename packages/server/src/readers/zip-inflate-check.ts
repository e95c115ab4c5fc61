/**
 * Proves the declared sizes of a ZIP container true before a library trusts them: every entry is inflated
 * once as a stream, counting bytes and the CRC-32, and the inflation stops the moment it passes the
 * declared size. A liar that declares small sizes is a 'zip_bomb'; a short or damaged entry is 'corrupt'.
 * Memory stays at one chunk whatever the entry holds.
 */
import { createInflateRaw, crc32 } from 'node:zlib';
import { ReaderError } from './reader-error.ts';
import type { LocatedZipEntry } from './zip-guard.ts';

type Outcome = { kind: 'complete'; size: number; crc: number } | { kind: 'over' } | { kind: 'failed'; reason: string };

export async function verifyZipEntries(bytes: Uint8Array, entries: LocatedZipEntry[], fileName: string) {
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const outcome: Outcome =
      entry.method === 0
        ? { kind: 'complete', size: data.length, crc: crc32(data) }
        : await inflateCounting(data, entry.uncompressedSize);
    const place = { fileName, entry: entry.name };
    if (outcome.kind === 'over') {
      throw new ReaderError(
        'zip_bomb',
        place,
        `解压后超过声明的 ${entry.uncompressedSize} 字节`,
        `inflates past its declared ${entry.uncompressedSize} bytes`,
      );
    }
    if (outcome.kind === 'failed') {
      throw new ReaderError('corrupt', place, `无法解压：${outcome.reason}`, `cannot inflate: ${outcome.reason}`);
    }
    if (outcome.size !== entry.uncompressedSize) {
      throw new ReaderError(
        'corrupt',
        place,
        `解压后 ${outcome.size} 字节，声明 ${entry.uncompressedSize} 字节`,
        `inflates to ${outcome.size} bytes, declared ${entry.uncompressedSize}`,
      );
    }
    if (outcome.crc !== entry.crc32) {
      throw new ReaderError('corrupt', place, 'CRC 校验失败', 'CRC-32 mismatch');
    }
  }
}

function inflateCounting(data: Uint8Array, limit: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    let size = 0;
    let crc = 0;
    let settled = false;
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    inflater.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        settle({ kind: 'over' });
        inflater.destroy();
        return;
      }
      crc = crc32(chunk, crc);
    });
    inflater.on('end', () => settle({ kind: 'complete', size, crc }));
    inflater.on('error', (error: Error) => settle({ kind: 'failed', reason: error.message }));
    inflater.end(data);
  });
}
