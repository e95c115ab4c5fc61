import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnIndexOfLetter, columnLetter } from './column-letter.ts';

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('%i → %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndexOfLetter(letters)).toBe(index);
  });

  it.each([-1, 1.5, Number.NaN])('refuses index %s', (index) => {
    expect(() => columnLetter(index)).toThrow(RangeError);
  });

  it.each(['', 'A1', '工', ' '])('reads %j as no column', (text) => {
    expect(columnIndexOfLetter(text)).toBeNull();
  });

  it('reads lower case and surrounding spaces', () => {
    expect(columnIndexOfLetter(' ab ')).toBe(27);
  });

  it('round-trips every index', () => {
    fc.assert(fc.property(fc.nat({ max: 10_000_000 }), (index) => columnIndexOfLetter(columnLetter(index)) === index));
  });

  it('orders columns like Excel: shorter first, then alphabetically', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), (index) => {
        const [a, b] = [columnLetter(index), columnLetter(index + 1)];
        expect(a.length < b.length || (a.length === b.length && a < b)).toBe(true);
      }),
    );
  });
});
