/**
 * Targets in a real browser on the demo data: the leader sees every 2025 target grouped by policy section with the
 * source of each figure (the platform counts from the register; the investment growth rate against the 15 % rate,
 * met or not with the gap in points) and no entry form; the city administrator records
 * an actual for 全球性品牌 and sees it shown as a manual figure.
 */
import { join } from 'node:path';
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

describe('targets', () => {
  it('shows every target by section and records a manual actual', { timeout: 360_000 }, async () => {
    const page = await openPage(browser, { width: 1440, height: 2400 });
    await signIn(page, browserFixture().accounts.leader, '/targets');
    await page.getByRole('heading', { name: '目标任务', level: 1 }).waitFor();
    const platforms = page.getByRole('region', { name: '四(一) 平台载体' });
    await platforms.waitFor();
    await expect(platforms.textContent()).resolves.toContain('名录');
    await page.getByRole('progressbar', { name: '国家级新型工业化产业示范基地（5家左右）' }).waitFor();
    await expect(page.getByRole('region', { name: '四(八) 开放合作' }).textContent()).resolves.toContain('暂无数据');
    await expect(page.getByRole('form', { name: '录入实际值' }).count()).resolves.toBe(0);
    const investment = page.getByRole('region', { name: '四(三) 工业投资' });
    await expect(investment.textContent()).resolves.toMatch(/(已达标|未达标).*(高于|低于)目标 [\d.]+个百分点/);
    await investment.screenshot({ path: join(browserFixture().screenshotDir, '99-targets-investment-growth.png') });
    await saveScreenshot(page, '99-targets');
    await platforms.screenshot({ path: join(browserFixture().screenshotDir, '99-targets-platform-section.png') });
    await page.context().close();

    const admin = await openPage(browser, { width: 1440, height: 2400 });
    await signIn(admin, browserFixture().accounts.importer, '/targets');
    const form = admin.getByRole('form', { name: '录入实际值' });
    await form.waitFor();
    await form.getByLabel('目标', { exact: true }).selectOption({ label: '全球性品牌（5个以上）' });
    await form.getByLabel(/实际值/).fill('2');
    await form.getByLabel('数据来源').fill('市市场监管局年度统计（演示）');
    await form.getByRole('button', { name: '保存' }).click();
    const brands = admin.getByRole('region', { name: '四(七) 标准与品牌' });
    await brands.getByText('人工录入').first().waitFor();
    await expect(brands.textContent()).resolves.toContain('市市场监管局年度统计（演示）');
    await saveScreenshot(admin, '99-targets-manual');
    await brands.screenshot({ path: join(browserFixture().screenshotDir, '99-targets-manual-section.png') });
    await admin.context().close();
  });
});
