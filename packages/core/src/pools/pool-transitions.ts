/**
 * Tier transitions between two list years (层级变动): on each ladder a firm's highest tier in force at the end of
 * the first year is compared with its highest at the end of the second — new entry (新入库), upgrade (升级),
 * downgrade (降级), kept (保持), and, when it holds nothing on the ladder any more, expired (到期未续) if its entry
 * ran out before the second date, else dropped (退出: withdrawn or left off the list).
 */
import type { PoolTier } from '../registers/pool-tier.ts';
import type { PoolLadder } from './pool-criteria.ts';

export const POOL_TRANSITION_KINDS = ['new', 'upgrade', 'downgrade', 'kept', 'dropped', 'expired'] as const;
export type PoolTransitionKind = (typeof POOL_TRANSITION_KINDS)[number];

export const POOL_TRANSITION_NAMES: Record<PoolTransitionKind, { zh: string; en: string }> = {
  new: { zh: '新入库', en: 'new entry' },
  upgrade: { zh: '升级', en: 'upgrade' },
  downgrade: { zh: '降级', en: 'downgrade' },
  kept: { zh: '保持', en: 'kept' },
  dropped: { zh: '退出', en: 'dropped' },
  expired: { zh: '到期未续', en: 'expired' },
};

/** One entry a firm holds at a date. */
export interface PoolHolding {
  /** The firm (USCC or id). */
  firm: string;
  tier: PoolTier;
  validUntil: string;
}

export interface PoolTransition {
  firm: string;
  ladder: string;
  fromTier: PoolTier | null;
  toTier: PoolTier | null;
  kind: PoolTransitionKind;
}

/** The highest holding per firm on the ladder. */
function highestOnLadder(holdings: readonly PoolHolding[], ladder: PoolLadder): Map<string, PoolHolding> {
  const best = new Map<string, PoolHolding>();
  for (const holding of holdings) {
    const rank = ladder.tiers.indexOf(holding.tier);
    if (rank < 0) continue;
    const current = best.get(holding.firm);
    if (!current || ladder.tiers.indexOf(current.tier) < rank) best.set(holding.firm, holding);
  }
  return best;
}

/**
 * Transitions from the holdings in force at `from` to those in force at `toDate` (the second year's end), one per
 * firm and ladder with a holding on either side, sorted by ladder and firm.
 */
export function poolTransitions(
  ladders: readonly PoolLadder[],
  from: readonly PoolHolding[],
  to: readonly PoolHolding[],
  toDate: string,
): PoolTransition[] {
  const transitions: PoolTransition[] = [];
  for (const ladder of ladders) {
    const before = highestOnLadder(from, ladder);
    const after = highestOnLadder(to, ladder);
    const firms = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const firm of firms) {
      const a = before.get(firm);
      const b = after.get(firm);
      const rankA = a ? ladder.tiers.indexOf(a.tier) : -1;
      const rankB = b ? ladder.tiers.indexOf(b.tier) : -1;
      const kind: PoolTransitionKind = !a
        ? 'new'
        : !b
          ? a.validUntil < toDate
            ? 'expired'
            : 'dropped'
          : rankB > rankA
            ? 'upgrade'
            : rankB < rankA
              ? 'downgrade'
              : 'kept';
      transitions.push({ firm, ladder: ladder.id, fromTier: a?.tier ?? null, toTier: b?.tier ?? null, kind });
    }
  }
  return transitions;
}

/** Transitions counted by kind (every kind present, 0 when none). */
export function countTransitions(transitions: readonly PoolTransition[]): Record<PoolTransitionKind, number> {
  const counts = Object.fromEntries(POOL_TRANSITION_KINDS.map((kind) => [kind, 0])) as Record<
    PoolTransitionKind,
    number
  >;
  for (const transition of transitions) counts[transition.kind] += 1;
  return counts;
}
