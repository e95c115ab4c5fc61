import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildZip } from '../../test/fixtures/readers/build-zip.ts';
import { resolveReadLimits } from './read-limits.ts';
import { checkZipContainer } from './zip-guard.ts';
import { readXlsx } from './xlsx-reader.ts';

const limits = resolveReadLimits();
const survey = readFileSync(new URL('../../test/fixtures/readers/survey.xlsx', import.meta.url));
const byCorner = (a: { top: number; left: number }, b: { top: number; left: number }) =>
  a.top - b.top || a.left - b.left;

async function workbookBytes(fill: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readXlsx on the survey fixture', () => {
  it('reads every sheet in workbook order with cached values', async () => {
    const [data, notes] = await readXlsx(survey, 'survey.xlsx', limits);
    expect(data?.name).toBe('企业数据');
    expect(data?.rows).toEqual([
      ['2024年1-6月产业集群企业监测表'],
      ['企业名称', '统一社会信用代码', '工业总产值（万元）', null, '填报日期', '备注'],
      [null, null, '本年累计', '上年同期'],
      ['嘉兴市纺织有限公司', '91330400MA28A1234X', 1200.5, 1000, '2024-06-30', '重点企业'],
      ['平湖市电子科技有限公司', '0012345', 2401, null, '2024-07-01', true],
    ]);
    expect(notes).toEqual({ name: '说明', rows: [['数据来源：市统计局']], merges: [] });
  });

  it('collects the merged ranges the streaming reader skips, 0-based and inclusive', async () => {
    const [data] = await readXlsx(survey, 'survey.xlsx', limits);
    expect([...(data?.merges ?? [])].sort(byCorner)).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 1, left: 4, bottom: 2, right: 4 },
      { top: 1, left: 5, bottom: 2, right: 5 },
    ]);
  });
});

describe('readXlsx cell values', () => {
  it('never evaluates: cached results only, null without one, error values null', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.getRow(1).values = [{ formula: 'B1*2' }, 5, { error: '#N/A' }, { formula: 'A2', result: '文本' }];
      sheet.getCell('A2').value = { sharedFormula: 'A1', result: 7 } as ExcelJS.CellValue;
    });
    const [sheet] = await readXlsx(bytes, 'f.xlsx', limits);
    expect(sheet?.rows).toEqual([[null, 5, null, '文本'], [7]]);
  });

  it('keeps Chinese text whole across stream chunks (exceljs splits UTF-8 characters)', async () => {
    const text = (i: number) => `嘉兴市第${i}号产业集群企业`;
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('中文');
      for (let i = 1; i <= 20_000; i++) sheet.addRow([text(i), i]);
    });
    const [sheet] = await readXlsx(bytes, 'big.xlsx', limits);
    expect(sheet?.rows).toHaveLength(20_000);
    const wrong = sheet?.rows.filter((row, index) => row[0] !== text(index + 1)) ?? [];
    expect(wrong).toEqual([]);
  });
});

describe('readXlsx limits and refusals', () => {
  it('stops at the row limit and names the sheet', async () => {
    await expect(readXlsx(survey, 'survey.xlsx', { ...limits, maxRowsPerSheet: 3 })).rejects.toMatchObject({
      code: 'too_many_rows',
      message: expect.stringMatching(/工作表 "企业数据".*至少 4 行，超过上限 3 行.*sheet "企业数据"/),
    });
  });

  it('refuses rows wider than the column limit and workbooks with too many sheets', async () => {
    await expect(readXlsx(survey, 'survey.xlsx', { ...limits, maxColumns: 5 })).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/至少 6 列，超过上限 5 列/),
    });
    await expect(readXlsx(survey, 'survey.xlsx', { ...limits, maxSheets: 1 })).rejects.toThrow(/2 个工作表，上限 1/);
  });

  it.each([
    ['XML that stops early', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row'],
    [
      'a DTD entity, which is never expanded (XML bomb)',
      '<!DOCTYPE w [<!ENTITY a "aa">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>',
    ],
  ])('refuses a sheet with %s as corrupt', async (_case, xml) => {
    const workbook = '<workbook xmlns:r="r"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>';
    const rels = '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>';
    const zip = buildZip(
      [
        ['xl/workbook.xml', workbook],
        ['xl/_rels/workbook.xml.rels', rels],
        ['xl/worksheets/sheet1.xml', xml],
      ].map(([name, text]) => ({ name: name!, data: Buffer.from(text!) })),
    );
    await expect(readXlsx(zip, 'x.xlsx', limits)).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/文件 "x.xlsx" 工作表 "表"：文件已损坏/),
    });
  });

  it('refuses a ZIP that is not a workbook', async () => {
    const zip = buildZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]);
    await expect(readXlsx(zip, 'report.docx', limits)).rejects.toMatchObject({ code: 'unsupported_type' });
  });
});

describe('readXlsx sheet names', () => {
  it('keeps names and order when relationships use absolute targets (/xl/worksheets/...)', async () => {
    const entries = checkZipContainer(survey, 'survey.xlsx', limits).map((entry) => {
      const raw = survey.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
      const data = entry.method === 8 ? inflateRawSync(raw) : raw;
      const rewritten = data.toString('utf8').replace(/Target="worksheets\//g, 'Target="/xl/worksheets/');
      return { name: entry.name, data: entry.name.endsWith('.rels') ? Buffer.from(rewritten) : data };
    });
    const rels = entries.find((entry) => entry.name === 'xl/_rels/workbook.xml.rels');
    expect(rels?.data.toString()).toContain('Target="/xl/worksheets/sheet2.xml"');
    const sheets = await readXlsx(buildZip(entries.reverse()), 'absolute.xlsx', limits);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['企业数据', '说明']);
  });
});
