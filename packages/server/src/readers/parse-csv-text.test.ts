import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsvRecords, parseCsvText } from './parse-csv-text.ts';

describe('parseCsvText', () => {
  it.each([
    [
      'plain',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CR LF and no final newline',
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a BOM',
      '\uFEFFcode,name\n17,纺织业\n',
      [
        ['code', 'name'],
        ['17', '纺织业'],
      ],
    ],
    ['quotes, commas and newlines in fields', '"a,1","say ""hi""","x\ny"\n', [['a,1', 'say "hi"', 'x\ny']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['a leading zero kept as text', 'code\n0111\n', [['code'], ['0111']]],
  ])('%s', (_name, text, rows) => {
    expect(parseCsvText(text)).toEqual(rows);
  });

  it('reports an unclosed quote with its line', () => {
    expect(() => parseCsvText('a\n"b\nc')).toThrow(CsvSyntaxError);
    expect(() => parseCsvText('a\n"b\nc')).toThrow(/line 2/);
  });

  it('reads back what a writer quotes, for any fields', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((row) => row.map((value) => `"${value.replaceAll('"', '""')}"`).join(',')).join('\n');
        expect(parseCsvText(text)).toEqual(rows);
      }),
    );
  });
});

describe('parseCsvRecords', () => {
  it('keys rows by the header and refuses rows of another width', () => {
    expect(parseCsvRecords('code,name\n17,纺织业\n')).toEqual([{ code: '17', name: '纺织业' }]);
    expect(() => parseCsvRecords('code,name\n17\n')).toThrow(/第 2 行/);
  });
});
