import { describe, expect, it } from 'vitest';
import { isUsccAlphabetChar, USCC_ALPHABET, usccCharOfValue, usccCharValue } from './uscc-alphabet.ts';

describe('USCC alphabet', () => {
  it('has 31 characters without I, O, S, V, Z', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    for (const letter of 'IOSVZ') expect(USCC_ALPHABET).not.toContain(letter);
  });

  it.each([
    ['0', 0],
    ['9', 9],
    ['A', 10],
    ['H', 17],
    ['J', 18],
    ['N', 22],
    ['P', 23],
    ['R', 25],
    ['T', 26],
    ['U', 27],
    ['W', 28],
    ['Y', 30],
  ])('%s is worth %i', (char, value) => {
    expect(isUsccAlphabetChar(char)).toBe(true);
    expect(usccCharValue(char)).toBe(value);
    expect(usccCharOfValue(value)).toBe(char);
  });

  it.each(['I', 'O', 'S', 'V', 'Z', 'a', 'y', '', 'AB', '-', ' ', 'Ａ'])('rejects %j', (char) => {
    expect(isUsccAlphabetChar(char)).toBe(false);
    expect(() => usccCharValue(char)).toThrow(RangeError);
  });

  it.each([-1, 31, 1.5])('has no character worth %d', (value) => {
    expect(() => usccCharOfValue(value)).toThrow(RangeError);
  });
});
