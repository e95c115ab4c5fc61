/**
 * The cultivation pools in a real browser on the demo data: the analyst opens /pools and sees the counts by tier,
 * the 2025 targets and the entries with validity badges (no review action: analysts do not hold register.write),
 * screens 专精特新 candidates condition by condition and reads the transitions between list years; a county's
 * staff reviews one of their own unit's entries.
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

describe('cultivation pools', () => {
  it('shows entries, candidates and transitions, and records a county review', { timeout: 360_000 }, async () => {
    const page = await openPage(browser, { width: 1440, height: 1400 });
    await signIn(page, browserFixture().accounts.analyst, '/pools');
    await page.getByRole('heading', { name: '企业培育库' }).waitFor();
    await page.getByRole('region', { name: '2025年目标对照' }).getByText('国家级制造业单项冠军企业（产品）').waitFor();
    const entries = page.getByRole('table', { name: '在库企业' });
    await entries.waitFor();
    await expect(entries.textContent()).resolves.toMatch(/有效|即将到期/);
    await expect(entries.getByRole('button', { name: '复核', exact: true }).count()).resolves.toBe(0);
    await saveScreenshot(page, '95-pools-entries');

    await page.getByRole('tab', { name: '候选筛选' }).click();
    const candidates = page.getByRole('table', { name: '候选企业' });
    await candidates.waitFor();
    await expect(candidates.textContent()).resolves.toContain('需人工核实');
    await expect(page.getByText(/共筛查 [\d,]+ 家/).count()).resolves.toBe(1);
    await saveScreenshot(page, '96-pools-candidates');

    await page.getByRole('tab', { name: '层级变动' }).click();
    const transitions = page.getByRole('table', { name: '层级变动' });
    await transitions.waitFor();
    await expect(transitions.textContent()).resolves.toMatch(/新入库|升级|到期未续|保持/);
    await saveScreenshot(page, '97-pools-transitions');
    await page.context().close();

    const county = await openPage(browser, { width: 1440, height: 1400 });
    await signIn(county, browserFixture().accounts.countyA, '/pools');
    const own = county.getByRole('table', { name: '在库企业' });
    await own.waitFor();
    await own.getByRole('button', { name: '复核', exact: true }).first().click();
    const form = county.getByRole('form', { name: '复核' });
    await form.getByLabel('说明').fill('材料齐全，保留');
    await form.getByRole('button', { name: '提交复核' }).click();
    await form.waitFor({ state: 'detached' });
    await own.getByText(/保留/).first().waitFor();
    await saveScreenshot(county, '98-pools-county-review');
    await county.context().close();
  });
});
