/**
 * The administrators' API (三员) through real sessions: the system administrator lists accounts (never a hash or
 * secret), creates one (the generated password answered once, and usable), disables and resets; the roles for the
 * system and the security administrator; the auditor's audit log (newest first, paged, filtered), its chain check
 * and its CSV export. Every route: 401 without a session, 403 for a role without the permission.
 */
import { PERMISSION_INFO } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../harness/test-database.ts';
import {
  expectError,
  openApiFixture,
  readResponse,
  routeKey,
  routesCoveredBy,
  setupTimeoutMs,
  testTimeoutMs,
  type ApiFixture,
  type ApiResponse,
} from './api-test-kit.ts';
import { callAs, signInAs, type TestSession } from './session-kit.ts';

let fixture: ApiFixture;
let sysAdmin: TestSession;
let secAdmin: TestSession;
let auditor: TestSession;
let cityAdmin: TestSession;
let county: TestSession;
const succeeded = new Set<string>();

beforeAll(async () => {
  fixture = await openApiFixture();
  [sysAdmin, secAdmin, auditor, cityAdmin, county] = (await signInAs(fixture.app, fixture.database.db, [
    { role: 'system_admin' },
    { role: 'security_admin' },
    { role: 'auditor' },
    { role: 'city_admin' },
    { role: 'county_staff', scope: { reportingUnitId: '330402' } },
  ])) as [TestSession, TestSession, TestSession, TestSession, TestSession];
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

async function call<T>(
  session: TestSession | null,
  method: 'GET' | 'POST',
  path: string,
  template: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  const response = await callAs<T>(fixture.app, session, method, path, body);
  if (response.status < 300) succeeded.add(routeKey(method, template));
  return response;
}

async function logIn(login: string, password: string) {
  return readResponse<{ mustChangePassword: boolean }>(
    await fixture.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password }),
    }),
  );
}

interface AccountRow {
  login: string;
  role: string;
  disabled: boolean;
  lastLoginAt: string | null;
  mustChangePassword: boolean;
}

describe(`administrators' API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('GET /api/admin/accounts: the accounts with role, scope and state, never a hash or secret', async () => {
    const response = await call<AccountRow[]>(sysAdmin, 'GET', '/api/admin/accounts', '/api/admin/accounts');
    expect(response.status, response.text).toBe(200);
    const row = response.body.find((account) => account.login === county.login)!;
    const fields = 'disabled displayName lastLoginAt locked login mustChangePassword role roleName scope secondFactor';
    expect(Object.keys(row).sort()).toEqual(fields.split(' '));
    expect(row).toMatchObject({ role: 'county_staff', scope: '330402', disabled: false, mustChangePassword: false });
    expect(Number.isNaN(Date.parse(row.lastLoginAt!))).toBe(false);
    expect(response.text).not.toMatch(/argon2|password_hash|totp_secret/u);
    expectError(await callAs(fixture.app, cityAdmin, 'GET', '/api/admin/accounts'), 403, 'forbidden');
    expectError(await callAs(fixture.app, null, 'GET', '/api/admin/accounts'), 401, 'unauthenticated');
  });

  it('POST /api/admin/accounts: answers the generated password once, and it signs in (to be changed)', async () => {
    const body = { login: 'Nh.Clerk', displayName: '南湖区经信局', role: 'county_staff', unit: '330402' };
    const created = await call<{ login: string; initialPassword: string; totpSecret: string | null }>(
      sysAdmin,
      'POST',
      '/api/admin/accounts',
      '/api/admin/accounts',
      body,
    );
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ login: 'nh.clerk', totpSecret: null });
    expect(created.body.initialPassword).toHaveLength(16);
    const signIn = await logIn('nh.clerk', created.body.initialPassword);
    expect(signIn.status, signIn.text).toBe(200);
    expect(signIn.body.mustChangePassword).toBe(true);
    const admin = await callAs<{ totpSecret: string | null }>(fixture.app, sysAdmin, 'POST', '/api/admin/accounts', {
      login: 'city.second',
      displayName: '第二管理员',
      role: 'city_admin',
    });
    expect(admin.status, admin.text).toBe(201);
    expect(admin.body.totpSecret).toMatch(/^[A-Z2-7]{32}$/u);
    expectError(await callAs(fixture.app, sysAdmin, 'POST', '/api/admin/accounts', body), 409, 'conflict');
    const noUnit = { ...body, login: 'no.unit', unit: undefined };
    expectError(await callAs(fixture.app, sysAdmin, 'POST', '/api/admin/accounts', noUnit), 400, 'validation_failed');
    const badRole = { ...body, login: 'bad.role', role: 'superuser' };
    expectError(await callAs(fixture.app, sysAdmin, 'POST', '/api/admin/accounts', badRole), 400, 'validation_failed');
    expectError(await callAs(fixture.app, secAdmin, 'POST', '/api/admin/accounts', body), 403, 'forbidden');
    const listed = await callAs<AccountRow[]>(fixture.app, sysAdmin, 'GET', '/api/admin/accounts');
    expect(listed.body.find((account) => account.login === 'nh.clerk')).toMatchObject({
      mustChangePassword: true,
      lastLoginAt: expect.any(String),
    });
  });

  it('POST /api/admin/accounts/{login}/reset and /disable: a temporary password, then no more sessions', async () => {
    const reset = await call<{ login: string; temporaryPassword: string }>(
      sysAdmin,
      'POST',
      '/api/admin/accounts/nh.clerk/reset',
      '/api/admin/accounts/{login}/reset',
    );
    expect(reset.status, reset.text).toBe(200);
    expect(reset.body.login).toBe('nh.clerk');
    expect((await logIn('nh.clerk', reset.body.temporaryPassword)).status).toBe(200);
    expectError(await callAs(fixture.app, sysAdmin, 'POST', '/api/admin/accounts/nobody/reset'), 404, 'not_found');
    expectError(await callAs(fixture.app, auditor, 'POST', '/api/admin/accounts/nh.clerk/reset'), 403, 'forbidden');

    const disabled = await call<{ disabled: boolean; sessionsEnded: number }>(
      sysAdmin,
      'POST',
      `/api/admin/accounts/${county.login}/disable`,
      '/api/admin/accounts/{login}/disable',
      { reason: '调离岗位' },
    );
    expect(disabled.status, disabled.text).toBe(200);
    expect(disabled.body).toMatchObject({ disabled: true, sessionsEnded: 1 });
    expectError(await callAs(fixture.app, county, 'GET', '/api/auth/me'), 401, 'unauthenticated');
    const again = await callAs(fixture.app, sysAdmin, 'POST', `/api/admin/accounts/${county.login}/disable`, {
      reason: '再次',
    });
    expectError(again, 409, 'conflict');
    const noReason = await callAs(fixture.app, sysAdmin, 'POST', '/api/admin/accounts/nh.clerk/disable', {
      reason: ' ',
    });
    expectError(noReason, 400, 'validation_failed');
  });

  it('GET /api/admin/roles: for the system and the security administrator, with named permissions', async () => {
    for (const session of [sysAdmin, secAdmin]) {
      const response = await call<{ role: string; scopeKind: string; permissions: { permission: string }[] }[]>(
        session,
        'GET',
        '/api/admin/roles',
        '/api/admin/roles',
      );
      expect(response.status, response.text).toBe(200);
      const countyRole = response.body.find((role) => role.role === 'county_staff')!;
      expect(countyRole.scopeKind).toBe('unit');
      expect(countyRole.permissions).toContainEqual({
        permission: 'correction.file',
        ...PERMISSION_INFO['correction.file'],
      });
    }
    const refused = expectError(await callAs(fixture.app, auditor, 'GET', '/api/admin/roles'), 403, 'forbidden');
    expect(refused.message).toContain(PERMISSION_INFO['account.manage'].name.zh);
  });

  it('GET /api/audit: newest first, paged with before, filtered by action, actor and time', async () => {
    const first = await call<{ entries: { sequence: number; action: string; actor: string }[]; nextBefore: number }>(
      auditor,
      'GET',
      '/api/audit?limit=3',
      '/api/audit',
    );
    expect(first.status, first.text).toBe(200);
    const sequences = first.body.entries.map((entry) => entry.sequence);
    expect(sequences).toHaveLength(3);
    expect([...sequences].sort((a, b) => b - a)).toEqual(sequences);
    expect(first.body.nextBefore).toBe(sequences[2]);
    const second = await callAs<{ entries: { sequence: number }[] }>(
      fixture.app,
      auditor,
      'GET',
      `/api/audit?limit=3&before=${first.body.nextBefore}`,
    );
    expect(second.body.entries.every((entry) => entry.sequence < first.body.nextBefore)).toBe(true);
    const created = await callAs<{ entries: { action: string; actor: string }[]; nextBefore: number | null }>(
      fixture.app,
      auditor,
      'GET',
      '/api/audit?action=account.create&limit=200',
    );
    expect(created.body.entries.length).toBeGreaterThanOrEqual(7);
    expect(created.body.entries.every((entry) => entry.action === 'account.create')).toBe(true);
    expect(created.body.nextBefore).toBeNull();
    const byAdmin = await callAs<{ entries: { actor: string }[] }>(
      fixture.app,
      auditor,
      'GET',
      `/api/audit?actor=${encodeURIComponent(created.body.entries[0]!.actor)}`,
    );
    expect(byAdmin.body.entries.length).toBeGreaterThan(0);
    const future = await callAs<{ entries: unknown[] }>(
      fixture.app,
      auditor,
      'GET',
      '/api/audit?from=2999-01-01T00:00:00Z',
    );
    expect(future.body.entries).toEqual([]);
    expectError(await callAs(fixture.app, auditor, 'GET', '/api/audit?limit=201'), 400, 'validation_failed');
    expectError(await callAs(fixture.app, auditor, 'GET', '/api/audit?from=yesterday'), 400, 'validation_failed');
    expectError(await callAs(fixture.app, sysAdmin, 'GET', '/api/audit'), 403, 'forbidden');
  });

  it('GET /api/audit/verify and /api/audit/export.csv: the chain is intact, the export is CSV', async () => {
    const check = await call<{ intact: boolean; entries: number }>(
      auditor,
      'GET',
      '/api/audit/verify',
      '/api/audit/verify',
    );
    expect(check.status, check.text).toBe(200);
    expect(check.body).toMatchObject({ intact: true });
    expect(check.body.entries).toBeGreaterThan(5);
    const csv = await call<string>(auditor, 'GET', '/api/audit/export.csv', '/api/audit/export.csv');
    expect(csv.status, csv.text).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/u);
    expect(csv.text.replace(/^\uFEFF/u, '').startsWith('序号 sequence')).toBe(true);
    expect(csv.text).toContain('account.create');
    expectError(await callAs(fixture.app, secAdmin, 'GET', '/api/audit/export.csv'), 403, 'forbidden');
    expectError(await callAs(fixture.app, null, 'GET', '/api/audit/verify'), 401, 'unauthenticated');
  });

  it('answered every route this file covers with a success', () => {
    expect(routesCoveredBy['admin-api.db.test.ts'].filter((key) => !succeeded.has(key))).toEqual([]);
  });
});
