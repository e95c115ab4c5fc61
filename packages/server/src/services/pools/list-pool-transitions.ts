/**
 * 层级变动: tier transitions between two list years — the entries in force at the end of the first year against
 * those at the end of the second, per ladder (criteria file): new, upgrade, downgrade, kept, dropped, expired;
 * with counts by kind. Enterprise-level: within the caller's scope.
 */
import {
  countTransitions,
  poolTransitions,
  type DataScope,
  type PoolTier,
  type PoolTransitionKind,
} from '@observatory/core';
import { AppError } from '../../app-error.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { poolCriteria } from './pool-criteria-file.ts';
import { endOfYear, readEntriesInForce, type PoolEntryState } from './pool-entry-states.ts';

export interface PoolTransitionView {
  uscc: string;
  name: string | null;
  reportingUnit: string;
  ladder: string;
  fromTier: PoolTier | null;
  toTier: PoolTier | null;
  kind: PoolTransitionKind;
}

export async function listPoolTransitions(db: Queryable, input: { from: number; to: number; scope: DataScope }) {
  if (input.from >= input.to)
    throw new AppError('validation_failed', '起始年份须早于结束年份 (from must be before to)', [
      { path: 'query.from', message: `${input.from} ≥ ${input.to}` },
    ]);
  const criteria = poolCriteria();
  const toDate = endOfYear(input.to);
  const [before, after] = await Promise.all([
    readEntriesInForce(db, { date: endOfYear(input.from), scope: input.scope }),
    readEntriesInForce(db, { date: toDate, scope: input.scope }),
  ]);
  const firms = new Map<string, PoolEntryState>();
  for (const entry of [...before, ...after]) firms.set(entry.uscc, entry);
  const holdings = (entries: PoolEntryState[]) =>
    entries.map((entry) => ({ firm: entry.uscc, tier: entry.tier, validUntil: entry.validUntil }));
  const transitions = poolTransitions(criteria.ladders, holdings(before), holdings(after), toDate);
  return {
    from: input.from,
    to: input.to,
    ladders: criteria.ladders.map((ladder) => ({ id: ladder.id, name: ladder.name, tiers: ladder.tiers })),
    counts: countTransitions(transitions),
    transitions: transitions.map((transition): PoolTransitionView => ({
      uscc: transition.firm,
      name: firms.get(transition.firm)?.name ?? null,
      reportingUnit: firms.get(transition.firm)!.reportingUnit,
      ladder: transition.ladder,
      fromTier: transition.fromTier,
      toTier: transition.toTier,
      kind: transition.kind,
    })),
  };
}
