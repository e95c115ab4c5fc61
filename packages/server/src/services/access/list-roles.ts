/**
 * The roles as the administrators' pages show them: each role's name, the scope an account of it carries, whether
 * it needs a second factor, whether it is one of the three separated administrators (三员), and its permissions
 * with their names (core's ROLE_DEFINITIONS and PERMISSION_INFO).
 */
import {
  PERMISSION_INFO,
  ROLE_DEFINITIONS,
  ROLES,
  type BilingualName,
  type Permission,
  type Role,
  type ScopeKind,
} from '@observatory/core';

export interface RoleDescription {
  role: Role;
  name: BilingualName;
  scopeKind: ScopeKind;
  secondFactorRequired: boolean;
  separatedAdministrator: boolean;
  permissions: { permission: Permission; name: BilingualName; enterpriseLevel: boolean; writes: boolean }[];
}

export function listRoles(): RoleDescription[] {
  return ROLES.map((role) => {
    const definition = ROLE_DEFINITIONS[role];
    return {
      role,
      name: definition.name,
      scopeKind: definition.scope,
      secondFactorRequired: definition.secondFactorRequired,
      separatedAdministrator: definition.separatedAdministrator,
      permissions: definition.permissions.map((permission) => ({ permission, ...PERMISSION_INFO[permission] })),
    };
  });
}
