/**
 * The rectification register in a real browser on the demo data set (its 整治清单 loaded with the demo): the
 * analyst reads the monthly 通报 (chart and table by unit); a county account sees only its own unit's cases, with
 * overdue badges; the city administrator opens a case from the candidates and moves it to 认定, the trail showing
 * the move.
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

describe('rectification', () => {
  it('shows the bulletin, scopes cases to the county, and runs a case to 认定', { timeout: 360_000 }, async () => {
    const analystPage = await openPage(browser, { width: 1440, height: 1200 });
    await signIn(analystPage, browserFixture().accounts.analyst, '/rectification');
    await analystPage.getByRole('heading', { name: '高耗低效企业整治' }).waitFor();
    const chart = analystPage.getByRole('img', { name: '各县整治案件进展' });
    await chart.and(analystPage.locator('[data-rendered="true"]')).waitFor();
    const bulletin = analystPage.getByRole('table', { name: '整治工作进展通报' });
    await bulletin.waitFor();
    await expect(bulletin.textContent()).resolves.toContain('全市合计');
    await saveScreenshot(analystPage, '95-rectification-bulletin');
    await analystPage.context().close();

    const countyPage = await openPage(browser, { width: 1440, height: 1200 });
    await signIn(countyPage, browserFixture().accounts.countyA, '/rectification?tab=cases');
    const cases = countyPage.getByRole('table', { name: '整治案件' });
    await cases.waitFor();
    const unitCells = await cases.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(unitCells.length).toBeGreaterThan(0);
    expect(new Set(unitCells).size).toBe(1);
    await saveScreenshot(countyPage, '96-rectification-county-cases');
    await countyPage.context().close();

    const page = await openPage(browser, { width: 1440, height: 1200 });
    await signIn(page, browserFixture().accounts.importer, '/rectification?tab=candidates');
    const candidates = page.getByRole('table', { name: '整治候选企业' });
    await candidates.waitFor();
    await saveScreenshot(page, '97-rectification-candidates');
    await candidates
      .getByRole('button', { name: /^立案：/ })
      .first()
      .click();
    const form = page.getByRole('form', { name: '推进整治案件' });
    await form.waitFor();
    await form.getByLabel('说明').fill('现场核查属实');
    await form.getByRole('button', { name: '推进到认定' }).click();
    const trail = page.getByRole('region', { name: '处置记录' });
    await trail.getByText('摸排 → 认定').waitFor();
    await expect(trail.textContent()).resolves.toContain('现场核查属实');
    await saveScreenshot(page, '98-rectification-case');
    await page.context().close();
  });
});
