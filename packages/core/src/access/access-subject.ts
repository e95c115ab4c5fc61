/**
 * Who is acting: an account with one role and the scope that role carries. An account holds exactly one role,
 * so 三员分立 and the scopes stay provable; a person with two duties has two accounts.
 */
import { ROLE_DEFINITIONS, type Role, type ScopeKind } from './role.ts';

export type AccessScope =
  | { kind: 'city' }
  | { kind: 'unit'; reportingUnitId: string }
  | { kind: 'cluster'; systemId: string; clusterId: string }
  | { kind: 'enterprise'; uscc: string }
  | { kind: 'none' };

export interface AccessSubject {
  accountId: string;
  role: Role;
  scope: AccessScope;
}

/** Builds a subject, refusing a scope that does not fit the role (a county user without a unit, …). */
export function accessSubject(accountId: string, role: Role, scope: AccessScope): AccessSubject {
  const expected: ScopeKind = ROLE_DEFINITIONS[role].scope;
  if (scope.kind !== expected)
    throw new RangeError(
      `角色 ${role} 的数据范围应为 ${expected}，实际为 ${scope.kind} (role ${role} needs a ${expected} scope, got ${scope.kind})`,
    );
  return { accountId, role, scope };
}

/** A readable key of a scope, e.g. `unit:330402`, for logs and the audit trail. */
export function scopeKey(scope: AccessScope): string {
  switch (scope.kind) {
    case 'city':
    case 'none':
      return scope.kind;
    case 'unit':
      return `unit:${scope.reportingUnitId}`;
    case 'cluster':
      return `cluster:${scope.systemId}/${scope.clusterId}`;
    case 'enterprise':
      return `enterprise:${scope.uscc}`;
  }
}
