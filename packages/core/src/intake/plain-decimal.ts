/**
 * The fast path for the numbers department files are made of: plain ASCII decimals such as "12345.6" or
 * "-0.25" (an optional minus, digits, an optional point and digits, nothing else) with at most 15 digits.
 * Such a text is an integer below 2^53 times a power of ten, so its value and its value shifted by a power
 * of ten (万元 → 元) come out of ONE correctly rounded IEEE operation on exact operands: the very number
 * the exact-decimal path (parseDecimal, convertQuantity) computes, without regular expressions or BigInt.
 * Anything else returns undefined and goes the exact way.
 */

/** ± digits × 10^−fractionDigits. */
export interface PlainDecimal {
  negative: boolean;
  /** All digits as an integer (at most 15 of them, so below 2^53). */
  digits: number;
  /** How many digits follow the point (0 without one; "5." has 0). */
  fractionDigits: number;
}

const MAX_DIGITS = 15;
/** 10^0 … 10^22, all exact in binary floating point. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, power) => Number(`1e${power}`));
const ZERO = 48;
const NINE = 57;
const MINUS = 45;
const POINT = 46;

/** `text` as a plain decimal, or undefined when it is anything else. */
export function readPlainDecimal(text: string): PlainDecimal | undefined {
  const length = text.length;
  let index = 0;
  const negative = length > 0 && text.charCodeAt(0) === MINUS;
  if (negative) index++;
  let digits = 0;
  let count = 0;
  let fractionDigits = 0;
  let point = false;
  for (; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= ZERO && code <= NINE) {
      if (++count > MAX_DIGITS) return undefined;
      digits = digits * 10 + (code - ZERO);
      if (point) fractionDigits++;
    } else if (code === POINT && !point) point = true;
    else return undefined;
  }
  return count === 0 ? undefined : { negative, digits, fractionDigits };
}

/**
 * The decimal × 10^power as the nearest number, or undefined when that is not one exact IEEE operation
 * (|power − fractionDigits| > 22). A zero is +0, as the exact path gives it.
 */
export function scalePlainDecimal(decimal: PlainDecimal, power = 0): number | undefined {
  if (decimal.digits === 0) return 0;
  const exponent = power - decimal.fractionDigits;
  const factor = EXACT_POWERS[Math.abs(exponent)];
  if (factor === undefined) return undefined;
  const magnitude = exponent >= 0 ? decimal.digits * factor : decimal.digits / factor;
  return decimal.negative ? -magnitude : magnitude;
}
