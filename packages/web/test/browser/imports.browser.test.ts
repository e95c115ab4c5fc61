/**
 * Imports in a real browser: the importer (city_admin) uploads a monthly statistics CSV with a wrong USCC, a text
 * in a number cell and an empty required cell; the report names each row and column, highlights the bad cells,
 * and the history shows the batch as rejected with nothing stored.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserFixture, launchBrowser, openPage, saveScreenshot, signIn } from './harness/browser-kit.ts';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'observatory-import-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A stats-monthly report (title with the period, unit line, one header row) with an empty USCC (row 4, required),
 * a wrong USCC (row 5) and a text in a number cell (row 6).
 */
function brokenStatsCsv(): string {
  const { latestPeriod, enterpriseB } = browserFixture();
  const [year, month] = latestPeriod.split('-').map(Number);
  return [
    `嘉兴市${year}年1-${month}月规模以上工业企业主要经济指标`,
    '单位：万元',
    '统一社会信用代码,企业名称,工业总产值本年累计,工业总产值上年同期',
    ',甲企业,1200.5,1100',
    '9133040212345678XX,乙企业,800,700',
    `${enterpriseB},丙企业,abc,600`,
  ].join('\n');
}

describe('imports', () => {
  it('shows the validation report of a bad file with rows, columns and highlighted cells; nothing is stored', async () => {
    const file = join(dir, 'stats-broken.csv');
    writeFileSync(file, `${brokenStatsCsv()}\n`);
    const page = await openPage(browser);
    await signIn(page, browserFixture().accounts.importer, '/imports');
    await page.getByRole('heading', { name: '上传部门数据文件' }).waitFor();
    await page.getByLabel('文件', { exact: true }).setInputFiles(file);
    await page.getByLabel('数据来源').selectOption('stats-monthly');
    await page.getByRole('button', { name: '上传并校验' }).click();

    const report = page.getByRole('region', { name: '校验报告' });
    await report.getByText('文件有错误，整批拒收，未写入任何数据。').waitFor();
    await expect(report.locator('h2 .badge').textContent()).resolves.toBe('已拒收');

    // The grid: the bad cells of rows 4 to 6 with the file's values.
    const grid = report.locator('.issue-grid table');
    await expect(grid.locator('tbody th').allTextContents()).resolves.toEqual(expect.arrayContaining(['4', '5', '6']));
    await expect(grid.locator('td.bad', { hasText: '9133040212345678XX' }).count()).resolves.toBe(1);
    await expect(grid.locator('td.bad', { hasText: 'abc' }).count()).resolves.toBe(1);
    expect(await grid.locator('td.bad').count()).toBeGreaterThanOrEqual(3);

    // The issue list: row, column and the bilingual message.
    const issues = report.getByRole('table', { name: '问题清单' });
    const text = (await issues.textContent()) ?? '';
    expect(text).toContain('统一社会信用代码');
    expect(text).toMatch(/工业总产值/);
    expect(text).toMatch(/[\u4e00-\u9fff].*\(.*[a-z]/);
    await report.getByRole('button', { name: '下载问题报告 xlsx' }).waitFor();
    await saveScreenshot(page, '50-import-report');

    // The history: the attempt is kept as rejected, with no accepted rows.
    const batchLink = report.getByRole('link', { name: /批次 #\d+/ });
    const batchId = Number(((await batchLink.textContent()) ?? '').replace(/\D/g, ''));
    const history = page.getByRole('table', { name: '导入批次' });
    await history.getByRole('row').filter({ hasText: 'stats-broken.csv' }).getByText('已拒收').waitFor();
    const batch = (await (await page.request.get(`/api/imports/${batchId}`)).json()) as {
      status: string;
      rows: { accepted: number };
    };
    expect(batch).toMatchObject({ status: 'rejected', rows: { accepted: 0 } });

    // The batch page shows the same issues and no rollback for a batch that was never stored.
    await batchLink.click();
    await page.getByRole('heading', { name: `导入批次 #${batchId}` }).waitFor();
    await page.getByRole('table', { name: '问题清单' }).waitFor();
    await expect(page.getByRole('button', { name: '回退…' }).count()).resolves.toBe(0);
    await page.context().close();
  });
});
