/**
 * Multiplying an exact decimal by an exact ratio. A pure power of ten only moves the decimal point, and the
 * result is the number nearest to the exact decimal (2278.3 × 10^8 is exactly 227830000000). Any other ratio
 * is computed exactly with integers and then rounded, half away from zero, to a number of significant digits.
 */
import type { DecimalNumber } from './decimal-number.ts';
import { isPowerOfTen, type ExactRatio } from './exact-factor.ts';

/** Significant digits kept when a conversion is not a pure power of ten (亩 ↔ m², 公顷 ↔ 亩). */
export const SIGNIFICANT_DIGITS = 10;

function digitCount(value: bigint): number {
  return value.toString().length;
}

/** Round the exact value (numerator / denominator) × 10^exponent to `digits` significant digits. */
export function roundToSignificantDigits(
  numerator: bigint,
  denominator: bigint,
  exponent: number,
  digits: number,
): number {
  if (numerator === 0n) return 0;
  const negative = numerator < 0n !== denominator < 0n;
  const top = numerator < 0n ? -numerator : numerator;
  const bottom = denominator < 0n ? -denominator : denominator;
  // Scale so the integer quotient has digits + 1 or digits + 2 digits.
  const shift = digits - (digitCount(top) - digitCount(bottom)) + 1;
  const scaledTop = shift >= 0 ? top * 10n ** BigInt(shift) : top;
  const scaledBottom = shift < 0 ? bottom * 10n ** BigInt(-shift) : bottom;
  const quotient = scaledTop / scaledBottom;
  const extra = digitCount(quotient) - digits;
  const divisor = 10n ** BigInt(extra);
  // The discarded part is (quotient mod divisor) plus a fraction < 1; it is at least half when 2r ≥ divisor.
  let kept = quotient / divisor;
  if (2n * (quotient % divisor) >= divisor) kept += 1n;
  const magnitude = Number(`${kept}e${exponent - shift + extra}`);
  return negative ? -magnitude : magnitude;
}

/** value × ratio, exact for powers of ten, otherwise rounded to SIGNIFICANT_DIGITS. */
export function scaleDecimal(value: DecimalNumber, ratio: ExactRatio): number {
  const exponent = value.exponent + ratio.powerOfTen;
  if (isPowerOfTen(ratio)) return Number(`${value.coefficient}e${exponent}`);
  return roundToSignificantDigits(value.coefficient * ratio.numerator, ratio.denominator, exponent, SIGNIFICANT_DIGITS);
}
