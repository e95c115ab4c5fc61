/**
 * Law: the fast path gives exactly what the exact-decimal path gives. For every cell text, a plain decimal
 * reads as the same number through parseNumberCell as through parseNumberCellExactly, and for every pair of
 * units of one dimension the canonical scaler returns convertQuantity's number (or both refuse).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertQuantity, UNITS, type UnitCode } from '../units/index.ts';
import { canonicalScaler, powerOfTenBetween } from './canonical-scaler.ts';
import { parseNumberCell, parseNumberCellExactly } from './parse-number-cell.ts';
import { readPlainDecimal, scalePlainDecimal } from './plain-decimal.ts';

/** Texts that look like numbers: signs, digits (up to 20, so past the fast path's 15), points, noise. */
const numberLike = fc
  .array(fc.constantFrom('0', '1', '2', '5', '7', '9', '.', '-', '+', ',', 'e', ' ', '%', '－', '１'), {
    maxLength: 22,
  })
  .map((parts) => parts.join(''));
const plainText = fc
  .tuple(fc.boolean(), fc.stringMatching(/^\d{0,12}$/), fc.option(fc.stringMatching(/^\d{0,10}$/), { nil: undefined }))
  .map(
    ([negative, integer, fraction]) =>
      `${negative ? '-' : ''}${integer}${fraction === undefined ? '' : `.${fraction}`}`,
  );
const cellText = fc.oneof(numberLike, plainText, fc.string({ maxLength: 8 }));

const unitPair = fc
  .constantFrom(...UNITS)
  .chain((from) =>
    fc.tuple(
      fc.constant(from.code),
      fc.constantFrom(...UNITS.filter((u) => u.dimension === from.dimension).map((u) => u.code)),
    ),
  );

function convertOrRefuse(convert: () => number): number | 'refused' {
  try {
    return convert();
  } catch {
    return 'refused';
  }
}

describe('plain decimal fast path', () => {
  it('parseNumberCell equals the exact path on every text', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(parseNumberCell(text)).toEqual(parseNumberCellExactly(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('a plain decimal and Number() agree, and -0 reads as 0', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        const plain = readPlainDecimal(text);
        if (!plain) return;
        const value = scalePlainDecimal(plain)!;
        expect(Object.is(value, -0)).toBe(false);
        expect(value).toBe(Number(text) === 0 ? 0 : Number(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('the canonical scaler equals convertQuantity for read texts and for numbers, for every pair of units', () => {
    const value = fc.oneof(
      plainText.map((text) => ({ text })),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }).map((number) => ({ number })),
      fc.integer({ min: -1e9, max: 1e9 }).map((number) => ({ number })),
    );
    fc.assert(
      fc.property(unitPair, value, ([from, to], input) => {
        const scale = canonicalScaler(from as UnitCode, to as UnitCode);
        if ('number' in input) {
          expect(convertOrRefuse(() => scale(input.number))).toBe(
            convertOrRefuse(() => convertQuantity(input.number, from, to)),
          );
          return;
        }
        const written = readPlainDecimal(input.text);
        const parsed = parseNumberCellExactly(input.text);
        if (!written || parsed.kind !== 'number') return;
        expect(convertOrRefuse(() => scale(parsed.value, written))).toBe(
          convertOrRefuse(() => convertQuantity(parsed.value, from, to)),
        );
      }),
      { numRuns: 10000 },
    );
  });
});

describe('powerOfTenBetween', () => {
  it.each<[UnitCode, UnitCode, number | undefined]>([
    ['ten_thousand_yuan', 'yuan', 4],
    ['hundred_million_yuan', 'yuan', 8],
    ['yuan', 'ten_thousand_yuan', -4],
    ['percent', 'ratio', -2],
    ['hectare', 'mu', undefined],
    ['square_metre', 'mu', undefined],
    ['yuan', 'mu', undefined],
  ])('%s → %s: %s', (from, to, power) => {
    expect(powerOfTenBetween(from, to)).toBe(power);
  });
});
