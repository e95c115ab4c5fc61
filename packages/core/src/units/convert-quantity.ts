/**
 * Converting quantities between units of the same dimension — the one place conversions live. Powers of
 * ten (元/万元/亿元, kWh/万kWh, 吨标煤/万吨标煤, %) are exact in decimal terms: 2278.3 亿元 is exactly
 * 227830000000 元. Area conversions use the exact ratio 1 亩 = 10000/15 m² and keep 10 significant digits.
 */
import { DIMENSIONS } from './dimension.ts';
import { parseDecimal } from './decimal-number.ts';
import { ratioBetween } from './exact-factor.ts';
import { scaleDecimal } from './scale-decimal.ts';
import { CANONICAL_UNITS, getUnit, type CanonicalUnitCode, type Unit, type UnitCode } from './unit-catalogue.ts';
import { UnitConversionError } from './unit-conversion-error.ts';

export interface CanonicalQuantity {
  value: number;
  unit: CanonicalUnitCode;
}

function requireUnit(code: string): Unit {
  const unit = getUnit(code);
  if (unit === undefined) {
    throw new UnitConversionError('unknown_unit', `未知计量单位“${code}” (unknown unit '${code}')`);
  }
  return unit;
}

function describe(value: string | number): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** A unit as people read it in messages, e.g. 万元 (ten_thousand_yuan). */
function label(unit: Unit): string {
  return `${unit.symbol || unit.name.zh} (${unit.code})`;
}

/**
 * `value` in unit `from`, expressed in unit `to`. Throws a UnitConversionError for an unknown unit,
 * different dimensions, a value that is not a finite number ('', '—', '-', 'abc', NaN, Infinity) or a
 * result outside the range of a number.
 */
export function convertQuantity(value: string | number, from: UnitCode, to: UnitCode): number {
  const source = requireUnit(from);
  const target = requireUnit(to);
  if (source.dimension !== target.dimension) {
    const [fromDimension, toDimension] = [DIMENSIONS[source.dimension], DIMENSIONS[target.dimension]];
    throw new UnitConversionError(
      'dimension_mismatch',
      `量纲不同，无法将${label(source)}（${fromDimension.zh}）换算为${label(target)}（${toDimension.zh}）` +
        ` (cannot convert ${source.code} to ${target.code}: ${fromDimension.en} is not ${toDimension.en})`,
    );
  }
  const decimal = parseDecimal(value);
  if (decimal === undefined) {
    throw new UnitConversionError(
      'not_a_number',
      `${describe(value)}不是有效数值，无法从${label(source)}换算为${label(target)}` +
        ` (${describe(value)} is not a finite number; cannot convert ${source.code} to ${target.code})`,
    );
  }
  const result = scaleDecimal(decimal, ratioBetween(source.factor, target.factor));
  if (!Number.isFinite(result) || (result === 0 && decimal.coefficient !== 0n)) {
    throw new UnitConversionError(
      'out_of_range',
      `${describe(value)} ${label(source)}换算为${label(target)}超出数值范围` +
        ` (${describe(value)} ${source.code} in ${target.code} is out of the range of a number)`,
    );
  }
  return result;
}

/** `value` in `unit`, expressed in the canonical unit of its dimension (元, 亩, kWh, 吨标煤, ...). */
export function toCanonical(value: string | number, unit: UnitCode): CanonicalQuantity {
  const canonical = CANONICAL_UNITS[requireUnit(unit).dimension];
  return { value: convertQuantity(value, unit, canonical), unit: canonical };
}
