/**
 * Exact conversion factors: (numerator / denominator) × 10^powerOfTen with integer parts, so that
 * conversions which are pure powers of ten can be done on decimal digits without any float error, and
 * the rest (亩 ↔ m², 15 亩 per 公顷) use the exact ratio.
 */

export interface ExactFactor {
  readonly numerator: number;
  readonly denominator: number;
  readonly powerOfTen: number;
}

/** A reduced exact ratio: numerator and denominator coprime, neither divisible by 10. */
export interface ExactRatio {
  readonly numerator: bigint;
  readonly denominator: bigint;
  readonly powerOfTen: number;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** The ratio `from / to`: how many `to` units one `from` unit makes. */
export function ratioBetween(from: ExactFactor, to: ExactFactor): ExactRatio {
  let numerator = BigInt(from.numerator) * BigInt(to.denominator);
  let denominator = BigInt(from.denominator) * BigInt(to.numerator);
  let powerOfTen = from.powerOfTen - to.powerOfTen;
  const divisor = gcd(numerator, denominator);
  numerator /= divisor;
  denominator /= divisor;
  while (numerator % 10n === 0n) {
    numerator /= 10n;
    powerOfTen += 1;
  }
  while (denominator % 10n === 0n) {
    denominator /= 10n;
    powerOfTen -= 1;
  }
  return { numerator, denominator, powerOfTen };
}

/** True when the ratio is a pure power of ten (conversion is a shift of the decimal point). */
export function isPowerOfTen(ratio: ExactRatio): boolean {
  return ratio.numerator === 1n && ratio.denominator === 1n;
}

/** The factor as an ordinary number (for display; conversions use the exact parts). */
export function factorValue(factor: ExactFactor): number {
  return Number(`${factor.numerator}e${factor.powerOfTen}`) / factor.denominator;
}
