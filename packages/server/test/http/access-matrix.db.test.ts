/**
 * Every route that needs a permission, called by every role through a real session (issue 7: "every endpoint
 * has tests for unauthenticated (401), wrong role (403) and the happy path"): 401 without a session or with a
 * forged one, 403 naming the missing permission for each role the permission matrix leaves out, and never a
 * permission refusal for a role that holds it. Writes without the CSRF header are refused before anything runs.
 * The happy path of each route is the coverage list of api-test-kit.ts (api.db.test.ts checks every route is in
 * it); the scoped happy paths and scope refusals are in test/access/attack-suite.db.test.ts.
 */
import { hasPermission, isPermission, PERMISSION_INFO, ROLE_DEFINITIONS, type Permission } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../../src/http/app.ts';
import { testEngine } from '../harness/test-database.ts';
import {
  expectError,
  openApiFixture,
  routeKey,
  setupTimeoutMs,
  testTimeoutMs,
  type ApiFixture,
} from './api-test-kit.ts';
import { callAs, everyRole, signInAs, type TestSession } from './session-kit.ts';

let fixture: ApiFixture;
let sessions: TestSession[];
beforeAll(async () => {
  fixture = await openApiFixture();
  sessions = await signInAs(
    fixture.app,
    fixture.database.db,
    everyRole({ reportingUnitId: '330402', uscc: '91350100M000100Y43', cluster: 'wuda/wuda-textile' }),
  );
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

const sampleParams: Record<string, string> = { id: '1', uscc: '91350100M000100Y43', year: '2023', code: '1711' };
const pathOf = (template: string) => template.replace(/\{(\w+)\}/g, (_m, name: string) => sampleParams[name] ?? 'x');

const permissionRoutes = apiRoutes.filter((route) => isPermission(route.access));
const signedInRoutes = apiRoutes.filter((route) => route.access === 'signed_in');

describe(`access to every route on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('leaves no route on the transitional admin-only access', () => {
    expect(
      apiRoutes.filter((route) => !['public', 'signed_in'].includes(route.access) && !isPermission(route.access)),
    ).toEqual([]);
  });

  it.each(
    [...permissionRoutes, ...signedInRoutes].map((route) => [routeKey(route.method, route.path), route] as const),
  )('%s: 401 without a session and with a forged one', async (_key, route) => {
    const body = route.method === 'get' ? undefined : {};
    expectError(
      await callAs(fixture.app, null, route.method.toUpperCase(), pathOf(route.path), body),
      401,
      'unauthenticated',
    );
    const forged: TestSession = {
      login: 'x',
      role: 'city_admin',
      cookie: 'observatory_session=forged-0000000000000000000000000000',
      csrf: 'x',
    };
    expectError(
      await callAs(fixture.app, forged, route.method.toUpperCase(), pathOf(route.path), body),
      401,
      'unauthenticated',
    );
  });

  it.each(permissionRoutes.map((route) => [routeKey(route.method, route.path), route] as const))(
    '%s: 403 for every role without the permission, no permission refusal for a role with it',
    async (_key, route) => {
      const permission = route.access as Permission;
      const body = route.method === 'get' ? undefined : {};
      for (const session of sessions) {
        const response = await callAs(fixture.app, session, route.method.toUpperCase(), pathOf(route.path), body);
        const role = ROLE_DEFINITIONS[session.role];
        const subject = { accountId: session.login, role: session.role, scope: { kind: 'none' } } as const;
        // A route may also serve holders of further permissions (alsoPermittedBy, e.g. the role list).
        const opening = [permission, ...(route.alsoPermittedBy ?? [])];
        if (!opening.some((candidate) => hasPermission(subject, candidate))) {
          const error = expectError(response, 403, 'forbidden');
          expect(error.message, `${session.role}`).toContain(PERMISSION_INFO[permission].name.zh);
          expect(error.message).toContain(role.name.zh);
        } else {
          expect(response.status, `${session.role}: ${response.text}`).not.toBe(401);
          if (response.status === 403)
            expect(response.text, `${session.role} holds ${permission}`).not.toContain(`${role.name.zh}无权`);
        }
      }
    },
  );

  it.each(
    permissionRoutes
      .filter((route) => route.method !== 'get')
      .map((route) => [routeKey(route.method, route.path), route] as const),
  )('%s: a session write without the CSRF header is refused', async (_key, route) => {
    const admin = sessions.find((session) => session.role === 'city_admin')!;
    const response = await callAs(
      fixture.app,
      { ...admin, csrf: '' },
      route.method.toUpperCase(),
      pathOf(route.path),
      {},
    );
    expect(expectError(response, 403, 'forbidden').message).toMatch(/CSRF/);
  });

  it('gives the three separated administrators (三员) no enterprise-level route at all', async () => {
    const separated = sessions.filter((session) => ROLE_DEFINITIONS[session.role].separatedAdministrator);
    expect(separated.map((session) => session.role).sort()).toEqual(['auditor', 'security_admin', 'system_admin']);
    for (const route of permissionRoutes.filter((r) => PERMISSION_INFO[r.access as Permission].enterpriseLevel))
      for (const session of separated) {
        const response = await callAs(
          fixture.app,
          session,
          route.method.toUpperCase(),
          pathOf(route.path),
          route.method === 'get' ? undefined : {},
        );
        expect(response.status, `${session.role} ${routeKey(route.method, route.path)}`).toBe(403);
      }
  });
});
