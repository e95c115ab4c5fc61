/**
 * Converting the numbers of one column to the canonical unit of its measure (万元 → 元): the same number
 * convertQuantity(value, from, to) gives, for every value. When the two units differ by a power of ten
 * and the value was written as a plain decimal (plain-decimal.ts), the point is shifted with one exact
 * IEEE operation; anything else (亩 ↔ m², long or exotic numbers) goes through convertQuantity.
 */
import { convertQuantity, getUnit, type UnitCode } from '../units/index.ts';
import { readPlainDecimal, scalePlainDecimal, type PlainDecimal } from './plain-decimal.ts';

/** `value` in the target unit; `written` is the plain decimal the value was read from, when known. */
export type CanonicalScaler = (value: number, written?: PlainDecimal) => number;

const greatestCommonDivisor = (a: number, b: number): number => (b === 0 ? a : greatestCommonDivisor(b, a % b));

/** The power of ten that takes `from` to `to`, or undefined when their ratio is not a power of ten. */
export function powerOfTenBetween(from: UnitCode, to: UnitCode): number | undefined {
  const [source, target] = [getUnit(from), getUnit(to)];
  if (!source || !target || source.dimension !== target.dimension) return undefined;
  let numerator = source.factor.numerator * target.factor.denominator;
  let denominator = source.factor.denominator * target.factor.numerator;
  let power = source.factor.powerOfTen - target.factor.powerOfTen;
  const divisor = greatestCommonDivisor(numerator, denominator);
  [numerator, denominator] = [numerator / divisor, denominator / divisor];
  for (; numerator % 10 === 0; power++) numerator /= 10;
  for (; denominator % 10 === 0; power--) denominator /= 10;
  return numerator === 1 && denominator === 1 ? power : undefined;
}

const scalers = new Map<UnitCode, Map<UnitCode, CanonicalScaler>>();

/** The converter from `from` to `to`, made once per pair of units. */
export function canonicalScaler(from: UnitCode, to: UnitCode): CanonicalScaler {
  let scalersFrom = scalers.get(from);
  if (!scalersFrom) scalers.set(from, (scalersFrom = new Map()));
  let scaler = scalersFrom.get(to);
  if (scaler) return scaler;
  const power = powerOfTenBetween(from, to);
  scaler =
    power === undefined
      ? (value) => convertQuantity(value, from, to)
      : (value, written) => {
          const decimal = written ?? readPlainDecimal(String(value));
          const scaled = decimal && scalePlainDecimal(decimal, power);
          return scaled ?? convertQuantity(value, from, to);
        };
  scalersFrom.set(to, scaler);
  return scaler;
}
