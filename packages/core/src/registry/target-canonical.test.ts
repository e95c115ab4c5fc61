import { describe, expect, it } from 'vitest';
import { targetToCanonical } from './target-canonical.ts';

describe('targetToCanonical', () => {
  it.each([
    [3000, '亿元', 300_000_000_000, 'yuan'],
    [1, '万亿元', null, null],
    [37, '万元/亩', 370_000, 'yuan/mu'],
    [35, '万元/人', 350_000, 'yuan/person'],
    [3.4, '%', 0.034, 'ratio'],
    [10, '家', 10, 'count'],
    [20, '个', 20, 'count'],
    [154.1, '万吨标煤', 1_541_000, 'tce'],
    [8084, '亩', 8084, 'mu'],
  ])('%s %s → %s %s', (value, unit, expected, expectedUnit) => {
    const result = targetToCanonical(value, unit);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toEqual({ value: expected, unit: expectedUnit });
  });

  it('gives null for a unit it does not know, rather than guessing', () => {
    expect(targetToCanonical(5, '面')).toBeNull();
    expect(targetToCanonical(5, '万元/亩/年')).toBeNull();
  });
});
