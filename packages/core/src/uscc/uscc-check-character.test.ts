import { describe, expect, it } from 'vitest';
import { USCC_CHECK_WEIGHTS, usccCheckCharacter } from './uscc-check-character.ts';

describe('usccCheckCharacter', () => {
  it('uses the weights 3^(i−1) mod 31', () => {
    expect(USCC_CHECK_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });

  it.each([
    ['91350100M000100Y4', '3'],
    ['91110000600037341', 'L'],
  ])('%s → %s', (first17, expected) => {
    expect(usccCheckCharacter(first17)).toBe(expected);
  });

  it.each([
    ['too short', '91350100M000100Y'],
    ['too long', '91350100M000100Y43'],
    ['excluded letter', '91350100I000100Y4'],
    ['lower case', '91350100m000100y4'],
  ])('throws for input that is %s', (_label, first17) => {
    expect(() => usccCheckCharacter(first17)).toThrow(RangeError);
  });
});
