/** Tier transitions between two list years: table cases and the bookkeeping property (before + in − out = after). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PoolLadder } from './pool-criteria.ts';
import { countTransitions, poolTransitions, type PoolHolding } from './pool-transitions.ts';

const name = { zh: '梯度', en: 'ladder' };
const ladders: PoolLadder[] = [
  { id: 'specialised', name, tiers: ['specialised', 'little_giant', 'single_champion'] },
  { id: 'eagle', name, tiers: ['young_eagle', 'eagle'] },
];
const hold = (firm: string, tier: PoolHolding['tier'], validUntil = '2030-01-01'): PoolHolding => ({
  firm,
  tier,
  validUntil,
});

describe('pool transitions', () => {
  it.each([
    ['new entry', [], [hold('A', 'specialised')], 'new'],
    ['upgrade', [hold('A', 'specialised')], [hold('A', 'little_giant')], 'upgrade'],
    ['downgrade', [hold('A', 'little_giant')], [hold('A', 'specialised')], 'downgrade'],
    ['kept', [hold('A', 'specialised')], [hold('A', 'specialised')], 'kept'],
    ['dropped before expiry', [hold('A', 'specialised')], [], 'dropped'],
    ['expired', [hold('A', 'specialised', '2024-06-30')], [], 'expired'],
    [
      'upgrade while keeping the lower entry',
      [hold('A', 'specialised')],
      [hold('A', 'specialised'), hold('A', 'little_giant')],
      'upgrade',
    ],
  ] as const)('%s', (_label, from, to, kind) => {
    const [transition] = poolTransitions(ladders, from, to, '2024-12-31');
    expect(transition?.kind).toBe(kind);
  });

  it('keeps ladders apart', () => {
    const result = poolTransitions(ladders, [hold('A', 'eagle')], [hold('A', 'specialised')], '2024-12-31');
    expect(result.map((t) => [t.ladder, t.kind])).toEqual([
      ['specialised', 'new'],
      ['eagle', 'dropped'],
    ]);
  });

  it('balances: firms before + new − dropped − expired = firms after, per ladder (property)', () => {
    const tier = fc.constantFrom('specialised', 'little_giant', 'single_champion') as fc.Arbitrary<PoolHolding['tier']>;
    const holding = fc.record({
      firm: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
      tier,
      validUntil: fc.constantFrom('2024-06-30', '2026-01-01'),
    });
    fc.assert(
      fc.property(fc.array(holding, { maxLength: 8 }), fc.array(holding, { maxLength: 8 }), (from, to) => {
        const counts = countTransitions(poolTransitions(ladders.slice(0, 1), from, to, '2024-12-31'));
        const before = new Set(from.map((h) => h.firm)).size;
        const after = new Set(to.map((h) => h.firm)).size;
        expect(before + counts.new - counts.dropped - counts.expired).toBe(after);
      }),
    );
  });
});
