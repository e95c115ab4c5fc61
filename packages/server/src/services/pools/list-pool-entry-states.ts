/**
 * 在库企业: the entries as of a date with their validity and latest review, most urgent first (expiring, then in
 * force); with `includeEnded` also the expired and withdrawn ones. Enterprise-level: within the caller's scope.
 */
import type { DataScope, PoolTier } from '@observatory/core';
import type { Queryable } from '../../repositories/queryable.ts';
import { readPoolEntryStates, type PoolEntryState } from './pool-entry-states.ts';

const order = { expiring: 0, in_force: 1, expired: 2, withdrawn: 3, not_yet: 4 } as const;

export async function listPoolEntryStates(
  db: Queryable,
  filter: { date: string; scope: DataScope; tier?: PoolTier; unit?: string; includeEnded?: boolean },
): Promise<Omit<PoolEntryState, 'enterpriseId'>[]> {
  const states = await readPoolEntryStates(db, filter);
  return states
    .filter((entry) => filter.includeEnded || entry.validity === 'in_force' || entry.validity === 'expiring')
    .sort(
      (a, b) =>
        order[a.validity] - order[b.validity] ||
        a.validUntil.localeCompare(b.validUntil) ||
        a.uscc.localeCompare(b.uscc),
    )
    .map(({ enterpriseId: _id, ...entry }) => entry);
}
