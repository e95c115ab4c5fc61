/**
 * The one failure the file readers throw: a code saying what went wrong and a bilingual message saying
 * where (file, sheet or ZIP entry) with the limit and the actual value, Chinese first. Services turn it
 * into an AppError; the readers themselves know nothing of HTTP or the CLI.
 */
export const readerErrorCodes = [
  'too_large',
  'zip_bomb',
  'unsupported_type',
  'corrupt',
  'encoding',
  'too_many_rows',
] as const;
export type ReaderErrorCode = (typeof readerErrorCodes)[number];

/** Where the problem is: always the file, and the sheet or the ZIP entry when known. */
export interface ReaderErrorPlace {
  fileName: string;
  sheet?: string;
  entry?: string;
}

export class ReaderError extends Error {
  override name = 'ReaderError';

  constructor(
    readonly code: ReaderErrorCode,
    readonly place: ReaderErrorPlace,
    zh: string,
    en: string,
  ) {
    super(`${placeZh(place)}：${zh} (${placeEn(place)}: ${en})`);
  }
}

function placeZh({ fileName, sheet, entry }: ReaderErrorPlace): string {
  let text = `文件 "${fileName}"`;
  if (sheet !== undefined) text += ` 工作表 "${sheet}"`;
  if (entry !== undefined) text += ` 条目 "${entry}"`;
  return text;
}

function placeEn({ fileName, sheet, entry }: ReaderErrorPlace): string {
  let text = `file "${fileName}"`;
  if (sheet !== undefined) text += `, sheet "${sheet}"`;
  if (entry !== undefined) text += `, entry "${entry}"`;
  return text;
}

/** A byte count for messages: exact below 1 MiB, else MiB with one decimal. */
export function formatBytes(bytes: number): string {
  const mebibyte = 1024 * 1024;
  return bytes < mebibyte ? `${bytes} B` : `${(bytes / mebibyte).toFixed(1)} MiB`;
}

/** Any failure of a library while parsing, as a 'corrupt' ReaderError; ReaderErrors pass unchanged. */
export function asCorrupt(error: unknown, place: ReaderErrorPlace): ReaderError {
  if (error instanceof ReaderError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ReaderError('corrupt', place, `文件已损坏或无法解析：${detail}`, `corrupt or unreadable: ${detail}`);
}
