/**
 * Reading a quantity as an exact decimal, coefficient × 10^exponent, from a number or a string such as
 * "2278.3", "-0.1", "1.5e3" or "1,234.5" (thousands separators only in proper groups of three). Anything
 * else — '', '—', '-', 'abc', NaN, ±Infinity — is not a number: the caller decides about missing values.
 */

export interface DecimalNumber {
  /** All significant digits, with the sign. */
  readonly coefficient: bigint;
  readonly exponent: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const GROUPED_THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/** The exact decimal value of `value`, or undefined when it is not a finite number. */
export function parseDecimal(value: string | number): DecimalNumber | undefined {
  if (typeof value === 'number') {
    // String() gives the shortest decimal that reads back as this number, e.g. 0.1 → "0.1".
    return Number.isFinite(value) ? parseDecimal(String(value)) : undefined;
  }
  let text = value.trim();
  if (GROUPED_THOUSANDS.test(text)) text = text.replaceAll(',', '');
  const match = DECIMAL.exec(text);
  if (match === null) return undefined;
  const [, sign = '', integer = '', fraction = '', exponentText = '0'] = match;
  if (integer.length + fraction.length === 0) return undefined;
  const exponent = Number(exponentText) - fraction.length;
  if (!Number.isSafeInteger(exponent)) return undefined;
  const magnitude = BigInt(integer + fraction);
  return { coefficient: sign === '-' ? -magnitude : magnitude, exponent };
}
