/**
 * The one way the web talks to the server: same-origin fetch with the session cookie, the CSRF token on every
 * change, JSON in and out, uploads as multipart, downloads as files. Errors become ApiError with the server's
 * bilingual message; a 401 tells the session to show the login page.
 */
import { ApiError } from './api-error.ts';

let csrfToken: string | null = null;
let onUnauthorised: () => void = () => {};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setUnauthorisedHandler(handler: () => void): void {
  onUnauthorised = handler;
}

export type QueryValue = string | number | boolean | null | undefined;

/** `/api/x?a=1&b=2`, leaving out empty values. */
export function apiPath(path: string, query: Record<string, QueryValue> = {}): string {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') parameters.set(key, String(value));
  }
  const text = parameters.toString();
  return text === '' ? path : `${path}?${text}`;
}

async function failure(response: Response): Promise<ApiError> {
  let code = 'http_error';
  let message = `${response.status} ${response.statusText}`;
  let details: unknown;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; details?: unknown } };
    if (body.error) {
      code = body.error.code ?? code;
      message = body.error.message ?? message;
      details = body.error.details;
    }
  } catch {
    // not JSON: keep the status line
  }
  if (response.status === 401) onUnauthorised();
  return new ApiError(response.status, code, message, details);
}

async function send(method: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (method !== 'GET' && csrfToken) headers.set('x-csrf-token', csrfToken);
  let response: Response;
  try {
    response = await fetch(path, { ...init, method, headers, credentials: 'same-origin' });
  } catch (error) {
    throw new ApiError(0, 'network', `无法连接服务器 (cannot reach the server): ${(error as Error).message}`);
  }
  if (!response.ok) throw await failure(response);
  return response;
}

export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await send('GET', path, signal ? { signal } : {});
  return (await response.json()) as T;
}

export async function apiSend<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  return (await response.json()) as T;
}

export async function apiUpload<T>(path: string, form: FormData): Promise<T> {
  const response = await send('POST', path, { body: form });
  return (await response.json()) as T;
}

/** Fetches a file and hands it to the browser as a download with the server's file name. */
export async function apiDownload(path: string, fallbackName: string): Promise<void> {
  const response = await send('GET', path);
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  saveBlob(await response.blob(), name);
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
