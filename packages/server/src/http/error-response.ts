/**
 * Every failure leaves the API as {"error":{"code","message","details"}} with the status of its code.
 * Unknown errors become 500 "internal" without a stack trace; the server log keeps the details.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type AppErrorCode } from '../app-error.ts';

export const statusOfCode: Record<AppErrorCode, ContentfulStatusCode> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  internal: 500,
};

export function errorBody(error: AppError) {
  return { error: { code: error.code, message: error.message, details: error.details } };
}

export function respondWithError(error: unknown, c: Context, log: (error: unknown) => void = console.error) {
  if (error instanceof AppError) return c.json(errorBody(error), statusOfCode[error.code]);
  log(error);
  const internal = new AppError('internal', '服务器内部错误 (internal server error)');
  return c.json(errorBody(internal), 500);
}
