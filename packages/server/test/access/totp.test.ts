/** TOTP against the test vectors of RFC 6238 Appendix B (SHA-1) and RFC 4226 Appendix D, and base32 round trips. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, totpCode, totpStep } from '../../src/services/access/totp.ts';

const rfcSecret = Buffer.from('12345678901234567890');

describe('HOTP and TOTP', () => {
  it.each([
    [0, '755224'],
    [1, '287082'],
    [2, '359152'],
    [9, '520489'],
  ])('RFC 4226 counter %i → %s', (counter, code) => {
    expect(hotp(rfcSecret, counter)).toBe(code);
  });

  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('RFC 6238 SHA-1 at %i s → %s', (seconds, code) => {
    expect(hotp(rfcSecret, totpStep(new Date(seconds * 1000)), 8)).toBe(code);
  });

  it('accepts the code of the previous and next step but not older or replayed ones', () => {
    const secret = base32Encode(rfcSecret);
    const now = new Date(1_234_567_890_000);
    const step = totpStep(now);
    const at = (offset: number) => new Date(now.getTime() + offset * 30_000);
    expect(matchTotp(secret, totpCode(secret, at(-1)), now, null)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, at(1)), now, null)).toBe(step + 1);
    expect(matchTotp(secret, totpCode(secret, at(-2)), now, null)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, now), now, step)).toBeNull();
    expect(matchTotp(secret, '12345', now, null)).toBeNull();
  });

  it('round-trips base32 (property) and refuses foreign characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect([...base32Decode(base32Encode(bytes))]).toEqual([...bytes]);
      }),
    );
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(() => base32Decode('MZXW1')).toThrow(/base32/u);
  });
});
