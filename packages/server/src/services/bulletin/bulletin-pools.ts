/**
 * 企业培育 of the bulletin's register section: per tier, the firms with an entry in force on the period's last day
 * and how many of them were first entered in the tier this year (no entry of the tier at the end of last year), with
 * the tier's 2025 target where the published systems have one (the pools' target providers). Counts of designated
 * firms are published by the bureau: every audience sees the city's counts.
 */
import { POOL_TIER_NAMES, POOL_TIERS, type BulletinPools, type PoolTier } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { endOfYear, readEntriesInForce, readPoolEntryStates } from '../pools/pool-entry-states.ts';
import { poolTargetMeasures } from '../pools/pool-target-measures.ts';
import { measureRegisterTargets } from './bulletin-register-targets.ts';

/** The pool target measures by the tier they count. */
const TIER_OF_MEASURE: Record<string, PoolTier> = {
  'count:single_champions': 'single_champion',
  'count:little_giants': 'little_giant',
  'count:hidden_champions': 'hidden_champion',
  'count:new_listed_companies': 'listed',
};

export async function bulletinPools(
  db: Kysely<DatabaseSchema>,
  input: { year: number; asOf: string; systemIds: readonly string[] },
): Promise<BulletinPools | null> {
  const scope = { kind: 'all' } as const;
  const [inForce, before] = await Promise.all([
    readEntriesInForce(db, { date: input.asOf, scope }),
    readPoolEntryStates(db, { date: endOfYear(input.year - 1), scope }),
  ]);
  if (inForce.length === 0) return null;
  const targets = await measureRegisterTargets(db, {
    systemIds: input.systemIds,
    year: input.year,
    providers: poolTargetMeasures,
  });
  const heldBefore = new Set(before.map((entry) => `${entry.enterpriseId}|${entry.tier}`));
  return {
    asOf: input.asOf,
    rows: POOL_TIERS.map((tier) => {
      const firms = inForce.filter((entry) => entry.tier === tier);
      const target = [...targets.values()].find((candidate) => TIER_OF_MEASURE[candidate.measure] === tier);
      return {
        tier,
        name: POOL_TIER_NAMES[tier],
        inPool: new Set(firms.map((entry) => entry.enterpriseId)).size,
        newThisYear: new Set(
          firms
            .filter((entry) => !heldBefore.has(`${entry.enterpriseId}|${entry.tier}`))
            .map((entry) => entry.enterpriseId),
        ).size,
        target: target
          ? {
              name: target.name,
              value: target.value,
              deadline: target.deadline,
              basis: target.basis,
              measured: target.measured,
              progress: target.progress,
            }
          : null,
      };
    }),
  };
}
