import { describe, expect, it } from 'vitest';
import { decodeText, detectTextEncoding } from './text-encoding.ts';

/** GBK bytes of 企业名称 (C6F3 D2B5 C3FB B3C6), written by hand: Node has no GBK encoder. */
const gbkEnterpriseName = [0xc6, 0xf3, 0xd2, 0xb5, 0xc3, 0xfb, 0xb3, 0xc6];

describe('detectTextEncoding', () => {
  it.each([
    ['UTF-8 BOM', [0xef, 0xbb, 0xbf, 0x61], 'utf-8', 3],
    ['UTF-16LE BOM', [0xff, 0xfe, 0x61, 0x00], 'utf-16le', 2],
    ['UTF-16BE BOM', [0xfe, 0xff, 0x00, 0x61], 'utf-16be', 2],
    ['valid UTF-8 without BOM', [...Buffer.from('企业名称,a')], 'utf-8', 0],
    ['plain ASCII', [...Buffer.from('a,b\n')], 'utf-8', 0],
    ['GBK bytes (not valid UTF-8)', gbkEnterpriseName, 'gb18030', 0],
  ] as const)('%s', (_case, bytes, encoding, bomLength) => {
    expect(detectTextEncoding(new Uint8Array(bytes))).toEqual({ encoding, bomLength });
  });
});

describe('decodeText', () => {
  it('decodes GBK through GB18030', () => {
    expect(decodeText(new Uint8Array(gbkEnterpriseName), 'a.csv')).toEqual({ encoding: 'gb18030', text: '企业名称' });
  });

  it('drops the BOM and decodes UTF-16 in both byte orders', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('产值', 'utf16le')]);
    const big = Buffer.from(little.subarray(2)).swap16();
    expect(decodeText(little, 'a.txt').text).toBe('产值');
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), big]), 'a.txt').text).toBe('产值');
    expect(decodeText(Buffer.from('\uFEFF企业', 'utf8'), 'a.csv').text).toBe('企业');
  });

  it('refuses bytes valid in no candidate encoding, naming the file and the encoding', () => {
    expect(() => decodeText(new Uint8Array([0x61, 0x81, 0x20]), '报表.csv')).toThrow(
      expect.objectContaining({ code: 'encoding', message: expect.stringMatching(/"报表.csv".*GB18030/) }),
    );
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x3d, 0xd8]), 'odd.txt')).toThrow(/UTF-16LE/);
  });
});
