/**
 * The bulletin's register section 重点工作推进 in a real browser on the demo data: an analyst sees its four tables
 * (重大项目, 企业培育, 整治提升, 平台载体) with investment in 亿元 and counts as numbers; a county's staff, reading the
 * bulletin for their own unit, see only their unit's project and rectification rows beside the city's.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserFixture, launchBrowser, openPage, signIn } from './harness/browser-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the bulletin register section', () => {
  it('shows the four register tables in the bureau formats', { timeout: 240_000 }, async () => {
    const { accounts, latestPeriod, screenshotDir } = browserFixture();
    const page = await openPage(browser);
    await signIn(page, accounts.analyst, `/bulletin?period=${latestPeriod}`);
    const heading = page.getByRole('heading', { name: /重点工作推进/ });
    await heading.waitFor({ timeout: 120_000 });

    const projects = page.getByRole('table', { name: /重大项目推进情况/ });
    const city = await projects.getByRole('row').filter({ hasText: '全市' }).getByRole('cell').allTextContents();
    expect(Number(city[1])).toBeGreaterThan(0);
    expect(city[2]).toMatch(/^(\d+\.\d\d|x)$/);
    expect(city[5]).toMatch(/^(\d+\.\d|—)$/);
    await expect(projects.getByRole('columnheader', { name: /年度计划投资（亿元）/ }).count()).resolves.toBe(1);
    const pools = page.getByRole('table', { name: /企业培育库/ });
    await expect(pools.getByRole('row').filter({ hasText: '雄鹰企业' }).count()).resolves.toBe(1);
    await expect(page.getByRole('table', { name: /高耗低效企业整治提升/ }).count()).resolves.toBe(1);
    const platforms = page.getByRole('table', { name: /平台载体建设/ });
    await expect(
      platforms.getByRole('row').filter({ hasText: '新型工业化产业示范基地' }).count(),
    ).resolves.toBeGreaterThan(0);

    const section = page.locator('section.bulletin-section').filter({ has: heading });
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: join(screenshotDir, '31-bulletin-registers.png') });
    await page.context().close();
  });

  it("gives a county's staff their own unit's rows and the city's", { timeout: 240_000 }, async () => {
    const { accounts, latestPeriod, unitA } = browserFixture();
    const page = await openPage(browser);
    await signIn(page, accounts.countyA, `/bulletin?period=${latestPeriod}&audience=unit:${unitA}`);
    await page.getByRole('heading', { name: /重点工作推进/ }).waitFor({ timeout: 120_000 });
    const projects = page.getByRole('table', { name: /重大项目推进情况/ });
    const rows = await projects.getByRole('row').allTextContents();
    // The header row, the city's row and at most the unit's own.
    expect(rows.length).toBeLessThanOrEqual(3);
    expect(rows.some((row) => row.includes('全市'))).toBe(true);
    await page.context().close();
  });
});
