/**
 * An indicator's value for one unit: numerator / denominator converted exactly to the indicator's unit (元/亩 →
 * 万元/亩) and rounded to the indicator's decimals when the scheme says so. A missing numerator or denominator, or a
 * denominator that is 0 or negative, gives no value but a cause, which the missing-data policy then handles.
 */
import { getUnit } from '../units/index.ts';
import { divideToNumber, multiplyDecimals, roundDecimalRatio, signOf, type RoundingMode } from './exact-decimal.ts';
import type { QuantityValues } from './compute-quantities.ts';
import type { Indicator } from './scheme-indicator.ts';
import type { DecimalNumber } from '../units/decimal-number.ts';

/** no_baseline: the value exists but the group mean it is compared with is 0 or absent (scored by the policy). */
export type MissingCause =
  'missing_numerator' | 'missing_denominator' | 'zero_denominator' | 'negative_denominator' | 'no_baseline';

export interface IndicatorValue {
  value: number | null;
  cause: MissingCause | null;
  numerator: DecimalNumber | null;
  denominator: DecimalNumber | null;
}

function factorParts(unitCode: string): { top: DecimalNumber; bottom: bigint } {
  const unit = getUnit(unitCode);
  if (!unit) throw new RangeError(`未知计量单位 ${unitCode} (unknown unit)`);
  return {
    top: { coefficient: BigInt(unit.factor.numerator), exponent: unit.factor.powerOfTen },
    bottom: BigInt(unit.factor.denominator),
  };
}

/** numerator / denominator (canonical units) expressed in the indicator's unit, rounded as the indicator says. */
export function ratioInIndicatorUnit(
  indicator: Pick<Indicator, 'unit' | 'decimals'>,
  numerator: DecimalNumber,
  denominator: DecimalNumber,
  mode: RoundingMode,
): number {
  // value = (num / N) / (den / D) = num × D / (den × N), with N, D the units' exact factors to canonical.
  const n = factorParts(indicator.unit.numerator);
  const d = factorParts(indicator.unit.denominator);
  const top = multiplyDecimals(multiplyDecimals(numerator, d.top), { coefficient: n.bottom, exponent: 0 });
  const bottom = multiplyDecimals(multiplyDecimals(denominator, n.top), { coefficient: d.bottom, exponent: 0 });
  return indicator.decimals === null
    ? divideToNumber(top, bottom)
    : roundDecimalRatio(top, bottom, indicator.decimals, mode);
}

export function computeIndicatorValue(
  indicator: Indicator,
  quantities: QuantityValues,
  mode: RoundingMode,
): IndicatorValue {
  const numerator = quantities.get(indicator.numerator) ?? null;
  const denominator = quantities.get(indicator.denominator) ?? null;
  const none = (cause: MissingCause): IndicatorValue => ({ value: null, cause, numerator, denominator });
  if (numerator === null) return none('missing_numerator');
  if (denominator === null) return none('missing_denominator');
  const sign = signOf(denominator);
  if (sign === 0) return none('zero_denominator');
  if (sign < 0) return none('negative_denominator');
  return { value: ratioInIndicatorUnit(indicator, numerator, denominator, mode), cause: null, numerator, denominator };
}
