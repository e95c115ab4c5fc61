/**
 * The quantities of one evaluation unit, computed exactly from its measures: signed sums (a missing optional term
 * counts as 0, a missing required term or all terms missing makes the sum missing) and first-present choices.
 * Missing stays null; it is never turned into 0.
 */
import { addDecimals, negateDecimal, ZERO } from './exact-decimal.ts';
import type { QuantityDefinition } from './scheme-quantity.ts';
import type { DecimalNumber } from '../units/decimal-number.ts';

export type QuantityValues = ReadonlyMap<string, DecimalNumber | null>;

export function computeQuantities(
  measures: ReadonlyMap<string, DecimalNumber>,
  definitions: readonly QuantityDefinition[],
): Map<string, DecimalNumber | null> {
  const values = new Map<string, DecimalNumber | null>();
  const lookup = (ref: string): DecimalNumber | null =>
    values.has(ref) ? values.get(ref)! : (measures.get(ref) ?? null);
  for (const [code, value] of measures) values.set(code, value);
  for (const definition of definitions) {
    if (definition.firstOf) {
      values.set(definition.id, definition.firstOf.map(lookup).find((value) => value !== null) ?? null);
      continue;
    }
    let total: DecimalNumber | null = ZERO;
    let present = 0;
    for (const term of definition.sum ?? []) {
      const value = lookup(term.of);
      if (value === null) {
        if (!term.optional) total = null;
        continue;
      }
      present++;
      if (total !== null) total = addDecimals(total, term.sign === 1 ? value : negateDecimal(value));
    }
    values.set(definition.id, present === 0 ? null : total);
  }
  return values;
}
