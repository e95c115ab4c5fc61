/**
 * The bulletin's files as a reader gets them: the xlsx opened by LibreOffice (every sheet converted to CSV) and
 * read back with exceljs (numbers are numbers with number formats; withheld cells are "x", never 0), the PDF
 * read by pdftotext (Chinese text, the figures, the synthetic notice, page numbers), and the chart options
 * pinned by snapshots. Needs chromium, libreoffice and pdftotext (CI installs them); a missing tool fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clusterChartOption,
  targetProgressChartOption,
  unitRankingChartOption,
} from '../../src/reports/bulletin/bulletin-charts.ts';
import { renderBulletinPdf } from '../../src/reports/bulletin/render-bulletin-pdf.ts';
import { renderBulletinXlsx } from '../../src/reports/bulletin/render-bulletin-xlsx.ts';
import { sampleBulletin } from '../fixtures/bulletin/sample-bulletin.ts';

const timeoutMs = 120_000;
const document = sampleBulletin();
let dir: string;
let xlsxPath: string;
let pdfPath: string;

function requireTool(path: string, debianPackage: string): void {
  expect(existsSync(path), `${path} is missing: apt-get install ${debianPackage}`).toBe(true);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'observatory-bulletin-'));
  xlsxPath = join(dir, 'bulletin.xlsx');
  pdfPath = join(dir, 'bulletin.pdf');
  writeFileSync(xlsxPath, await renderBulletinXlsx(document));
  writeFileSync(pdfPath, await renderBulletinPdf(document));
}, timeoutMs);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bulletin as xlsx', { timeout: timeoutMs }, () => {
  it('opens in LibreOffice: every sheet converts to CSV with the Chinese labels and the figures as printed', () => {
    requireTool('/usr/bin/libreoffice', 'libreoffice-calc-nogui');
    const out = join(dir, 'csv');
    execFileSync(
      'libreoffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        // comma, double quote, UTF-8, from line 1, …, cells as shown, every sheet to its own file
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
        '--outdir',
        out,
        xlsxPath,
      ],
      { timeout: timeoutMs, stdio: 'pipe' },
    );
    const sheets = new Map(
      readdirSync(out).map((file) => [file.replace(/^bulletin-|\.csv$/g, ''), readFileSync(join(out, file), 'utf8')]),
    );
    expect([...sheets.keys()]).toEqual(expect.arrayContaining(['总览', '区县排名', '目标进度', '预警']));
    expect(sheets.get('总览')).toContain('嘉兴市产业集群专刊（2024年1-10月）');
    expect(sheets.get('总览')).toMatch(/规上工业总产值,亿元,12662\.4,11800\.2,7\.3/);
    const sanda = [...sheets].find(([name]) => name.includes('三大') && !name.startsWith('区县'))![1];
    expect(sanda).toContain('现代纺织服装产业集群,2278.3,2103.7,8.3%');
    for (const text of sheets.values()) expect(text).toContain('合成演示数据');
  });

  it('keeps numbers as numbers with number formats, and withheld cells as "x" (never 0)', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    const sanda = workbook.worksheets.find((sheet) => sheet.name.includes('三大') && !sheet.name.startsWith('区县'))!;
    let textiles: ExcelJS.Row | undefined;
    sanda.eachRow((row) => {
      if (row.getCell(1).value === '现代纺织服装产业集群') textiles = row;
    });
    expect(textiles, 'a row for 现代纺织服装产业集群').toBeDefined();
    expect(textiles!.getCell(2).value).toBeCloseTo(2278.3, 6);
    expect(textiles!.getCell(2).numFmt).toMatch(/0\.0/);
    const withheld: ExcelJS.CellValue[] = [];
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === 'x') withheld.push(cell.value);
        }),
      );
    const suppressedInDocument = [
      ...document.unitMatrices.flatMap((matrix) => [
        ...matrix.cells.flat(),
        ...matrix.unitTotals,
        ...matrix.clusterTotals,
      ]),
      ...document.systems.flatMap((system) => system.rows.map((row) => row.value)),
    ].filter((cell) => cell.suppressed);
    expect(suppressedInDocument.length).toBeGreaterThan(0);
    expect(withheld.length).toBeGreaterThanOrEqual(suppressedInDocument.length);
  });
});

describe('the bulletin as PDF', { timeout: timeoutMs }, () => {
  it('shows Chinese text, the figures, the synthetic notice and page numbers (pdftotext)', () => {
    requireTool('/usr/bin/pdftotext', 'poppler-utils');
    requireTool('/usr/bin/chromium', 'chromium fonts-noto-cjk');
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('嘉兴市产业集群专刊');
    expect(text).toContain('2024年1-10月');
    expect(text).toContain('现代纺织服装产业集群2278.3亿元，增长8.3%');
    expect(text).toContain('【合成演示数据 SYNTHETIC DEMO】');
    expect(text).toMatch(/第1页 \/ 共\d+页/);
    expect(text).not.toContain('□');
  });
});

describe('chart options', () => {
  it('are pinned by snapshots', () => {
    expect(clusterChartOption(document.systems[0]!, document.period)).toMatchSnapshot();
    expect(unitRankingChartOption(document)).toMatchSnapshot();
    expect(targetProgressChartOption(document.targets)).toMatchSnapshot();
  });
});
