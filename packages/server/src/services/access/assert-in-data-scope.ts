/**
 * The service-side check of one enterprise-level row against the caller's data scope: 403 outside it. Lists
 * filter in SQL (repositories/data-scope-filter.ts); single rows are checked here after they are found.
 */
import { inDataScope, type DataScope } from '@observatory/core';
import { AppError } from '../../app-error.ts';

export function assertInDataScope(scope: DataScope, row: { uscc: string; reportingUnitId: string | null }): void {
  if (inDataScope(scope, row)) return;
  throw new AppError('forbidden', `企业 ${row.uscc} 不在您的数据范围内 (enterprise ${row.uscc} is outside your scope)`);
}
