/**
 * Signing in and out through the API on the engine under test: the session cookie's attributes, who the caller
 * is, CSRF on changes, the initial password to change before anything else, a county user refused an admin
 * route (403) and a city administrator's session allowed on it (with the read in the audit log), logging out,
 * and the per-address login limit (429).
 */
import { PASSWORD_POLICY_PRESETS } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { createAccount } from '../../src/services/access/create-account.ts';
import { totpCode } from '../../src/services/access/totp.ts';
import { verifyAuditLog } from '../../src/services/access/verify-audit-log.ts';
import {
  expectError,
  openApiFixture,
  readResponse,
  routeKey,
  routesCoveredBy,
  setupTimeoutMs,
  testDisclosureRules,
  testTimeoutMs,
  type ApiFixture,
  type ApiResponse,
} from './api-test-kit.ts';
import { testEngine } from '../harness/test-database.ts';

const policy = PASSWORD_POLICY_PRESETS.djcp2;
let fixture: ApiFixture;
let adminTotp: string;
let adminPassword: string;
const succeeded = new Set<string>();

beforeAll(async () => {
  fixture = await openApiFixture();
  const options = { policy, createdBy: 'test' };
  await createAccount(
    fixture.database.db,
    {
      login: 'nh.staff',
      displayName: '南湖区',
      role: 'county_staff',
      reportingUnitId: '330402',
      password: 'Nanhu#2026',
    },
    options,
  );
  const admin = await createAccount(
    fixture.database.db,
    { login: 'admin', displayName: '管理员', role: 'city_admin' },
    options,
  );
  adminTotp = admin.totpSecret!;
  adminPassword = admin.initialPassword!;
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

interface Session {
  cookie: string;
  csrf: string;
}

async function send<T = unknown>(
  method: string,
  path: string,
  options: { session?: Session; csrf?: string | null; body?: unknown } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {};
  if (options.session) headers.cookie = options.session.cookie;
  const csrf = options.csrf === undefined ? options.session?.csrf : options.csrf;
  if (csrf) headers['x-csrf-token'] = csrf;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await readResponse<T>(
    await fixture.app.request(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    }),
  );
  if (response.status < 300) succeeded.add(routeKey(method, path));
  return response;
}

async function logIn(
  login: string,
  password: string,
  code?: string,
): Promise<Session & { body: Record<string, unknown> }> {
  const response = await send<Record<string, unknown>>('POST', '/api/auth/login', {
    body: { login, password, ...(code ? { totpCode: code } : {}) },
  });
  expect(response.status, response.text).toBe(200);
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0]!, csrf: String(response.body.csrfToken), body: response.body };
}

describe(`signing in through the API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('sets an HttpOnly, Secure, SameSite=Strict session cookie and says who the caller is', async () => {
    const response = await send<Record<string, unknown>>('POST', '/api/auth/login', {
      body: { login: 'nh.staff', password: 'Nanhu#2026' },
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^observatory_session=[\w-]{40,};/u);
    expect(cookie).toMatch(/HttpOnly/u);
    expect(cookie).toMatch(/Secure/u);
    expect(cookie).toMatch(/SameSite=Strict/u);
    expect(response.body).toMatchObject({
      login: 'nh.staff',
      role: 'county_staff',
      scope: { kind: 'unit', reportingUnitId: '330402' },
    });
    const session = { cookie: cookie.split(';')[0]!, csrf: String(response.body.csrfToken) };
    const me = await send<{ roleName: { zh: string }; permissions: string[] }>('GET', '/api/auth/me', { session });
    expect(me.status).toBe(200);
    expect(me.body.roleName.zh).toBe('县（市、区）工作人员');
    expect(me.body.permissions).toContain('enterprise.read');
  });

  it('answers 401 without a session and for a wrong password, with one message for every refusal', async () => {
    expectError(await send('GET', '/api/auth/me'), 401, 'unauthenticated');
    expectError(
      await send('GET', '/api/auth/me', {
        session: { cookie: 'observatory_session=forged-token-000000000000000000', csrf: '' },
      }),
      401,
      'unauthenticated',
    );
    const wrong = expectError(
      await send('POST', '/api/auth/login', { body: { login: 'nh.staff', password: 'x' } }),
      401,
      'unauthenticated',
    );
    const unknown = expectError(
      await send('POST', '/api/auth/login', { body: { login: 'nobody', password: 'x' } }),
      401,
      'unauthenticated',
    );
    expect(wrong.message).toBe(unknown.message);
  });

  it('refuses a change without the CSRF token (403) and a county user on a city route (403)', async () => {
    const session = await logIn('nh.staff', 'Nanhu#2026');
    expectError(await send('POST', '/api/auth/logout', { session, csrf: null, body: {} }), 403, 'forbidden');
    expectError(await send('POST', '/api/auth/logout', { session, csrf: 'wrong', body: {} }), 403, 'forbidden');
    const refused = expectError(await send('GET', '/api/imports', { session }), 403, 'forbidden');
    expect(refused.message).toMatch(/County staff may not: Read import history/u);
  });

  it('asks the administrator for the one-time code, then for a new password before anything else', async () => {
    const noCode = expectError(
      await send('POST', '/api/auth/login', { body: { login: 'admin', password: adminPassword } }),
      401,
      'unauthenticated',
    );
    expect(noCode.details).toEqual([{ path: 'totpCode', message: 'second_factor_required' }]);
    const session = await logIn('admin', adminPassword, totpCode(adminTotp, new Date()));
    expect(session.body.mustChangePassword).toBe(true);
    expect(expectError(await send('GET', '/api/imports', { session }), 403, 'forbidden').message).toMatch(
      /initial password/u,
    );
    const weak = await send('POST', '/api/auth/password', {
      session,
      body: { oldPassword: adminPassword, newPassword: 'short' },
    });
    expectError(weak, 400, 'validation_failed');
    const changed = await send('POST', '/api/auth/password', {
      session,
      body: { oldPassword: adminPassword, newPassword: 'Jiaxing#Bureau2026' },
    });
    expect(changed.status, changed.text).toBe(200);
    const list = await send<{ total?: number }>('GET', '/api/imports', { session });
    expect(list.status, list.text).toBe(200);
    const audit = await fixture.database.db
      .selectFrom('audit_log')
      .select(['actor', 'action', 'target'])
      .where('target', '=', '/api/imports')
      .execute();
    expect(audit).toEqual([
      { actor: expect.stringMatching(/^account:\d+$/u), action: 'import.read', target: '/api/imports' },
    ]);
    expect((await verifyAuditLog(fixture.database.db)).intact).toBe(true);
  });

  it('logs out, clears the cookie, and the session is gone', async () => {
    const session = await logIn('nh.staff', 'Nanhu#2026');
    const other = await logIn('nh.staff', 'Nanhu#2026');
    const out = await send('POST', '/api/auth/logout', { session, body: { everywhere: true } });
    expect(out.status, out.text).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^observatory_session=;.*Max-Age=0/u);
    expectError(await send('GET', '/api/auth/me', { session }), 401, 'unauthenticated');
    expectError(await send('GET', '/api/auth/me', { session: other }), 401, 'unauthenticated');
  });

  it('limits login attempts per address (429 with Retry-After)', async () => {
    const app = createApp({
      database: fixture.database,
      version: 'test',
      adminToken: null,
      disclosureRules: testDisclosureRules,
    });
    const attempt = () =>
      app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'nobody', password: 'x' }),
      });
    for (let i = 0; i < 20; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('covered every auth route with a success', () => {
    expect(routesCoveredBy['auth-api.db.test.ts'].filter((key) => !succeeded.has(key))).toEqual([]);
  });
});
