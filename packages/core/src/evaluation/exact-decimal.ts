/**
 * Exact decimal arithmetic for the evaluation (亩均论英雄): sums of money, land and energy, comparisons with
 * thresholds (亩均税收 under 10万元/亩, land ≥ 3 亩, class shares × firm count) and rounding to a scheme's
 * decimals. A number enters through the shortest decimal that reads back as it (0.1 → "0.1"), so what the
 * bureau typed is what is compared; no binary floating-point error reaches a threshold or a cut-off.
 */
import { parseDecimal, type DecimalNumber } from '../units/decimal-number.ts';
import { roundToSignificantDigits } from '../units/scale-decimal.ts';

/** half_up: half away from zero (四舍五入); half_even: to the even neighbour; down: towards zero (截断). */
export type RoundingMode = 'half_up' | 'half_even' | 'down';

export const ZERO: DecimalNumber = { coefficient: 0n, exponent: 0 };

/** The exact decimal of a finite number; a non-finite one is a programming error here (checked at the boundary). */
export function decimalOf(value: number): DecimalNumber {
  const decimal = parseDecimal(value);
  if (decimal === undefined) throw new RangeError(`不是有限数值 ${value} (not a finite number)`);
  return decimal;
}

function align(a: DecimalNumber, b: DecimalNumber): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent);
  return [
    a.coefficient * 10n ** BigInt(a.exponent - exponent),
    b.coefficient * 10n ** BigInt(b.exponent - exponent),
    exponent,
  ];
}

export function addDecimals(a: DecimalNumber, b: DecimalNumber): DecimalNumber {
  const [x, y, exponent] = align(a, b);
  return { coefficient: x + y, exponent };
}

export function negateDecimal(a: DecimalNumber): DecimalNumber {
  return { coefficient: -a.coefficient, exponent: a.exponent };
}

export function multiplyDecimals(a: DecimalNumber, b: DecimalNumber): DecimalNumber {
  return { coefficient: a.coefficient * b.coefficient, exponent: a.exponent + b.exponent };
}

export function compareDecimals(a: DecimalNumber, b: DecimalNumber): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function signOf(a: DecimalNumber): -1 | 0 | 1 {
  return a.coefficient < 0n ? -1 : a.coefficient > 0n ? 1 : 0;
}

export function decimalToNumber(a: DecimalNumber): number {
  const value = Number(`${a.coefficient}e${a.exponent}`);
  return Object.is(value, -0) ? 0 : value;
}

/** numerator / denominator (both exact, denominator ≠ 0) as the nearest double (17 significant digits). */
export function divideToNumber(numerator: DecimalNumber, denominator: DecimalNumber): number {
  if (denominator.coefficient === 0n) throw new RangeError('除数为零 (division by zero)');
  return roundToSignificantDigits(
    numerator.coefficient,
    denominator.coefficient,
    numerator.exponent - denominator.exponent,
    17,
  );
}

/** The integer nearest to top / bottom under the rounding mode (bottom ≠ 0). */
export function roundQuotient(top: bigint, bottom: bigint, mode: RoundingMode): bigint {
  if (bottom < 0n) [top, bottom] = [-top, -bottom];
  const negative = top < 0n;
  const magnitude = negative ? -top : top;
  let quotient = magnitude / bottom;
  const twiceRemainder = 2n * (magnitude % bottom);
  if (mode === 'half_up' && twiceRemainder >= bottom) quotient += 1n;
  if (mode === 'half_even' && (twiceRemainder > bottom || (twiceRemainder === bottom && quotient % 2n === 1n)))
    quotient += 1n;
  return negative ? -quotient : quotient;
}

/** Exact (numerator / denominator) rounded to `decimals` places, as a number. */
export function roundDecimalRatio(
  numerator: DecimalNumber,
  denominator: DecimalNumber,
  decimals: number,
  mode: RoundingMode,
): number {
  if (denominator.coefficient === 0n) throw new RangeError('除数为零 (division by zero)');
  // value × 10^decimals = (n.c × 10^n.e) / (d.c × 10^d.e) × 10^decimals
  const shift = numerator.exponent - denominator.exponent + decimals;
  const top = shift >= 0 ? numerator.coefficient * 10n ** BigInt(shift) : numerator.coefficient;
  const bottom = shift < 0 ? denominator.coefficient * 10n ** BigInt(-shift) : denominator.coefficient;
  return decimalToNumber({ coefficient: roundQuotient(top, bottom, mode), exponent: -decimals });
}

/**
 * A number rounded to `decimals` places on its decimal digits (1.005 → 1.01 with half_up). Values clearly away from
 * a rounding edge take a floating-point shortcut that gives the same result; the rest are rounded on exact decimals.
 */
export function roundNumber(value: number, decimals: number, mode: RoundingMode): number {
  if (decimals <= 15) {
    const power = 10 ** decimals;
    const scaled = value * power;
    if (Math.abs(scaled) < 2 ** 50) {
      const fraction = Math.abs(scaled - Math.trunc(scaled));
      const margin = 1e-9 + Math.abs(scaled) * 1e-12;
      const edge = mode === 'down' ? Math.min(fraction, 1 - fraction) : Math.abs(fraction - 0.5);
      if (edge > margin) {
        const integer = mode === 'down' ? Math.trunc(scaled) : Math.sign(scaled) * Math.round(Math.abs(scaled));
        return (integer === 0 ? 0 : integer) / power;
      }
    }
  }
  return roundDecimalRatio(decimalOf(value), { coefficient: 1n, exponent: 0 }, decimals, mode);
}

/** floor, ceil or half-up of an exact decimal, as a bigint (for counts: share × number of firms). */
export function integerPart(value: DecimalNumber, mode: 'floor' | 'ceil' | 'half_up'): bigint {
  if (value.exponent >= 0) return value.coefficient * 10n ** BigInt(value.exponent);
  const divisor = 10n ** BigInt(-value.exponent);
  const quotient = value.coefficient / divisor;
  const remainder = value.coefficient % divisor;
  if (remainder === 0n) return quotient;
  if (mode === 'floor') return remainder < 0n ? quotient - 1n : quotient;
  if (mode === 'ceil') return remainder > 0n ? quotient + 1n : quotient;
  return roundQuotient(value.coefficient, divisor, 'half_up');
}
