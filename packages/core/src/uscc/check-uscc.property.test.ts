/**
 * Properties of the position-18 check. The weights 3^(i−1) mod 31 are never 0 mod 31 (3 and 31 are coprime),
 * and 31 is prime, so replacing one character of positions 1–17 changes Σ by w·d with w, d ≢ 0 (mod 31),
 * hence w·d ≢ 0 and the expected check character changes; replacing position 18 itself changes the found one.
 * Either way exactly one substitution always makes the check fail.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUscc } from './check-uscc.ts';
import { USCC_ALPHABET } from './uscc-alphabet.ts';
import { usccCheckCharacter } from './uscc-check-character.ts';

const alphabetChar = fc.constantFrom(...USCC_ALPHABET);
const first17 = fc.array(alphabetChar, { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''));
const CHECK_WARNING_PREFIX = '校验码应为';

describe('USCC check character properties', () => {
  it('appending usccCheckCharacter gives a valid code without a position-18 warning', () => {
    fc.assert(
      fc.property(first17, (body) => {
        const check = checkUscc(body + usccCheckCharacter(body));
        expect(check.valid).toBe(true);
        expect(check.warning ?? '').not.toContain(CHECK_WARNING_PREFIX);
      }),
    );
  });

  it('any single substitution produces a position-18 warning', () => {
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (body, index, shift) => {
        const code = body + usccCheckCharacter(body);
        const replaced = USCC_ALPHABET.charAt((USCC_ALPHABET.indexOf(code.charAt(index)) + shift) % 31);
        const changed = code.slice(0, index) + replaced + code.slice(index + 1);
        const check = checkUscc(changed);
        expect(check.valid).toBe(true);
        expect(check.warning).toContain(CHECK_WARNING_PREFIX);
      }),
    );
  });

  it('never throws and is valid exactly for 18 alphabet characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (input) => {
        const check = checkUscc(input);
        expect(check.input).toBe(input);
        expect(check.valid).toBe(check.reason === null);
        if (check.valid) expect(check.code).toMatch(/^[0-9A-HJ-NPQRTUWXY]{17}[0-9A-Z]$/);
      }),
    );
  });
});
