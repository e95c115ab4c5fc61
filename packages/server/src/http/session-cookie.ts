/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), Secure
 * unless the server is configured for plain-HTTP development, Path=/, expiring with the session's absolute limit.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'observatory_session';
export const CSRF_HEADER = 'x-csrf-token';

export function readSessionToken(c: Context): string | null {
  return getCookie(c, SESSION_COOKIE) ?? null;
}

export function writeSessionCookie(c: Context, token: string, expiresAt: Date, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, secure, sameSite: 'Strict', path: '/', expires: expiresAt });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, secure, sameSite: 'Strict', path: '/' });
}

/** What a handler returns to open or end a session: the JSON body and the cookie to set or clear. */
export class SessionResponse {
  constructor(
    readonly body: object,
    readonly cookie: { token: string; expiresAt: Date } | 'clear',
  ) {}
}
