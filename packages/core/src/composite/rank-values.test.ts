import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankValues, type RankTieMethod } from './rank-values.ts';

describe('rankValues', () => {
  it.each<[RankTieMethod, (number | null)[], (number | null)[]]>([
    ['min', [3, 1, 3, 2], [3, 1, 3, 2]],
    ['average', [3, 1, 3, 2], [3.5, 1, 3.5, 2]],
    ['max', [3, 1, 3, 2], [4, 1, 4, 2]],
    ['min', [5, null, 1], [2, null, 1]],
    ['min', [null, null], [null, null]],
  ])('ties %s: %j → %j', (ties, values, expected) => {
    expect(rankValues(values, ties)).toEqual(expected);
  });

  it('properties: ranks are invariant under strictly increasing transforms and missing values keep no rank', () => {
    const values = fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }), { maxLength: 30 });
    fc.assert(
      fc.property(values, fc.constantFrom<RankTieMethod>('min', 'average', 'max'), (list, ties) => {
        const transformed = list.map((value) => (value === null ? null : Math.exp(value / 10) + 3));
        expect(rankValues(transformed, ties)).toEqual(rankValues(list, ties));
        rankValues(list, ties).forEach((rank, index) => expect(rank === null).toBe(list[index] === null));
      }),
    );
  });
});
