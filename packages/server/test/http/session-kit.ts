/**
 * Accounts of every role and their signed-in sessions, for tests that call the API as real users: one account
 * per role (county and enterprise accounts bound to the scope given), signed in through POST /api/auth/login
 * with the TOTP code where the role needs one, and a request helper that sends the cookie and CSRF header.
 */
import { PASSWORD_POLICY_PRESETS, ROLES, type Role } from '@observatory/core';
import type { Hono } from 'hono';
import type { Queryable } from '../../src/repositories/queryable.ts';
import { createAccount } from '../../src/services/access/create-account.ts';
import { totpCode } from '../../src/services/access/totp.ts';
import { readResponse, routeKey, routesCoveredBy, type ApiResponse } from './api-test-kit.ts';

export interface TestSession {
  login: string;
  role: Role;
  cookie: string;
  csrf: string;
}

export interface RoleScopes {
  reportingUnitId: string;
  uscc: string;
  cluster: string;
}

const password = 'Observatory#2026';

/** Creates `<role>` accounts (or `<role>.<suffix>`) and signs each in. */
export async function signInAs(
  app: Hono,
  db: Queryable,
  accounts: { role: Role; suffix?: string; scope?: Partial<RoleScopes> }[],
): Promise<TestSession[]> {
  const sessions: TestSession[] = [];
  for (const { role, suffix, scope } of accounts) {
    const login = `${role.replace(/_/g, '-')}${suffix ? `.${suffix}` : ''}`;
    const created = await createAccount(
      db,
      {
        login,
        displayName: login,
        role,
        password,
        reportingUnitId: role === 'county_staff' ? (scope?.reportingUnitId ?? null) : null,
        uscc: role === 'enterprise_user' ? (scope?.uscc ?? null) : null,
        cluster: role === 'cluster_org' ? (scope?.cluster ?? null) : null,
      },
      { policy: PASSWORD_POLICY_PRESETS.djcp2, createdBy: 'test' },
    );
    const code = created.totpSecret ? totpCode(created.totpSecret, new Date()) : undefined;
    const response = await readResponse<{ csrfToken: string }>(
      await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login, password, ...(code ? { totpCode: code } : {}) }),
      }),
    );
    if (response.status !== 200) throw new Error(`sign-in of ${login} failed: ${response.text}`);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
    sessions.push({ login, role, cookie, csrf: response.body.csrfToken });
  }
  return sessions;
}

/** One account of every role, scoped as given. */
export function everyRole(scope: RoleScopes) {
  return ROLES.map((role) => ({ role, scope }));
}

/** A request as the session (cookie and CSRF header); a body is sent as JSON. */
export async function callAs<T = unknown>(
  app: Hono,
  session: TestSession | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrf;
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  return readResponse<T>(
    await app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
  );
}

/**
 * Session calls that remember which routes answered with a success (status < 300), for a register API test's
 * closing check that every route it claims in `routesCoveredBy` succeeded at least once. `template` is the route's
 * path with `{param}` placeholders (default: the path without its query); `record` notes a call made another way
 * (a multipart upload). The app is read when called, so the recorder can be made before the fixture opens.
 */
export function sessionRouteRecorder(app: () => Hono) {
  const succeeded = new Set<string>();
  const record = (method: string, template: string, status: number) => {
    if (status < 300) succeeded.add(routeKey(method, template));
  };
  return {
    record,
    /** A request as the session, recorded under its route template. */
    async call<T = unknown>(
      session: TestSession | null,
      method: 'GET' | 'POST' | 'PUT',
      path: string,
      template: string = path.split('?')[0]!,
      body?: unknown,
    ): Promise<ApiResponse<T>> {
      const response = await callAs<T>(app(), session, method, path, body);
      record(method, template, response.status);
      return response;
    },
    /** The routes of a test file that never answered with a success. */
    missingSuccesses(file: keyof typeof routesCoveredBy): string[] {
      return routesCoveredBy[file].filter((key) => !succeeded.has(key));
    },
  };
}
