import { describe, expect, it } from 'vitest';
import { PERMISSION_INFO, PERMISSIONS } from './permission.ts';
import { ROLE_DEFINITIONS, ROLES } from './role.ts';

/** The whole permission matrix, one line per role: a change to who may do what shows up in review. */
function matrix(): string {
  const lines = ROLES.map((role) => {
    const definition = ROLE_DEFINITIONS[role];
    const marks = PERMISSIONS.map((permission) => (definition.permissions.includes(permission) ? 'x' : '.')).join('');
    return `${role.padEnd(16)} ${definition.scope.padEnd(10)} ${definition.secondFactorRequired ? '2FA' : '   '} ${marks}`;
  });
  const header = PERMISSIONS.map((permission, index) => `${String(index).padStart(2)} ${permission}`);
  return [...header, '', ...lines].join('\n');
}

describe('roles and permissions', () => {
  it('keeps the permission matrix as reviewed', () => {
    expect(matrix()).toMatchSnapshot();
  });

  it('names every role and permission in Chinese and English', () => {
    for (const role of ROLES) expect(ROLE_DEFINITIONS[role].name.zh).toMatch(/\p{Script=Han}/u);
    for (const permission of PERMISSIONS) {
      expect(PERMISSION_INFO[permission].name.zh).toMatch(/\p{Script=Han}/u);
      expect(PERMISSION_INFO[permission].name.en).toMatch(/^[A-Z]/u);
    }
  });

  it('lists no permission twice in a role', () => {
    for (const role of ROLES) {
      const { permissions } = ROLE_DEFINITIONS[role];
      expect(new Set(permissions).size).toBe(permissions.length);
    }
  });

  it('separates the three administrators (三员分立): no enterprise data, no shared permission, second factor', () => {
    const separated = ROLES.filter((role) => ROLE_DEFINITIONS[role].separatedAdministrator);
    expect(separated.sort()).toEqual(['auditor', 'security_admin', 'system_admin']);
    for (const role of separated) {
      const definition = ROLE_DEFINITIONS[role];
      expect(definition.scope).toBe('none');
      expect(definition.secondFactorRequired).toBe(true);
      expect(definition.permissions.filter((p) => PERMISSION_INFO[p].enterpriseLevel)).toEqual([]);
      for (const other of ROLES.filter((r) => r !== role))
        expect(definition.permissions.filter((p) => ROLE_DEFINITIONS[other].permissions.includes(p))).toEqual([]);
    }
  });

  it('gives the account, role and audit permissions to the three administrators only', () => {
    const adminOnly = ['account.manage', 'role.assign', 'audit.read', 'audit.export'] as const;
    for (const role of ROLES.filter((r) => !ROLE_DEFINITIONS[r].separatedAdministrator))
      for (const permission of adminOnly) expect(ROLE_DEFINITIONS[role].permissions).not.toContain(permission);
  });

  it('keeps the leader and the cluster organisation read-only and away from enterprise rows', () => {
    for (const role of ['leader', 'cluster_org'] as const)
      for (const permission of ROLE_DEFINITIONS[role].permissions) {
        expect(PERMISSION_INFO[permission].writes).toBe(false);
        expect(PERMISSION_INFO[permission].enterpriseLevel).toBe(false);
      }
  });

  it('requires a second factor of every role that can publish, decide appeals or administer', () => {
    const powerful = new Set(['evaluation.publish', 'appeal.decide', 'account.manage', 'role.assign', 'audit.read']);
    for (const role of ROLES)
      if (ROLE_DEFINITIONS[role].permissions.some((p) => powerful.has(p)))
        expect(ROLE_DEFINITIONS[role].secondFactorRequired).toBe(true);
  });
});
