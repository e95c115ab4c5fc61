/**
 * Platforms in a real browser on the demo data: the analyst sees the kind × unit table, the register with its status
 * badges and the promotion organisations per cluster; a county's staff see their own unit's platforms only.
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

describe('platforms', () => {
  it('shows platforms by kind and unit, the register and promotion organisations', { timeout: 360_000 }, async () => {
    const page = await openPage(browser, { width: 1440, height: 1600 });
    await signIn(page, browserFixture().accounts.analyst, '/platforms');
    await page.getByRole('heading', { name: '平台载体', level: 1 }).waitFor();
    const matrix = page.getByRole('table', { name: '认定有效的平台载体（按类别 × 县（市、区））' });
    await matrix.waitFor();
    await expect(matrix.textContent()).resolves.toContain('国家级新型工业化产业示范基地');
    const register = page.getByRole('table', { name: '平台载体名录' });
    await register.waitFor();
    await expect(register.textContent()).resolves.toMatch(/认定|复核/);
    await page.getByRole('heading', { name: '集群促进机构' }).waitFor();
    await page.getByText('嘉兴市现代纺织产业协会（演示）').waitFor();
    await saveScreenshot(page, '99-platforms');
    await page.context().close();

    const county = await openPage(browser, { width: 1440, height: 1200 });
    await signIn(county, browserFixture().accounts.countyA, '/platforms');
    const own = county.getByRole('table', { name: '平台载体名录' });
    await own.waitFor();
    const units = await own.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(units.length).toBeGreaterThan(0);
    expect(new Set(units)).toEqual(new Set([units[0]]));
    await saveScreenshot(county, '99-platforms-county');
    await county.context().close();
  });
});
