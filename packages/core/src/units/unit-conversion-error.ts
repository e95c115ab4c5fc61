/**
 * The error every failed conversion throws, with a bilingual message and a machine-readable kind, so a
 * conversion never quietly yields 0 or NaN: the caller decides what a missing or bad value means.
 */

export type UnitConversionErrorKind = 'unknown_unit' | 'dimension_mismatch' | 'not_a_number' | 'out_of_range';

export class UnitConversionError extends Error {
  override readonly name = 'UnitConversionError';
  readonly kind: UnitConversionErrorKind;

  constructor(kind: UnitConversionErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}
