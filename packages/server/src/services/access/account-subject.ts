/** The access subject of a stored account: its role and the scope columns turned into core's AccessScope. */
import { accessSubject, isRole, type AccessScope, type AccessSubject } from '@observatory/core';
import type { AccountRow } from '../../repositories/account.repository.ts';

export function scopeOfAccount(row: AccountRow): AccessScope {
  if (row.scope_reporting_unit_id !== null) return { kind: 'unit', reportingUnitId: row.scope_reporting_unit_id };
  if (row.scope_cluster_id !== null && row.scope_system_id !== null)
    return { kind: 'cluster', systemId: row.scope_system_id, clusterId: row.scope_cluster_id };
  if (row.scope_uscc !== null) return { kind: 'enterprise', uscc: row.scope_uscc };
  return ['system_admin', 'security_admin', 'auditor'].includes(row.role) ? { kind: 'none' } : { kind: 'city' };
}

export function subjectOfAccount(row: AccountRow): AccessSubject {
  if (!isRole(row.role)) throw new Error(`account ${row.login} has an unknown role ${row.role}`);
  return accessSubject(`account:${row.id}`, row.role, scopeOfAccount(row));
}
