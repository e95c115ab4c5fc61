/**
 * Password rules as configuration. Two presets: 等保 2.0 (GB/T 22239-2019, as Chinese government systems are
 * assessed: at least 8 characters of 3 of the 4 classes, changed every 90 days, not one of the last 5) and OWASP
 * ASVS 4 (at least 12 characters, no composition rules, no forced rotation). The check returns every broken rule
 * in both languages; hashing is the server's (argon2id).
 */
import { z } from 'zod';
import type { BilingualName } from '../i18n/bilingual-name.ts';

export const passwordPolicySchema = z.strictObject({
  minLength: z.number().int().min(8).max(128),
  maxLength: z.number().int().min(16).max(1024).default(128),
  /** How many of the classes lower, upper, digit, symbol a password must contain (0 = no rule). */
  requiredClasses: z.number().int().min(0).max(4),
  /** Days after which a password must be changed (null = never). */
  rotationDays: z.number().int().positive().nullable(),
  /** How many earlier passwords may not be reused (0 = no rule). */
  historyDepth: z.number().int().min(0).max(24),
  /** Failed logins before the account is locked, and for how long. */
  lockoutThreshold: z.number().int().min(3).max(20),
  lockoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
});

export type PasswordPolicy = z.infer<typeof passwordPolicySchema>;

export const PASSWORD_POLICY_PRESETS = {
  djcp2: {
    minLength: 8,
    maxLength: 128,
    requiredClasses: 3,
    rotationDays: 90,
    historyDepth: 5,
    lockoutThreshold: 5,
    lockoutMinutes: 30,
  },
  asvs: {
    minLength: 12,
    maxLength: 128,
    requiredClasses: 0,
    rotationDays: null,
    historyDepth: 0,
    lockoutThreshold: 10,
    lockoutMinutes: 15,
  },
} as const satisfies Record<string, PasswordPolicy>;

export type PasswordPolicyPreset = keyof typeof PASSWORD_POLICY_PRESETS;

export interface PasswordProblem {
  code: 'too_short' | 'too_long' | 'too_few_classes' | 'contains_account';
  message: BilingualName;
}

function characterClasses(password: string): number {
  const classes = [/[a-z]/u, /[A-Z]/u, /[0-9]/u, /[^a-zA-Z0-9]/u];
  return classes.filter((pattern) => pattern.test(password)).length;
}

/** Every rule the password breaks (empty = acceptable). Length counts characters (code points), not bytes. */
export function checkPassword(policy: PasswordPolicy, password: string, accountName = ''): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < policy.minLength)
    problems.push({
      code: 'too_short',
      message: {
        zh: `密码至少需要 ${policy.minLength} 个字符`,
        en: `the password needs at least ${policy.minLength} characters`,
      },
    });
  if (length > policy.maxLength)
    problems.push({
      code: 'too_long',
      message: {
        zh: `密码不能超过 ${policy.maxLength} 个字符`,
        en: `the password may have at most ${policy.maxLength} characters`,
      },
    });
  if (characterClasses(password) < policy.requiredClasses)
    problems.push({
      code: 'too_few_classes',
      message: {
        zh: `密码需包含小写字母、大写字母、数字、符号中的至少 ${policy.requiredClasses} 类`,
        en: `the password needs at least ${policy.requiredClasses} of: lower case, upper case, digits, symbols`,
      },
    });
  const account = accountName.trim().toLowerCase();
  if (account.length >= 3 && password.toLowerCase().includes(account))
    problems.push({
      code: 'contains_account',
      message: { zh: '密码不能包含账号名', en: 'the password may not contain the account name' },
    });
  return problems;
}

/** Whether a password set at `changedAt` must be changed at `now` under the policy. */
export function passwordExpired(policy: PasswordPolicy, changedAt: Date, now: Date): boolean {
  if (policy.rotationDays === null) return false;
  return now.getTime() - changedAt.getTime() >= policy.rotationDays * 86_400_000;
}
