/**
 * The character set of the 统一社会信用代码 (GB 32100-2015): the digits and the upper-case letters without
 * I, O, S, V and Z, 31 characters in all, worth 0–30 in the order written here.
 */

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** The letters GB 32100 never uses, because they are easily confused with digits (1, 0, 5, U, 2). */
export const USCC_EXCLUDED_LETTERS = ['I', 'O', 'S', 'V', 'Z'] as const;

/** True when `char` is a single character of the USCC alphabet (upper-case only). */
export function isUsccAlphabetChar(char: string): boolean {
  return char.length === 1 && USCC_ALPHABET.includes(char);
}

/** The value 0–30 of a USCC character; throws a RangeError for anything outside the alphabet. */
export function usccCharValue(char: string): number {
  if (!isUsccAlphabetChar(char)) {
    throw new RangeError(`“${char}”不在统一社会信用代码字符集中 ('${char}' is not a USCC character)`);
  }
  return USCC_ALPHABET.indexOf(char);
}

/** The USCC character worth `value` (0–30). */
export function usccCharOfValue(value: number): string {
  const char = USCC_ALPHABET[value];
  if (char === undefined || !Number.isInteger(value)) {
    throw new RangeError(`no USCC character has value ${value}`);
  }
  return char;
}
