/**
 * Uploading register lists in a real browser on the demo data, as the city administrator (the importer account):
 * on /rectification a 整治清单 for the year before the demo's list — first with problems (shown in the grid at their
 * row and column, nothing stored), then clean (the cases appear under that year); on /platforms a 平台载体名单 with
 * problems, then one adding two platforms. The files are written the way the demo writes its own lists
 * (src/demo/rectification-file.ts, platforms-file.ts), with the demo's firms and units. An analyst sees no panel.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformListLayout } from '../../../server/src/demo/platforms-file.ts';
import { rectificationListLayout } from '../../../server/src/demo/rectification-file.ts';
import { DEMO_UNITS } from '../../../server/src/demo/reporting-units.ts';
import { xlsxTableBytes, type TableCell, type TableLayout } from '../../../server/src/demo/xlsx-table-writer.ts';
import { browserFixture, launchBrowser, openPage, saveScreenshot, signIn } from './harness/browser-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface DemoCase {
  uscc: string;
  enterpriseName: string | null;
  reportingUnitId: string;
  year: number;
}

const unitName = (id: string) => DEMO_UNITS.find((unit) => unit.id === id)!.name;
const fetchJson = <T>(page: Page, path: string) =>
  page.evaluate(async (url) => (await fetch(url, { credentials: 'same-origin' })).json(), path) as Promise<T>;

async function upload(page: Page, fileName: string, layout: TableLayout) {
  const panel = page.getByRole('region', { name: /^导入/ });
  await panel.getByLabel('文件').setInputFiles({
    name: fileName,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsxTableBytes(layout),
  });
  await panel.getByRole('button', { name: '上传并导入' }).click();
  return panel;
}

describe('register list uploads', () => {
  it('a bad then a good 整治清单 on /rectification', { timeout: 360_000 }, async () => {
    const page = await openPage(browser, { width: 1440, height: 1400 });
    await signIn(page, browserFixture().accounts.importer, '/rectification?tab=cases');
    await page.getByRole('table', { name: '整治案件' }).waitFor();
    const demoCases = await fetchJson<DemoCase[]>(page, '/api/rectification/cases');
    expect(demoCases.length).toBeGreaterThan(3);
    // The year before the demo's list: the page's default year (the latest with cases) stays the demo's for the
    // other browser files sharing this server.
    const listYear = Math.max(...demoCases.map((c) => c.year)) - 1;
    const [a, b, c, d] = demoCases;
    const firm = (entry: DemoCase): TableCell[] => [entry.uscc, entry.enterpriseName, unitName(entry.reportingUnitId)];
    const deadline = `${listYear}-12-28`;
    await page.getByLabel('清单年度').fill(String(listYear));

    const bad = await upload(
      page,
      `高耗低效企业整治清单_${listYear}年_有误.xlsx`,
      rectificationListLayout(listYear, [
        [...firm(a!), '亩均评价', 12.5, null, 300, '改造提升', '验收', deadline, null, null, 1.8, null, null],
        [...firm(b!), '属地上报', 8, null, 150, '推倒重来', '实施', deadline, null, null, null, null, null],
        [
          b!.uscc,
          b!.enterpriseName,
          '火星区',
          '属地上报',
          8,
          null,
          150,
          '改造提升',
          '实施',
          '9月底',
          null,
          null,
          null,
          null,
          null,
        ],
      ]),
    );
    await bad.getByRole('alert').getByText('文件有问题，整份未导入', { exact: false }).waitFor();
    const badCells = bad.locator('.issue-grid td.bad');
    await expect(badCells.count()).resolves.toBeGreaterThanOrEqual(4);
    await expect(bad.locator('.issue-grid').textContent()).resolves.toContain('整治方式');
    await saveScreenshot(page, '100-rectification-upload-refused');
    await expect(fetchJson<DemoCase[]>(page, `/api/rectification/cases?year=${listYear}`)).resolves.toEqual([]);

    const good = await upload(
      page,
      `高耗低效企业整治清单_${listYear}年.xlsx`,
      rectificationListLayout(listYear, [
        [...firm(a!), '亩均评价', 12.5, null, 300, '改造提升', '验收', deadline, 3, 120, 1.8, 4.2, null],
        [...firm(b!), '属地上报', 8, null, 150, '关停退出', '实施', deadline, null, null, null, null, null],
        [...firm(c!), '亩均评价', 20, null, 600, null, '摸排', deadline, null, null, null, null, null],
        [...firm(d!), '属地上报', 5, null, 90, null, '不予认定', null, null, null, null, null, '核查后已转型'],
      ]),
    );
    await good.getByRole('status').getByText(`已导入 4 件${listYear}年整治案件`, { exact: false }).waitFor();
    await page.goto(`${browserFixture().baseUrl}/rectification?tab=cases&year=${listYear}`);
    const cases = page.getByRole('table', { name: '整治案件' });
    await expect
      .poll(async () => (await cases.locator('tbody tr').count()) === 4, { timeout: 60_000, interval: 500 })
      .toBe(true);
    await saveScreenshot(page, '101-rectification-upload-imported');
    await page.context().close();
  });

  it('a bad then a good 平台载体名单 on /platforms; no panel for the analyst', { timeout: 360_000 }, async () => {
    const page = await openPage(browser, { width: 1440, height: 1400 });
    await signIn(page, browserFixture().accounts.importer, '/platforms');
    await page.getByRole('table', { name: '平台载体名录' }).waitFor();
    const year = Number(browserFixture().latestPeriod.slice(0, 4));
    const bad = await upload(
      page,
      `平台载体名单_${year}年_有误.xlsx`,
      platformListLayout(year, [
        [
          '嘉善智能传感特色产业园（演示）',
          '特色产业园',
          '省级',
          '嘉善县',
          '智能家居',
          `${year}-03-05`,
          null,
          '认定',
          null,
        ],
        ['海盐核电装备未来工厂（演示）', '未来工厂', '省级', '海盐县', '新能源', `${year}-04-10`, null, '认定', null],
        [
          '秀洲光伏工业设计基地（二期）（演示）',
          '工业设计基地',
          '省级',
          '秀洲区',
          '新能源',
          '2025年13月1日',
          null,
          '认定',
          null,
        ],
      ]),
    );
    await bad.getByRole('alert').waitFor();
    await expect(bad.locator('.issue-grid td.bad').count()).resolves.toBeGreaterThanOrEqual(2);
    await saveScreenshot(page, '102-platforms-upload-refused');
    const register = page.getByRole('table', { name: '平台载体名录' });
    await expect(register.textContent()).resolves.not.toContain('嘉善智能传感特色产业园');

    const good = await upload(
      page,
      `平台载体名单_${year}年_补充.xlsx`,
      platformListLayout(year, [
        [
          '嘉善智能传感特色产业园（演示）',
          '特色产业园',
          '省级',
          '嘉善县',
          '智能家居',
          `${year}-03-05`,
          `浙经信〔${year}〕31号（演示）`,
          '认定',
          null,
        ],
        [
          '海盐核电装备工业设计基地（演示）',
          '工业设计基地',
          '省级',
          '海盐县',
          '新能源',
          `${year}-04-10`,
          `浙经信〔${year}〕32号（演示）`,
          '认定',
          null,
        ],
      ]),
    );
    await good.getByRole('status').getByText('新增平台 2 个', { exact: false }).waitFor();
    await register.getByText('嘉善智能传感特色产业园（演示）').waitFor();
    await saveScreenshot(page, '103-platforms-upload-imported');
    await page.context().close();

    const analyst = await openPage(browser, { width: 1440, height: 1000 });
    await signIn(analyst, browserFixture().accounts.analyst, '/platforms');
    await analyst.getByRole('table', { name: '平台载体名录' }).waitFor();
    await expect(analyst.getByRole('region', { name: '导入平台载体名单' }).count()).resolves.toBe(0);
    await analyst.context().close();
  });
});
