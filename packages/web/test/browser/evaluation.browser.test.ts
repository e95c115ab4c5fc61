/**
 * The 亩均 evaluation pages in a real browser: an analyst opens the evaluation home, the published run of the demo
 * data (class distribution chart, the results list filtered by class), and one enterprise's explanation with its
 * score waterfall.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserFixture, launchBrowser, openPage, saveScreenshot, signIn } from './harness/browser-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('evaluation', () => {
  it('opens the published run, filters its results by class and explains one enterprise', async () => {
    const { accounts, publishedRunId } = browserFixture();
    const page = await openPage(browser);
    await signIn(page, accounts.analyst, '/evaluation');
    await page.getByRole('heading', { name: /亩均论英雄/ }).waitFor();
    await page.getByRole('tab', { name: '评价方案' }).waitFor();

    const runs = page.getByRole('table').filter({ has: page.getByText('评价批次', { exact: true }) });
    await runs
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: String(publishedRunId), exact: true }) })
      .first()
      .click();
    await page.waitForURL(`**/evaluation/runs/${publishedRunId}`);
    await page.getByRole('heading', { name: new RegExp(`批次 ${publishedRunId}`) }).waitFor();
    await expect(page.getByText('已发布', { exact: true }).first().isVisible()).resolves.toBe(true);

    const chart = page.getByRole('img', { name: '各县（市、区）等级分布图' });
    await chart.and(page.locator('[data-rendered="true"]')).waitFor();
    await expect(chart.locator('svg').count()).resolves.toBeGreaterThan(0);

    const results = page.getByRole('region', { name: '评价结果' });
    const rowCount = results.getByText(/^\d+ 行$/);
    const before = await rowCount.textContent();
    expect(Number(before!.replace(/\D/g, ''))).toBeGreaterThan(0);
    await saveScreenshot(page, '40-evaluation-run');

    await results.getByLabel('等级').selectOption('D');
    await results.getByText(before!, { exact: true }).waitFor({ state: 'detached' });
    const afterD = Number((await rowCount.textContent())!.replace(/\D/g, ''));
    expect(afterD).toBeLessThan(Number(before!.replace(/\D/g, '')));
    const shownClasses = await results.locator('tbody tr td:nth-child(10)').allTextContents();
    expect(shownClasses.every((text) => text === 'D')).toBe(true);

    await results.getByLabel('等级').selectOption('');
    await results.getByText(before!, { exact: true }).waitFor();
    await results.locator('tbody tr').first().click();
    await page.waitForURL(`**/evaluation/runs/${publishedRunId}/enterprises/*`);
    await page.getByRole('heading', { name: '指标、基准值、权重与得分' }).waitFor();
    const waterfall = page.getByRole('img', { name: '得分构成瀑布图' });
    await waterfall.and(page.locator('[data-rendered="true"]')).waitFor();
    await expect(page.getByRole('heading', { name: '评价等级' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('table').filter({ hasText: '亩均税收' }).count()).resolves.toBeGreaterThan(0);
    await page.getByText('加载中…').first().waitFor({ state: 'detached' });
    await saveScreenshot(page, '41-evaluation-explanation');
    await page.context().close();
  });

  it('shows a county user the published run of its own unit only, without the city-wide tabs', async () => {
    const { accounts, publishedRunId } = browserFixture();
    const page = await openPage(browser);
    await signIn(page, accounts.countyA, `/evaluation/runs/${publishedRunId}`);
    await page.getByRole('heading', { name: new RegExp(`批次 ${publishedRunId}`) }).waitFor();
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs).toEqual(['评价结果', '申诉']);
    const distribution = page.getByRole('region', { name: '等级分布' });
    await distribution.getByRole('table').waitFor();
    await expect(distribution.locator('tbody tr').count()).resolves.toBe(1);
    await page.context().close();
  });
});
