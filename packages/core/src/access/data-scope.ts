/**
 * Which enterprise-level rows a subject may see under a permission, as a filter for queries (the same rule as
 * `authorize`, stated for lists): every row, the rows of one reporting unit, the rows of one enterprise, or none.
 * Repositories turn it into a WHERE clause; PostgreSQL's row-level security applies the same filter again.
 */
import type { AccessSubject } from './access-subject.ts';
import { hasPermission } from './authorize.ts';
import type { Permission } from './permission.ts';

export type DataScope =
  { kind: 'all' } | { kind: 'unit'; reportingUnitId: string } | { kind: 'enterprise'; uscc: string } | { kind: 'none' };

export function dataScope(subject: AccessSubject, permission: Permission): DataScope {
  if (!hasPermission(subject, permission)) return { kind: 'none' };
  const { scope } = subject;
  switch (scope.kind) {
    case 'city':
      return { kind: 'all' };
    case 'unit':
      return { kind: 'unit', reportingUnitId: scope.reportingUnitId };
    case 'enterprise':
      return { kind: 'enterprise', uscc: scope.uscc };
    case 'cluster':
    case 'none':
      return { kind: 'none' };
  }
}

/** Whether a row owned by this enterprise and unit passes the filter (for checks done in memory). */
export function inDataScope(scope: DataScope, row: { uscc: string; reportingUnitId: string | null }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'unit':
      return row.reportingUnitId === scope.reportingUnitId;
    case 'enterprise':
      return row.uscc === scope.uscc;
    case 'none':
      return false;
  }
}
