/**
 * Exact sums of decimal strings (numeric columns come back from the database as strings): totals of many
 * enterprises are added without binary rounding, so 2278.3亿 stays 2278.3亿 to the last 分.
 */
import { parseDecimal, type DecimalNumber } from '../units/decimal-number.ts';

/** The decimal text of coefficient × 10^exponent without an exponent, e.g. (22783, -1) → "2278.3". */
export function decimalText(value: DecimalNumber): string {
  const negative = value.coefficient < 0n;
  const digits = (negative ? -value.coefficient : value.coefficient).toString();
  let text: string;
  if (value.exponent >= 0) text = digits === '0' ? '0' : digits + '0'.repeat(value.exponent);
  else {
    const places = -value.exponent;
    const padded = digits.padStart(places + 1, '0');
    const integer = padded.slice(0, padded.length - places);
    const fraction = padded.slice(padded.length - places).replace(/0+$/, '');
    text = fraction === '' ? integer : `${integer}.${fraction}`;
  }
  return negative && text !== '0' ? `-${text}` : text;
}

function readDecimal(text: string): DecimalNumber {
  const value = parseDecimal(text);
  if (value === undefined) throw new Error(`不是数值 "${text}" (not a decimal number)`);
  return value;
}

/** Σ of decimal strings, exact; "0" for an empty list. */
export function sumDecimals(values: Iterable<string>): string {
  let coefficient = 0n;
  let exponent = 0;
  for (const text of values) {
    const value = readDecimal(text);
    if (value.exponent < exponent) {
      coefficient *= 10n ** BigInt(exponent - value.exponent);
      exponent = value.exponent;
    }
    coefficient += value.coefficient * 10n ** BigInt(value.exponent - exponent);
  }
  return decimalText({ coefficient, exponent });
}

/** a − b, exact. */
export function subtractDecimals(a: string, b: string): string {
  const negated = readDecimal(b);
  return sumDecimals([a, decimalText({ coefficient: -negated.coefficient, exponent: negated.exponent })]);
}

/** Compares two decimal strings exactly: negative, 0 or positive like a − b. */
export function compareDecimals(a: string, b: string): number {
  const difference = readDecimal(subtractDecimals(a, b));
  return difference.coefficient === 0n ? 0 : difference.coefficient < 0n ? -1 : 1;
}
