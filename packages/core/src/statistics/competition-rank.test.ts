import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRanks } from './competition-rank.ts';

describe('competitionRanks', () => {
  it.each([
    [
      [30, 10, 20],
      [1, 3, 2],
    ],
    [
      [5, 7, 7, 1],
      [3, 1, 1, 4],
    ],
    [
      [null, 3, null, 3],
      [null, 1, null, 1],
    ],
    [[], []],
  ])('%j → %j', (values, expected) => {
    expect(competitionRanks(values)).toEqual(expected);
  });

  it('ranks ascending when asked', () => {
    expect(competitionRanks([0.1, -0.2, 0.3], 'ascending')).toEqual([2, 1, 3]);
  });

  it('every present value gets 1 + the number of strictly larger values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null })), (values) => {
        const ranks = competitionRanks(values);
        values.forEach((value, index) => {
          if (value === null) expect(ranks[index]).toBeNull();
          else expect(ranks[index]).toBe(1 + values.filter((other) => other !== null && other > value).length);
        });
      }),
    );
  });
});
