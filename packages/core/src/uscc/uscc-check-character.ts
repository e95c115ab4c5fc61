/**
 * The check character of a 统一社会信用代码 (position 18, GB 32100-2015): weights 3^(i−1) mod 31 for
 * positions i = 1..17, C18 = (31 − Σ mod 31) mod 31, written with the USCC alphabet.
 */
import { usccCharOfValue, usccCharValue } from './uscc-alphabet.ts';

const MODULUS = 31;

/** Weights of positions 1..17: 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28. */
export const USCC_CHECK_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let weight = 1;
  for (let k = 0; k < i; k += 1) weight = (weight * 3) % MODULUS;
  return weight;
});

/**
 * The expected 18th character for the first 17 characters of a code.
 * Throws a RangeError unless `first17` is exactly 17 characters of the USCC alphabet.
 */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) {
    throw new RangeError(
      `需要前17位，实际${first17.length}位 (expected the first 17 characters, got ${first17.length})`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += usccCharValue(first17.charAt(i)) * (USCC_CHECK_WEIGHTS[i] ?? 0);
  }
  return usccCharOfValue((MODULUS - (sum % MODULUS)) % MODULUS);
}
