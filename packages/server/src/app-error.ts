/**
 * The failures a request can meet, as one small code list. Services throw AppError; the HTTP layer maps
 * each code to a status in one table (http/error-response.ts) and the CLI prints the message.
 */
export const appErrorCodes = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'internal',
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

export interface AppErrorDetail {
  /** Where: a file, a field path, a row. */
  path?: string;
  message: string;
}

export class AppError extends Error {
  override name = 'AppError';

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppErrorDetail[] = [],
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) =>
  new AppError('not_found', `未找到${what} ${id} (${what} ${id} not found)`);
