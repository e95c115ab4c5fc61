/**
 * The monthly bulletin in a real browser: an analyst sees it as tables in the bureau's formats and downloads it
 * as xlsx (opens with exceljs) and PDF (starts with %PDF), with the server's file names.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserFixture, launchBrowser, openPage, saveScreenshot, signIn } from './harness/browser-kit.ts';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'bulletin-downloads-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function download(page: Page, button: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

describe('bulletin', () => {
  it('shows the bulletin as formatted tables and downloads it as xlsx and PDF', { timeout: 240_000 }, async () => {
    const { accounts, latestPeriod } = browserFixture();
    const [year, month] = latestPeriod.split('-').map(Number);
    const page = await openPage(browser);
    await signIn(page, accounts.analyst, `/bulletin?period=${latestPeriod}`);
    await page.getByRole('heading', { name: '嘉兴市产业集群发展专刊' }).waitFor();
    await page.getByText('发布范围').waitFor();

    const city = page.getByRole('table', { name: /全市规上工业主要指标/ });
    const output = city.getByRole('row').filter({ hasText: '工业总产值' });
    const cells = await output.getByRole('cell').allTextContents();
    expect(cells[1]).toBe('亿元');
    expect(cells[2]).toMatch(/^\d+\.\d$/);
    expect(cells[4]).toMatch(/^-?\d+\.\d$/);
    const system = page.getByRole('table', { name: /“五大”/ }).first();
    await expect(system.getByRole('columnheader', { name: '增长（%）' }).count()).resolves.toBe(1);
    await expect(system.getByRole('row').filter({ hasText: '合计' }).textContent()).resolves.toMatch(/\d+\.\d/);
    await saveScreenshot(page, '30-bulletin');

    const xlsx = await download(page, '下载 xlsx');
    expect(xlsx.name).toBe(`集群专刊_${year}年1-${month}月.xlsx`);
    expect(statSync(xlsx.path).size).toBeGreaterThan(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.path);
    expect(workbook.worksheets.length).toBeGreaterThan(0);

    const pdf = await download(page, '下载 PDF');
    expect(pdf.name).toBe(`集群专刊_${year}年1-${month}月.pdf`);
    expect(statSync(pdf.path).size).toBeGreaterThan(0);
    expect(readFileSync(pdf.path).subarray(0, 4).toString('latin1')).toBe('%PDF');
    await page.context().close();
  });
});
