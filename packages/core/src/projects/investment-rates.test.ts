/** 完成率 and 开工率: table cases and the property that a rate is the sum ratio of the known pairs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionRate, startRate } from './investment-rates.ts';

describe('completionRate', () => {
  it.each([
    [[], 0, 0, null, 0],
    [[{ done: 50, planned: 100 }], 50, 100, 50, 0],
    [
      [
        { done: 50, planned: 100 },
        { done: null, planned: 100 },
      ],
      50,
      100,
      50,
      1,
    ],
    [
      [
        { done: 30, planned: 0 },
        { done: 120, planned: 100 },
      ],
      120,
      100,
      120,
      1,
    ],
    [[{ done: 10, planned: null }], 0, 0, null, 1],
  ] as const)('%j → %d / %d = %s (left out %d)', (pairs, numerator, denominator, rate, leftOut) => {
    expect(completionRate(pairs)).toEqual({ numerator, denominator, rate, leftOut });
  });

  it('is the ratio of the sums of the known pairs, and counts every pair once', () => {
    const amount = fc.option(fc.integer({ min: 0, max: 1e9 }));
    fc.assert(
      fc.property(fc.array(fc.record({ done: amount, planned: amount })), (pairs) => {
        const result = completionRate(pairs);
        const known = pairs.filter((pair) => pair.done !== null && pair.planned !== null && pair.planned > 0);
        expect(result.leftOut).toBe(pairs.length - known.length);
        expect(result.denominator).toBe(known.reduce((total, pair) => total + pair.planned!, 0));
        if (result.rate !== null) expect(result.rate).toBeCloseTo((result.numerator / result.denominator) * 100, 9);
      }),
    );
  });
});

describe('startRate', () => {
  const asOf = '2024-06-30';
  it.each([
    [[], 0, 0, null],
    [[{ planned: '2024-03-01', actual: '2024-03-10' }], 1, 1, 100],
    [
      [
        { planned: '2024-03-01', actual: null },
        { planned: '2024-05-01', actual: '2024-05-02' },
      ],
      1,
      2,
      50,
    ],
    [[{ planned: '2024-03-01', actual: '2024-07-02' }], 0, 1, 0],
    [[{ planned: '2024-09-01', actual: '2024-05-01' }], 0, 0, null],
    [[{ planned: null, actual: '2024-05-01' }], 0, 0, null],
  ] as const)('%j → %d of %d (%s %%)', (starts, numerator, denominator, rate) => {
    expect(startRate(starts, asOf)).toEqual({ numerator, denominator, rate, leftOut: 0 });
  });
});
