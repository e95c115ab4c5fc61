/**
 * A data scope (core's DataScope) as a WHERE condition on a query's enterprise columns: every row, one
 * reporting unit's, one enterprise's, or none. The same rule PostgreSQL's row-level security repeats.
 */
import type { DataScope } from '@observatory/core';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';

export interface ScopeColumns {
  /** The column holding the enterprise's USCC, e.g. `e.uscc`. */
  uscc: string;
  /** The column holding its reporting unit, e.g. `e.reporting_unit_id`. */
  reportingUnitId: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function inScope(eb: ExpressionBuilder<any, any>, scope: DataScope, columns: ScopeColumns): Expression<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'unit':
      return eb(eb.ref(columns.reportingUnitId), '=', scope.reportingUnitId);
    case 'enterprise':
      return eb(eb.ref(columns.uscc), '=', scope.uscc);
    case 'none':
      return sql<boolean>`false`;
  }
}
