import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from './sniff-delimiter.ts';

describe('sniffDelimiter', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3\n', ','],
    ['tab', 'a\tb\n1\t2\n', '\t'],
    ['semicolon with decimal commas', '企业;产值\n甲;1,5\n乙;2,75\n丙;3\n', ';'],
    ['commas inside quotes do not count', '"a,b,c";d\n"1,2,3";4\n', ';'],
    ['a quoted field spanning lines', 'a,b\n"x\ny;z;w",2\n3,4\n', ','],
    ['tab wins over irregular commas', '名称\t地址\n甲\t嘉兴, 南湖\n乙\t平湖\n', '\t'],
    ['one column falls back to comma', '企业名称\n甲\n乙\n', ','],
    ['empty text', '', ','],
    ['CR LF and blank lines', 'a;b\r\n\r\n1;2\r\n', ';'],
  ] as const)('%s', (_case, text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });

  it('looks at the first 20 records only', () => {
    const text = 'a;b\n'.repeat(20) + 'a,b,c,d\n'.repeat(100);
    expect(sniffDelimiter(text)).toBe(';');
  });
});
