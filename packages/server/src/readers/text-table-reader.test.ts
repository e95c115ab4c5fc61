import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveReadLimits } from './read-limits.ts';
import { baseName, readTextTable } from './text-table-reader.ts';

const limits = resolveReadLimits();
const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/readers/${name}`, import.meta.url));
const enterprises = [
  ['企业名称', '统一社会信用代码', '工业总产值'],
  ['嘉兴市纺织有限公司', '91330400MA28A1234X', '1200.5'],
  ['海盐县"紧固件"有限公司', '0012345', '1,000'],
];

describe('readTextTable on fixtures', () => {
  it.each(['utf8-bom.csv', 'utf8.csv', 'gbk.csv'])('%s reads the same table', (name) => {
    expect(readTextTable(fixture(name), name, limits)).toEqual({ name: baseName(name), rows: enterprises, merges: [] });
  });

  it('the GBK fixture holds GBK bytes (企业名称 = C6F3 D2B5 C3FB B3C6)', () => {
    expect(fixture('gbk.csv').subarray(0, 8)).toEqual(Buffer.from('c6f3d2b5c3fbb3c6', 'hex'));
  });

  it('reads tab- and semicolon-delimited files, UTF-16LE and multi-line fields', () => {
    expect(readTextTable(fixture('tab.tsv'), 'tab.tsv', limits).rows).toEqual([
      ['企业名称', '地址', '备注'],
      ['嘉善县木业有限公司', '嘉善县, 魏塘街道'],
      ['平湖市服装有限公司', '平湖市; 当湖街道', '多行'],
    ]);
    expect(readTextTable(fixture('semicolon.csv'), 'semicolon.csv', limits).rows[1]).toEqual([
      '桐乡市羊毛衫有限公司',
      '1,5',
      '3,2%',
    ]);
    expect(readTextTable(fixture('utf16le.txt'), 'utf16le.txt', limits).rows).toEqual([
      ['企业名称', '产值'],
      ['秀洲区光伏有限公司', '880'],
    ]);
    expect(readTextTable(fixture('multiline.csv'), 'multiline.csv', limits).rows).toEqual([
      ['企业名称', '备注'],
      ['南湖区"新材料"公司', '第一行\n第二行'],
    ]);
  });
});

describe('readTextTable limits and errors', () => {
  it('refuses too many rows or columns, naming file and sheet', () => {
    const bytes = fixture('utf8.csv');
    expect(() => readTextTable(bytes, 'utf8.csv', { ...limits, maxRowsPerSheet: 2 })).toThrow(
      expect.objectContaining({ code: 'too_many_rows', message: expect.stringMatching(/"utf8.csv" 工作表 "utf8"/) }),
    );
    expect(() => readTextTable(bytes, 'utf8.csv', { ...limits, maxColumns: 2 })).toThrow(/超过上限 2 列/);
  });

  it('reports an unclosed quote as corrupt', () => {
    expect(() => readTextTable(Buffer.from('a,b\n"x,1\n'), 'q.csv', limits)).toThrow(
      expect.objectContaining({ code: 'corrupt', message: expect.stringMatching(/第 2 行引号未闭合/) }),
    );
  });

  it.each([
    ['企业名单.2024.csv', '企业名单.2024'],
    ['dir/sub\\报表.txt', '报表'],
    ['.hidden', '.hidden'],
    ['noext', 'noext'],
  ])('names the sheet after the file: %s → %s', (fileName, name) => {
    expect(baseName(fileName)).toBe(name);
  });
});

/** Writes a table as CSV with every field quoted, as spreadsheet programs do on export. */
const toCsv = (table: string[][]) =>
  table.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';

describe('readTextTable round trip (property)', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', '企', ',', ';', '\t', '"', '\n', '\r', ' ', '1', 'é', '😀') });
  const table = (minLength: number) =>
    fc.integer({ min: 1, max: 6 }).chain((width) =>
      fc.array(
        fc.array(
          cell.filter((text) => text.length >= minLength),
          { minLength: width, maxLength: width },
        ),
        {
          minLength: 1,
          maxLength: 8,
        },
      ),
    );

  it('reads any table of non-empty strings written as quoted UTF-8 CSV back identically', () => {
    fc.assert(
      fc.property(table(1), (rows) => {
        expect(readTextTable(Buffer.from(toCsv(rows), 'utf8'), 't.csv', limits).rows).toEqual(rows);
      }),
    );
  });

  it('reads empty strings back as null, rows ending at their last value, trailing empty rows dropped', () => {
    fc.assert(
      fc.property(table(0), (rows) => {
        const expected = rows.map((row) => {
          const values = row.map((text) => (text === '' ? null : text));
          while (values.length > 0 && values[values.length - 1] === null) values.pop();
          return values;
        });
        while (expected.length > 0 && expected[expected.length - 1]!.length === 0) expected.pop();
        expect(readTextTable(Buffer.from(toCsv(rows), 'utf8'), 't.csv', limits).rows).toEqual(expected);
      }),
    );
  });
});
