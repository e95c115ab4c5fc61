/**
 * Who made a request: an account through its session cookie, or a script through the configured admin bearer
 * token (a city administrator without an account, named `token:admin` in the audit log). Handlers receive it;
 * services take its subject for authorisation and scoping.
 */
import { accessSubject, type AccessSubject } from '@observatory/core';

export interface Caller {
  subject: AccessSubject;
  /** How the request proved who it is: cookie sessions need a CSRF token on changes, bearer tokens do not. */
  via: 'session' | 'token';
  accountId: number | null;
  login: string;
  displayName: string;
  /** Session callers only. */
  csrfToken: string | null;
  tokenHash: string | null;
  mustChangePassword: boolean;
}

/** The caller a valid admin bearer token stands for. */
export const adminTokenCaller: Caller = {
  subject: accessSubject('token:admin', 'city_admin', { kind: 'city' }),
  via: 'token',
  accountId: null,
  login: 'token:admin',
  displayName: '管理令牌 (admin token)',
  csrfToken: null,
  tokenHash: null,
  mustChangePassword: false,
};
