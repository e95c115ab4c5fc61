/**
 * The bilingual messages of the USCC check: why a code is invalid (length, characters) and which check
 * character looks wrong. Chinese first, English in parentheses; positions are 1-based, as people count.
 */
import { USCC_EXCLUDED_LETTERS } from './uscc-alphabet.ts';

export const USCC_LENGTH = 18;

/** Separator between several reasons or warnings in one message. */
export const MESSAGE_SEPARATOR = '；';

/** Characters people cannot see are shown by their code point, e.g. U+200B. */
function visible(char: string): string {
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)) return char;
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export function emptyCodeMessage(): string {
  return '未填写代码 (no code given)';
}

export function wrongLengthMessage(actual: number): string {
  return `长度应为${USCC_LENGTH}位，实际${actual}位 (expected ${USCC_LENGTH} characters, got ${actual})`;
}

export function characterNotAllowedMessage(char: string, position: number): string {
  const shown = visible(char);
  if ((USCC_EXCLUDED_LETTERS as readonly string[]).includes(char)) {
    return (
      `第${position}位字符“${shown}”不在代码字符集中（不使用 I、O、S、V、Z）` +
      `(character '${shown}' at position ${position} is not allowed: I, O, S, V and Z are never used)`
    );
  }
  return (
    `第${position}位字符“${shown}”不在代码字符集中（只使用数字和除 I、O、S、V、Z 以外的大写字母）` +
    `(character '${shown}' at position ${position} is not allowed: only digits and upper-case letters other than I, O, S, V and Z are used)`
  );
}

/** Position 18, the check character of the whole code (GB 32100). */
export function checkCharacterMessage(expected: string, found: string): string {
  return `校验码应为“${expected}”，实际为“${found}” (check character should be '${expected}', found '${found}')`;
}

/** Position 17, the check character of the embedded organisation code (GB 11714). */
export function organizationCheckCharacterMessage(expected: string, found: string): string {
  return (
    `组织机构代码校验位（第17位）应为“${expected}”，实际为“${found}” ` +
    `(organisation code check character at position 17 should be '${expected}', found '${found}')`
  );
}
