/**
 * The check character of a 组织机构代码 (GB 11714), which forms positions 9–17 of a 统一社会信用代码:
 * the 8 body characters (digits 0–9, letters A–Z worth 10–35) are weighted 3, 7, 9, 10, 5, 8, 4, 2;
 * C = 11 − (Σ mod 11), where 10 is written 'X' and 11 is written '0'.
 */

export const ORGANIZATION_CODE_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

const BODY_CHARACTER = /^[0-9A-Z]$/;

/** The GB 11714 value of a body character: digits are 0–9, letters A–Z are 10–35. */
function bodyCharValue(char: string, position: number): number {
  if (!BODY_CHARACTER.test(char)) {
    throw new RangeError(
      `组织机构代码第${position}位“${char}”应为数字或大写字母 (organisation code character ${position} '${char}' must be a digit or an upper-case letter)`,
    );
  }
  return Number.parseInt(char, 36);
}

/**
 * The expected 9th character of an organisation code from its first 8 characters.
 * Throws a RangeError unless `first8` is exactly 8 digits or upper-case letters.
 */
export function organizationCodeCheckCharacter(first8: string): string {
  if (first8.length !== 8) {
    throw new RangeError(
      `组织机构代码本体应为8位，实际${first8.length}位 (expected 8 characters, got ${first8.length})`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    sum += bodyCharValue(first8.charAt(i), i + 1) * (ORGANIZATION_CODE_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}
