/**
 * The warnings centre in a real browser: the city administrator runs the rules when none have run, then
 * acknowledges a warning and closes it with a note.
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

describe('warnings', () => {
  it('acknowledges then closes a warning with a note', { timeout: 360_000 }, async () => {
    const page = await openPage(browser);
    await signIn(page, browserFixture().accounts.importer, '/warnings');
    await page.getByRole('heading', { name: '预警中心' }).waitFor();
    const table = page.getByRole('table', { name: '预警清单' });
    const empty = page.getByText('暂无预警', { exact: true });
    await table.or(empty).first().waitFor();
    if (await empty.isVisible()) {
      await page.getByRole('button', { name: '运行预警规则' }).click();
      await page
        .getByRole('status')
        .getByText(/已运行/)
        .waitFor({ timeout: 240_000 });
    }
    const row = table.getByRole('row').filter({ hasText: '待处理' }).first();
    await row.getByRole('button', { name: /处理/ }).click();

    const panel = page.locator('section.warning-handling');
    await panel.getByRole('button', { name: '确认预警' }).click();
    await panel.locator('dd', { hasText: '已确认' }).waitFor();
    await panel.getByLabel('处理情况说明').fill('已电话联系县经信局，核实为季节性停产');
    await panel.getByRole('button', { name: '关闭预警' }).click();
    await panel.locator('dd', { hasText: '已关闭' }).waitFor();
    await expect(panel.textContent()).resolves.toContain('季节性停产');

    await page.locator('details.warning-rules summary').click();
    await page.getByRole('table', { name: '当前规则' }).waitFor();
    await saveScreenshot(page, '70-warnings');
    await page.context().close();
  });
});
