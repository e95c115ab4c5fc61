/**
 * Hand placements of enterprises on chain links (chain_link_assignment, append-only, row-level security): adding
 * one, and the placements in force for a chain (the latest per enterprise), narrowed to a data scope.
 */
import type { DataScope } from '@observatory/core';
import { inScope } from './data-scope-filter.ts';
import type { Queryable } from './queryable.ts';

export async function insertChainLinkAssignment(
  db: Queryable,
  row: {
    chainId: string;
    uscc: string;
    reportingUnitId: string;
    linkIds: readonly string[];
    reason: string;
    by: string;
  },
) {
  return db
    .insertInto('chain_link_assignment')
    .values({
      chain_id: row.chainId,
      uscc: row.uscc,
      reporting_unit_id: row.reportingUnitId,
      link_ids: JSON.stringify(row.linkIds),
      reason: row.reason,
      assigned_by: row.by,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The latest placement per enterprise of a chain, within the scope. */
export async function listLatestChainLinkAssignments(db: Queryable, chainId: string, scope: DataScope) {
  return db
    .selectFrom('chain_link_assignment')
    .distinctOn('uscc')
    .selectAll()
    .where('chain_id', '=', chainId)
    .where((eb) => inScope(eb, scope, { uscc: 'uscc', reportingUnitId: 'reporting_unit_id' }))
    .orderBy('uscc')
    .orderBy('id', 'desc')
    .execute();
}
