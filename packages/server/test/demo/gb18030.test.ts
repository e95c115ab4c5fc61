/** The GB18030 encoder built from Node's decoder: what it encodes, the decoder gives back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../../src/demo/gb18030.ts';

const decode = (bytes: Uint8Array) => new TextDecoder('gb18030', { fatal: true }).decode(bytes);
const commonCharacter = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0x4e00, max: 0x9fa5 }),
  fc.constantFrom(0x3001, 0x3002, 0xff08, 0xff09, 0xff1a, 0x3010, 0x3011, 0x201c, 0x201d, 0x2014),
);

describe('encodeGb18030', () => {
  it('round-trips ASCII, the CJK unified ideographs of GBK and Chinese punctuation', () => {
    fc.assert(
      fc.property(fc.array(commonCharacter, { maxLength: 60 }), (points) => {
        const text = String.fromCodePoint(...points);
        expect(decode(encodeGb18030(text))).toBe(text);
      }),
    );
  });

  it('writes the known two-byte codes and leaves ASCII as it is', () => {
    expect([...encodeGb18030('企业名称,a')]).toEqual([0xc6, 0xf3, 0xd2, 0xb5, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0x61]);
    expect(decode(encodeGb18030('【合成演示数据 SYNTHETIC DEMO】（演示）'))).toBe(
      '【合成演示数据 SYNTHETIC DEMO】（演示）',
    );
  });

  it('refuses a character outside the two-byte table instead of writing a question mark', () => {
    expect(() => encodeGb18030('产值😀')).toThrow(/GB18030/);
  });
});
