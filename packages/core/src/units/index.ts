/** Units of measure and the conversions between them (DOMAIN.md §3: one canonical unit per measure). */
export { convertQuantity, toCanonical, type CanonicalQuantity } from './convert-quantity.ts';
export { UnitConversionError, type UnitConversionErrorKind } from './unit-conversion-error.ts';
export { findUnit, normaliseUnitText } from './find-unit.ts';
export {
  CANONICAL_UNITS,
  getUnit,
  isUnitCode,
  UNITS,
  type CanonicalUnitCode,
  type Unit,
  type UnitCode,
} from './unit-catalogue.ts';
export { DIMENSIONS, isDimension, type Dimension } from './dimension.ts';
export { factorValue, type ExactFactor } from './exact-factor.ts';
export { parseDecimal, type DecimalNumber } from './decimal-number.ts';
