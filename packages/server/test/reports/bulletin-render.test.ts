/**
 * The bulletin's files as a reader gets them: the xlsx opened by LibreOffice (every sheet converted to CSV,
 * values as displayed) and read back with exceljs (numbers are numbers with number formats; withheld cells
 * are "x", never 0), the PDF read by pdftotext (Chinese text, the figures, the synthetic notice, page numbers
 * on every page) and pdffonts. Needs chromium, libreoffice and poppler-utils (CI installs them); a missing
 * tool fails the test with a message saying what to install.
 */
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/reports/bulletin/chromium.ts';
import { renderBulletinPdf } from '../../src/reports/bulletin/render-bulletin-pdf.ts';
import { renderBulletinXlsx } from '../../src/reports/bulletin/render-bulletin-xlsx.ts';
import { sampleBulletin } from '../fixtures/bulletin/sample-bulletin.ts';
import { pdfFonts, pdfText, requireTool, xlsxSheetsAsCsv } from './external-tools.ts';

const timeout = 180_000;
const document = sampleBulletin();
const SHEETS = {
  wuda: '嘉兴市“五大”先进制造业产业集群',
  sanda: '嘉兴市三大传统优势产业集群',
  wudaMatrix: '区县×嘉兴市“五大”先进制造业产业集群',
  sandaMatrix: '区县×嘉兴市三大传统优势产业集群',
};

let xlsx: Buffer;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  xlsx = await renderBulletinXlsx(document);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
}, timeout);

/** The row whose first column holds `label`. */
function rowOf(sheetName: string, label: string): ExcelJS.Row {
  const sheet = workbook.getWorksheet(sheetName);
  expect(sheet, `sheet ${sheetName}`).toBeDefined();
  let found: ExcelJS.Row | undefined;
  sheet!.eachRow((row) => {
    if (row.getCell(1).value === label || row.getCell(2).value === label) found ??= row;
  });
  expect(found, `${sheetName}: a row ${label}`).toBeDefined();
  return found!;
}

describe('the bulletin as xlsx, read back with exceljs', () => {
  it('has one sheet per section, in order', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '总览',
      SHEETS.wuda,
      SHEETS.sanda,
      SHEETS.wudaMatrix,
      SHEETS.sandaMatrix,
      '区县排名',
      '目标进度',
      '预警',
    ]);
  });

  it.each<[string, string, number, number, string]>([
    // sheet, row, column, value, number format
    [SHEETS.sanda, '现代纺织服装产业集群', 2, 2278.3, '0.0'],
    [SHEETS.sanda, '现代纺织服装产业集群', 4, 0.083, '0.0%'],
    [SHEETS.sanda, '现代纺织服装产业集群', 9, 2215, '0'],
    [SHEETS.wuda, '新能源产业集群', 6, -0.46, '0.0'],
    ['总览', '利润总额', 5, 0.063, '0.0%"*"'],
    ['总览', '规上工业增加值', 6, 0.082, '0.0%'],
    [SHEETS.wudaMatrix, '全市', 2, 2556.1, '0.0'],
    ['区县排名', '桐乡市', 1, 1, '0'],
    ['目标进度', '现代纺织产业集群', 4, 3000, '0.0'],
  ])('%s › %s › column %d is the number %d formatted %s', (sheet, label, column, value, numFmt) => {
    const cell = rowOf(sheet, label).getCell(column);
    expect(typeof cell.value).toBe('number');
    expect(cell.value as number).toBeCloseTo(value, 2);
    expect(cell.numFmt).toBe(numFmt);
  });

  it('writes every withheld figure as the text "x", never a number', () => {
    const matrix = document.unitMatrices[0]!;
    let checked = 0;
    matrix.cells.forEach((row, u) =>
      row.forEach((cell, c) => {
        const shown = rowOf(SHEETS.wudaMatrix, matrix.units[u]!.name.zh).getCell(c + 2).value;
        if (cell.suppressed) {
          expect(shown).toBe('x');
          checked += 1;
        } else expect(typeof shown).toBe('number');
      }),
    );
    expect(checked).toBe(4);
    for (const label of ['光伏产业', '核电及关联产业']) {
      const row = rowOf(SHEETS.wuda, label);
      for (let column = 2; column <= 9; column += 1) expect(row.getCell(column).value).toBe('x');
    }
    expect(rowOf(SHEETS.sandaMatrix, '嘉兴港区').getCell(4).value).toBe('—');
  });

  it('never writes 0 where the document has no number', () => {
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === 0) throw new Error(`${sheet.name}!${cell.address} is 0`);
        }),
      );
    }
  });

  it('has title rows, a merged two-row header, frozen panes, widths, A4 landscape and the synthetic label', () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A1').value).toBe('嘉兴市产业集群专刊（2024年1-10月）');
      expect(String(sheet.getCell('A4').value)).toContain('【合成演示数据 SYNTHETIC DEMO】');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1 });
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
      expect(sheet.headerFooter.oddHeader).toContain('合成演示数据');
      expect(sheet.headerFooter.oddFooter).toContain('第 &P 页');
    }
    const wuda = workbook.getWorksheet(SHEETS.wuda)!;
    expect(wuda.views[0]).toMatchObject({ ySplit: 6 });
    expect(String(wuda.getCell('B5').value)).toBe(
      '规上工业总产值（亿元）\ngross industrial output (above designated size) (100 million yuan)',
    );
    expect(wuda.getCell('C5').isMerged && wuda.getCell('C5').master.address).toBe('B5');
    expect(wuda.getCell('A6').master.address).toBe('A5');
    expect(String(wuda.getCell('B6').value)).toBe('1-10月\nJan–Oct');
    expect(wuda.getColumn(1).width).toBe(30);
  });
});

describe('the bulletin as xlsx, opened by LibreOffice', { timeout }, () => {
  let sheets: Map<string, string>;
  beforeAll(async () => {
    sheets = await xlsxSheetsAsCsv(xlsx);
  }, timeout);

  it('converts every sheet', () => {
    expect([...sheets.keys()].sort()).toEqual(workbook.worksheets.map((sheet) => sheet.name).sort());
  });

  it('shows the Chinese labels and the figures as the bureau writes them', () => {
    const overview = sheets.get('总览')!;
    expect(overview).toContain('嘉兴市产业集群专刊（2024年1-10月）');
    expect(overview).toMatch(/规上工业总产值,亿元,12662\.4,11800\.2,7\.3%,—/);
    expect(overview).toContain('利润总额,亿元,602.3,566.6,6.3%*,—');
    expect(overview).toContain('出口交货值,亿元,2210.4,2244.1,-1.5%,—');
    expect(sheets.get(SHEETS.sanda)).toContain('现代纺织服装产业集群,2278.3,2103.7,8.3%,18.0%,1.5,20.3%,1,2215');
    expect(sheets.get(SHEETS.wuda)).toContain('核电及关联产业,x,x,x,x,x,x,x,x');
    expect(sheets.get(SHEETS.wudaMatrix)).toContain('嘉兴港区,8.2,13.1,1695.4,x,x,1722.3');
    expect(sheets.get('区县排名')).toContain('1,桐乡市,1996.4,8.9%,4,15.8%,1.4');
    expect(sheets.get('目标进度')).toContain(
      '新能源产业集群,规上工业总产值,2025,1000.0,亿元,2023,1385.2,138.5%,-15.0%,11.4%,达到进度',
    );
    expect(sheets.get('预警')).toContain('红色预警,新能源产业集群,1-10月规上工业总产值下降4.7%，已连续6个月负增长。');
  });

  it('carries the synthetic label and the legend of the marks used', () => {
    for (const [name, text] of sheets) expect(text, name).toContain('【合成演示数据 SYNTHETIC DEMO】');
    expect(sheets.get(SHEETS.wudaMatrix)).toContain('“x”表示依照《中华人民共和国统计法》');
    expect(sheets.get(SHEETS.sandaMatrix)).toContain('“—”表示无数据或无法计算');
    expect(sheets.get(SHEETS.sandaMatrix)).not.toContain('“x”表示');
  });
});

describe('the bulletin as PDF', { timeout }, () => {
  let browser: Browser;
  let text: string;
  let pdf: Buffer;
  beforeAll(async () => {
    await requireTool('/usr/bin/chromium', 'chromium and fonts-noto-cjk');
    browser = await launchChromium();
    pdf = await renderBulletinPdf(document, { browser });
    text = await pdfText(pdf);
  }, timeout);
  afterAll(async () => {
    await browser?.close();
  });

  it('is an A4 PDF whose text is Chinese, with the titles, cluster names and figures', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const flat = text.replace(/\s+/g, '');
    for (const expected of [
      '嘉兴市产业集群专刊',
      '2024年1-10月',
      '一、全市规上工业主要指标',
      '二、产业集群运行情况',
      '六、预警提示',
      '表1全市规上工业主要指标',
      '图1嘉兴市“五大”先进制造业产业集群规上工业总产值及增速',
      '现代纺织服装产业集群2278.3亿元，增长8.3%',
      '出口交货值2210.4亿元，下降1.5%',
      '拉动3.3个百分点',
      '化纤新材料',
      '核电及关联产业xxxxxxxx',
      '“x”表示依照《中华人民共和国统计法》',
      '1-10月规上工业总产值下降4.7%',
    ]) {
      expect(flat).toContain(expected);
    }
  });

  it('has the charts as text (cluster names and labels drawn from SVG)', () => {
    expect(text).toMatch(/现代纺织服装\s/);
    expect(text).toContain('+8.3%');
    expect(text).toContain('1996.4（+8.9%）');
  });

  it('says synthetic and numbers the page on every page', () => {
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, index) => {
      expect(page).toContain('【合成演示数据 SYNTHETIC DEMO】');
      expect(page.replace(/\s+/g, '')).toContain(`第${index + 1}页/共${pages.length}页`);
    });
  });

  it('embeds every font it uses', async () => {
    const fonts = (await pdfFonts(pdf))
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\byes\s+\w+\s+yes\b/);
  });

  it('leaves the synthetic label out of a bulletin of real data', async () => {
    const real = await pdfText(await renderBulletinPdf({ ...document, synthetic: false }, { browser }));
    expect(real).toContain('嘉兴市产业集群专刊');
    expect(real).not.toContain('合成演示数据');
  });
});
