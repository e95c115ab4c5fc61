import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildZip } from '../../test/fixtures/readers/build-zip.ts';
import { ReaderError, readWorkbook } from './index.ts';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/readers/${name}`, import.meta.url));

describe('readWorkbook dispatches by content, not by name', () => {
  it.each([
    ['an xlsx renamed .csv', 'survey.xlsx', '上报数据.csv', ['企业数据', '说明']],
    ['an xls renamed .xlsx', 'power.xls', 'power.xlsx', ['用电', '备注']],
    ['a csv renamed .xlsx', 'utf8.csv', '名单.xlsx', ['名单']],
    ['a tab-delimited file named .xls (as some systems export)', 'tab.tsv', '导出.xls', ['导出']],
  ])('%s', async (_case, source, fileName, sheetNames) => {
    const sheets = await readWorkbook(fixture(source), fileName);
    expect(sheets.map((sheet) => sheet.name)).toEqual(sheetNames);
    expect(sheets[0]?.rows.length).toBeGreaterThan(1);
  });
});

describe('readWorkbook refuses', () => {
  const refusal = async (bytes: Uint8Array, fileName: string, limits = {}) => {
    const error = await readWorkbook(bytes, fileName, limits).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ReaderError);
    return error as ReaderError;
  };

  it('a file over the size limit, before parsing, saying limit and size', async () => {
    const error = await refusal(fixture('survey.xlsx'), 'survey.xlsx', { maxFileBytes: 1000 });
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(
      /^文件 "survey.xlsx"：文件过大：\d+ B，上限 1000 B \(file "survey.xlsx": file too large/,
    );
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'report.pdf', /PDF/],
    ['a PDF named .csv', Buffer.from('%PDF-1.4 junk'), 'data.csv', /PDF/],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'scan.xlsx', /PNG/],
    ['an empty file', Buffer.alloc(0), 'empty.csv', /文件为空.*the file is empty/],
    ['binary content', Buffer.from([0x41, 0x00, 0x42, 0x01]), 'blob.txt', /二进制.*binary/],
  ])('%s as unsupported_type', async (_case, bytes, fileName, message) => {
    const error = await refusal(bytes, fileName);
    expect(error.code).toBe('unsupported_type');
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`"${fileName}"`);
  });

  it('a truncated xlsx as corrupt', async () => {
    const xlsx = fixture('survey.xlsx');
    expect((await refusal(xlsx.subarray(0, 3000), 'cut.xlsx')).code).toBe('corrupt');
  });

  it('a zip bomb and a ZIP with too many entries', async () => {
    const bomb = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * 1024 * 1024) }]);
    expect((await refusal(bomb, 'bomb.xlsx')).code).toBe('zip_bomb');
    const many = buildZip(
      Array.from({ length: 2500 }, (_, i) => ({ name: `xl/media/${i}.bin`, data: Buffer.from([i]) })),
    );
    expect((await refusal(many, 'many.xlsx')).message).toMatch(/2500 个条目.*2500 entries, limit 2000/);
  });

  it('limits that are not positive numbers', async () => {
    await expect(readWorkbook(fixture('utf8.csv'), 'a.csv', { maxColumns: 0 })).rejects.toThrow(RangeError);
  });
});
