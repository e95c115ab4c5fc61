import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_POLICY_PRESETS, passwordExpired, passwordPolicySchema } from './password-policy.ts';

const djcp = PASSWORD_POLICY_PRESETS.djcp2;
const asvs = PASSWORD_POLICY_PRESETS.asvs;
const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('password policy', () => {
  it.each<[string, typeof djcp | typeof asvs, string, string, string[]]>([
    ['等保: 3 classes, 8 long', djcp, 'Jiaxing#1', 'wang', []],
    ['等保: too short', djcp, 'Jx#1', 'wang', ['too_short']],
    ['等保: two classes only', djcp, 'jiaxing2024', 'wang', ['too_few_classes']],
    ['等保: contains the account', djcp, 'Wang#2024x', 'wang', ['contains_account']],
    ['ASVS: long passphrase, no classes needed', asvs, 'correct horse battery', 'wang', []],
    ['ASVS: 11 characters too short', asvs, 'abcdefghijk', 'wang', ['too_short']],
    ['ASVS: counts characters, not bytes', asvs, '嘉兴市经济和信息化局产业', 'wang', []],
  ])('%s', (_case, policy, password, account, expected) => {
    expect(codes(checkPassword(policy, password, account))).toEqual(expected);
  });

  it('accepts both presets as valid policies and refuses a weak one', () => {
    expect(passwordPolicySchema.parse(djcp)).toEqual(djcp);
    expect(passwordPolicySchema.parse(asvs)).toEqual(asvs);
    expect(passwordPolicySchema.safeParse({ ...djcp, minLength: 6 }).success).toBe(false);
  });

  it('expires passwords after the rotation period only where the policy rotates', () => {
    const set = new Date('2026-01-01T00:00:00Z');
    expect(passwordExpired(djcp, set, new Date('2026-03-31T23:59:59Z'))).toBe(false);
    expect(passwordExpired(djcp, set, new Date('2026-04-01T00:00:00Z'))).toBe(true);
    expect(passwordExpired(asvs, set, new Date('2036-01-01T00:00:00Z'))).toBe(false);
  });

  it('never accepts a password shorter than the minimum (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (password) => {
        const ok = checkPassword(asvs, password).length === 0;
        if ([...password].length < asvs.minLength) expect(ok).toBe(false);
      }),
    );
  });
});
