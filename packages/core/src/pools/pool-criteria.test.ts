/** The criteria file's schema and consistency checks, on the shipped file's shape and broken variants. */
import { describe, expect, it } from 'vitest';
import { criteriaOfTier, ladderOf, parsePoolCriteria, PoolCriteriaError, type PoolCriteria } from './pool-criteria.ts';

const text = { zh: '条件', en: 'condition' };
export function sampleCriteria(): PoolCriteria {
  return {
    source: 'test',
    ladders: [
      { id: 'eagle', name: text, tiers: ['young_eagle', 'eagle'] },
      { id: 'specialised', name: text, tiers: ['specialised', 'little_giant', 'single_champion'] },
      { id: 'hidden', name: text, tiers: ['hidden_champion'] },
      { id: 'capital', name: text, tiers: ['listing_reserve', 'listed'] },
    ],
    tiers: (
      [
        'young_eagle',
        'eagle',
        'specialised',
        'little_giant',
        'single_champion',
        'hidden_champion',
        'listing_reserve',
        'listed',
      ] as const
    ).map((tier) => ({
      tier,
      level: null,
      validityYears: 3,
      source: 'test',
      conditions:
        tier === 'specialised'
          ? [
              { id: 'revenue', check: 'at_least' as const, metric: 'revenue' as const, value: 1e7, text },
              { id: 'rd-share', check: 'at_least' as const, metric: 'rd_share' as const, value: 3, text },
              { id: 'niche', check: 'manual' as const, text },
            ]
          : tier === 'little_giant'
            ? [{ id: 'first', check: 'in_pool' as const, tiers: ['specialised' as const], text }]
            : [],
    })),
  };
}

function problemsOf(document: unknown): { path: string; message: string }[] {
  try {
    parsePoolCriteria(document);
    return [];
  } catch (error) {
    if (error instanceof PoolCriteriaError) return error.problems;
    throw error;
  }
}

describe('pool criteria as data', () => {
  it('accepts a complete document and finds tiers and ladders', () => {
    const criteria = parsePoolCriteria(sampleCriteria());
    expect(criteriaOfTier(criteria, 'specialised').conditions).toHaveLength(3);
    expect(ladderOf(criteria, 'little_giant')).toMatchObject({ ladder: { id: 'specialised' }, rank: 1 });
  });

  it.each([
    [
      'an unknown metric',
      (c: PoolCriteria) => ((c.tiers[2]!.conditions[0] as { metric: string }).metric = 'profit'),
      'tiers.2.conditions.0.metric',
    ],
    ['a tier twice in the ladders', (c: PoolCriteria) => c.ladders[2]!.tiers.push('eagle'), 'ladders'],
    ['a tier without criteria', (c: PoolCriteria) => c.tiers.pop(), 'tiers'],
    [
      'a duplicate condition id',
      (c: PoolCriteria) => (c.tiers[2]!.conditions[1]!.id = 'revenue'),
      'tiers.2.conditions.1.id',
    ],
    [
      'a tier requiring itself',
      (c: PoolCriteria) => ((c.tiers[3]!.conditions[0] as { tiers: string[] }).tiers = ['little_giant']),
      'tiers.3.conditions.0.tiers',
    ],
    ['an unknown key', (c: PoolCriteria) => Object.assign(c.tiers[0]!, { extra: 1 }), 'tiers.0'],
  ])('refuses %s, naming the path', (_label, spoil, path) => {
    const document = sampleCriteria();
    spoil(document);
    expect(problemsOf(document).map((problem) => problem.path)).toContain(path);
  });
});
