/**
 * Law: any finite number, written as people write it in the bureau's sheets (its shortest decimal form with
 * thousands separators, optionally in full-width characters, optionally padded), reads back as itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberCell } from './parse-number-cell.ts';
import { toFullWidth } from './to-half-width.ts';

/** `value` in plain decimal notation with thousands separators in the integer part. */
function withThousands(value: number): string {
  const [integer = '', fraction] = String(value).split('.');
  const sign = integer.startsWith('-') ? '-' : '';
  const grouped = integer.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (fraction === undefined ? '' : `.${fraction}`);
}

/** Finite numbers whose shortest form has no exponent (1e-6 ≤ |x| < 1e21, or 0). */
const plainNumber = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 })
  .filter((value) => !String(value).includes('e'))
  .map((value) => (value === 0 ? 0 : value));

describe('parseNumberCell properties', () => {
  it('reads a number written with thousands separators, half- or full-width, back as itself', () => {
    fc.assert(
      fc.property(plainNumber, fc.boolean(), fc.constantFrom('', ' ', '\u3000'), (value, fullWidth, pad) => {
        const written = withThousands(value);
        const text = pad + (fullWidth ? toFullWidth(written) : written) + pad;
        expect(parseNumberCell(text)).toEqual({ kind: 'number', value, percent: false });
      }),
    );
  });

  it('reads a number cell back as itself', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseNumberCell(value)).toEqual({ kind: 'number', value: value === 0 ? 0 : value, percent: false });
      }),
    );
  });

  it('reads an integer percent as a hundredth of it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (value) => {
        const cell = parseNumberCell(`${withThousands(value)}%`);
        expect(cell).toEqual({ kind: 'number', value: value / 100 === 0 ? 0 : value / 100, percent: true });
      }),
    );
  });

  it('never throws and never reads text without digits as a number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const cell = parseNumberCell(text);
        if (!/[0-9０-９]/.test(text)) expect(cell.kind).not.toBe('number');
      }),
    );
  });
});
