import { describe, expect, it } from 'vitest';
import { organizationCodeCheckCharacter } from './organization-code-check-character.ts';

describe('organizationCodeCheckCharacter', () => {
  it.each([
    ['M000100Y', '4', 'M=22, Y=34: Σ = 66 + 5 + 68 = 139, 139 mod 11 = 7'],
    ['60003734', '1', 'Σ = 109, 109 mod 11 = 10'],
    ['85771215', '4', 'Σ = 227, 227 mod 11 = 7'],
    ['00000006', 'X', 'Σ = 12, 12 mod 11 = 1 → 10 → X'],
    ['00000000', '0', 'Σ = 0 → 11 → 0'],
    ['0000000B', '0', 'B=11: Σ = 22 → 11 → 0'],
    ['A0000000', '3', 'A=10: Σ = 30, 30 mod 11 = 8'],
    ['00000I00', 'X', 'letters outside the USCC alphabet have GB 11714 values too: I=18, Σ = 144'],
  ])('%s → %s (%s)', (first8, expected) => {
    expect(organizationCodeCheckCharacter(first8)).toBe(expected);
  });

  it.each([
    ['too short', '0000000'],
    ['too long', '000000000'],
    ['lower case', 'm000100y'],
    ['punctuation', '0000-000'],
  ])('throws for input that is %s', (_label, first8) => {
    expect(() => organizationCodeCheckCharacter(first8)).toThrow(RangeError);
  });
});
