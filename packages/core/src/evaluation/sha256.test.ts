import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { sha256Hex } from './sha256.ts';

describe('sha256Hex', () => {
  // Reference digests (FIPS 180-4 examples; the others from OpenSSL).
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    ['亩均论英雄 🏭', 'aa55bd770b889a0e6c9e27f8feef3089ae80f30702e1b803f3065b7417ff2044'],
    ['a'.repeat(1000), '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3'],
  ])('%j', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level, drops undefined and writes -0 as 0', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: -0 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"x":0,"y":2}]},"b":1}',
    );
  });

  it('gives the same text for the same value built in another order', () => {
    expect(canonicalJson({ x: 1, y: [2, 3] })).toBe(canonicalJson({ y: [2, 3], x: 1 }));
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ score: Number.NaN })).toThrow(/\$\.score/);
    expect(() => canonicalJson([Infinity])).toThrow(RangeError);
  });
});
