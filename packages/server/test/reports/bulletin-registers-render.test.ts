/**
 * The bulletin's register section 重点工作推进 in its files: four xlsx sheets (重大项目, 企业培育, 整治提升, 平台载体)
 * between 目标进度 and 预警, read back with exceljs (investment in 亿元 with two decimals, a withheld sum as "x", counts
 * as numbers, rates as fractions with a % format), and the PDF's section with its title, sub-headings and figures
 * (pdftotext). A document without the section has none of them.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/reports/bulletin/chromium.ts';
import { renderBulletinPdf } from '../../src/reports/bulletin/render-bulletin-pdf.ts';
import { renderBulletinXlsx } from '../../src/reports/bulletin/render-bulletin-xlsx.ts';
import { sampleBulletin } from '../fixtures/bulletin/sample-bulletin.ts';
import { sampleRegisters } from '../fixtures/bulletin/sample-bulletin-registers.ts';
import { pdfText, requireTool } from './external-tools.ts';

const timeout = 180_000;
const document = { ...sampleBulletin(), registers: sampleRegisters() };
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderBulletinXlsx(document)) as unknown as ArrayBuffer);
}, timeout);

/** The cells of the row whose first column holds `label`, from column 1. */
function rowValues(sheetName: string, label: string): ExcelJS.Cell[] {
  const sheet = workbook.getWorksheet(sheetName)!;
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) found ??= row;
  });
  expect(found, `${sheetName}: ${label}`).toBeDefined();
  return Array.from({ length: sheet.columnCount }, (_, index) => found!.getCell(index + 1));
}

describe('the register section as xlsx', () => {
  it('has its four sheets between 目标进度 and 预警', () => {
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(names.indexOf('目标进度'))).toEqual([
      '目标进度',
      '重大项目',
      '企业培育',
      '整治提升',
      '平台载体',
      '预警',
    ]);
  });

  it('writes the projects in 亿元, the withheld unit as "x", counts and rates as numbers', () => {
    const city = rowValues('重大项目', '全市');
    expect(city.slice(1, 6).map((cell) => cell.value)).toEqual([12, 45.6, 36.48, 0.8, 0.75]);
    expect(city[2]!.numFmt).toBe('0.00');
    expect(city[4]!.numFmt).toBe('0.0%');
    expect(city[6]!.value).toBe('9/12');
    const nanhu = rowValues('重大项目', '南湖区');
    expect(nanhu.slice(1, 5).map((cell) => cell.value)).toEqual([1, 'x', 'x', 'x']);
    expect(String(workbook.getWorksheet('重大项目')!.getCell('A2').value)).toContain('重大项目推进情况（1-10月）');
  });

  it('writes the pools, rectification and platforms with their targets', () => {
    expect(rowValues('企业培育', '单项冠军企业').map((cell) => cell.value)).toEqual([
      '单项冠军企业',
      7,
      1,
      '制造业单项冠军企业',
      10,
      7,
      0.7,
    ]);
    expect(rowValues('企业培育', '雄鹰企业').map((cell) => cell.value)).toEqual([
      '雄鹰企业',
      18,
      3,
      '—',
      '—',
      '—',
      '—',
    ]);
    const tongxiang = rowValues('整治提升', '桐乡市').map((cell) => cell.value);
    expect(tongxiang).toEqual(['桐乡市', 5, 1, 1, 0, 0, 0, 3, 0, 1, 98.5, 2100, 0.6, 0.75, 0.985, '—']);
    expect(rowValues('平台载体', '新型工业化产业示范基地').map((cell) => cell.value)).toEqual([
      '新型工业化产业示范基地',
      6,
      '国家级新型工业化产业示范基地',
      5,
      3,
      0.6,
    ]);
  });

  it('leaves the section out of a document without it', async () => {
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load((await renderBulletinXlsx(sampleBulletin())) as unknown as ArrayBuffer);
    expect(plain.worksheets.map((sheet) => sheet.name)).not.toContain('重大项目');
  });
});

describe('the register section in the PDF', { timeout }, () => {
  let browser: Browser;
  let text: string;
  beforeAll(async () => {
    await requireTool('/usr/bin/chromium', 'chromium and fonts-noto-cjk');
    browser = await launchChromium();
    text = (await pdfText(await renderBulletinPdf(document, { browser }))).replace(/\s+/g, '');
  }, timeout);
  afterAll(async () => {
    await browser?.close();
  });

  it('has the section title, its four parts and their figures', () => {
    for (const expected of [
      '六、重点工作推进',
      '（一）重大项目',
      '（二）企业培育',
      '（三）整治提升',
      '（四）平台载体',
      '七、预警提示',
      '重大项目推进情况（1-10月）',
      '全市1245.6036.4880.075.09/122',
      '南湖区1xxx100.01/10',
      '单项冠军企业71制造业单项冠军企业10770.0',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
