/**
 * Law: checkUsccFast says what checkUscc says (code, validity, reason, warning) of every input: valid
 * codes, codes with one character changed (wrong check characters, excluded letters, lower case, width)
 * and arbitrary text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUscc, organizationCodeCheckCharacter, USCC_ALPHABET, usccCheckCharacter } from '../uscc/index.ts';
import { checkUsccFast } from './check-uscc-fast.ts';

const usccChar = fc.constantFrom(...USCC_ALPHABET);
/** A code with both check characters right. */
const validCode = fc
  .tuple(fc.array(usccChar, { minLength: 8, maxLength: 8 }), fc.array(usccChar, { minLength: 8, maxLength: 8 }))
  .map(([head, body]) => {
    const org = body.join('');
    const first17 = head.join('') + org + organizationCodeCheckCharacter(org);
    return first17 + usccCheckCharacter(first17);
  });
const mutated = fc
  .tuple(validCode, fc.nat(18), fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZa -１'))
  .map(([code, at, char]) => code.slice(0, at) + char + code.slice(at + 1));
const input = fc.oneof(validCode, mutated, fc.string({ maxLength: 20 }));

describe('checkUsccFast', () => {
  it('gives the verdict of checkUscc', () => {
    fc.assert(
      fc.property(input, (text) => {
        const { code, valid, reason, warning } = checkUscc(text);
        expect(checkUsccFast(text)).toEqual({ code, valid, reason, warning });
      }),
      { numRuns: 5000 },
    );
  });
});
