import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertQuantity } from './convert-quantity.ts';
import { UNITS, type Unit, type UnitCode } from './unit-catalogue.ts';

/** Two units (possibly the same) of one dimension. */
const unitPair = fc
  .constantFrom(...UNITS)
  .chain((from) =>
    fc.tuple(fc.constant(from), fc.constantFrom(...UNITS.filter((u) => u.dimension === from.dimension))),
  );

const value = fc.oneof(
  fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((v) => v === 0 || Math.abs(v) >= 1e-6),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
);

const MONEY: UnitCode[] = UNITS.filter((unit: Unit) => unit.dimension === 'money').map((unit) => unit.code);
const powerOf = (code: UnitCode): number => UNITS.find((unit) => unit.code === code)?.factor.powerOfTen ?? NaN;

describe('convertQuantity properties', () => {
  it('a → b → a returns the value to 1e-9 relative', () => {
    fc.assert(
      fc.property(unitPair, value, ([from, to], x) => {
        const back = convertQuantity(convertQuantity(x, from.code, to.code), to.code, from.code);
        expect(Math.abs(back - x)).toBeLessThanOrEqual(1e-9 * Math.abs(x));
      }),
      { numRuns: 2000 },
    );
  });

  it('power-of-ten money conversions of integers are exact', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MONEY),
        fc.constantFrom(...MONEY),
        fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }),
        (from, to, n) => {
          const shift = powerOf(from) - powerOf(to);
          // IEEE multiplication and division of exactly representable operands are correctly rounded,
          // so they are an independent oracle for the nearest number to n × 10^shift.
          const expected = shift >= 0 ? n * 10 ** shift : n / 10 ** -shift;
          const converted = convertQuantity(n, from, to);
          expect(converted).toBe(expected);
          expect(convertQuantity(converted, to, from)).toBe(n);
          expect(convertQuantity(String(n), from, to)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
