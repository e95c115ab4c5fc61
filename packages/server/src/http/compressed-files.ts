/**
 * Static files of the web app compressed once and kept: the ECharts chunk (≈ 770 KB) and the county map
 * (≈ 420 KB) shrink to a fifth with gzip, which matters on a county office's line. A file is kept under its
 * path, size and modification time, so a rebuilt app is compressed afresh; only text types over 1 KB are
 * compressed, and only for a browser that says it accepts gzip.
 */
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg\+xml)/;
const MIN_BYTES = 1024;
const kept = new Map<string, { version: string; gzip: Uint8Array<ArrayBuffer> }>();

export const isCompressible = (contentType: string, bytes: number) =>
  bytes >= MIN_BYTES && COMPRESSIBLE.test(contentType);

export const acceptsGzip = (acceptEncoding: string | undefined) =>
  acceptEncoding !== undefined && /(^|[\s,])gzip(\s*;\s*q=(?!0(\.0*)?\s*($|,))[\d.]+)?\s*($|,)/i.test(acceptEncoding);

/** The gzip bytes of a file's content, computed once per version (`size:mtime`). */
export function gzipOf(path: string, version: string, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const entry = kept.get(path);
  if (entry !== undefined && entry.version === version) return entry.gzip;
  const gzip = new Uint8Array(gzipSync(body, { level: 9 }));
  kept.set(path, { version, gzip });
  return gzip;
}
