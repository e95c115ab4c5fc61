/**
 * The register roll-ups of issue 9 in a real browser, on the demo data set: the cluster page's platforms panel (the
 * platforms of 现代纺织 and its sub-clusters with kind, level, status and date, and the cluster's promotion
 * organisation), and the warnings centre after a run listing the platform-review and stalled-lead warnings with
 * their names and links to the platforms register and the chain page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserFixture, launchBrowser, openPage, saveScreenshot, signIn } from './harness/browser-kit.ts';

const patient = { timeout: 360_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('cluster platforms and register warnings', () => {
  it('shows a cluster’s platforms and its promotion organisation', patient, async () => {
    const { accounts, latestPeriod } = browserFixture();
    const page = await openPage(browser);
    page.setDefaultTimeout(120_000);
    await signIn(page, accounts.analyst, `/clusters/wuda/wuda-textile?period=${latestPeriod}`);
    await page.getByRole('heading', { name: '现代纺织产业集群', level: 1 }).waitFor();
    const panel = page.getByRole('region', { name: '平台载体' });
    const rows = panel.getByRole('table', { name: '集群平台载体' }).getByRole('row');
    await rows.nth(1).waitFor();
    // The organisation is asked for beside the platforms and may come after them.
    await panel.getByText('嘉兴市现代纺织产业协会（演示）').waitFor();
    expect(await rows.count()).toBeGreaterThan(3);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('嘉兴市现代纺织产业协会（演示）');
    expect(text).toMatch(/认定|复核/);
    expect(text).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).not.toMatch(/industrialisation_demo_base|provincial|recognised/);
    await panel.scrollIntoViewIfNeeded();
    await saveScreenshot(page, '23-cluster-platforms');
    await page.context().close();
  });

  it('lists platform and chain-lead warnings with links after a run', patient, async () => {
    const page = await openPage(browser);
    page.setDefaultTimeout(120_000);
    await signIn(page, browserFixture().accounts.importer, '/warnings');
    await page.getByRole('heading', { name: '预警中心' }).waitFor();
    await page.getByRole('button', { name: '运行预警规则' }).click();
    await page
      .getByRole('status')
      .getByText(/已运行/)
      .waitFor({ timeout: 240_000 });
    const table = page.getByRole('table', { name: '预警清单' });
    const platformRow = table.getByRole('row').filter({ hasText: '平台载体到期复核' }).first();
    await platformRow.waitFor();
    await expect(platformRow.getByRole('link').getAttribute('href')).resolves.toMatch(/^\/platforms\?unit=/);
    const leadRow = table.getByRole('row').filter({ hasText: '招商线索停滞' }).first();
    await leadRow.waitFor();
    await expect(leadRow.getByRole('link').getAttribute('href')).resolves.toMatch(/^\/chains\/[a-z-]+$/);
    await expect(leadRow.textContent()).resolves.toMatch(/产业链·/);
    await saveScreenshot(page, '71-register-warnings');
    await leadRow.getByRole('link').click();
    await page.waitForURL(/\/chains\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.context().close();
  });
});
