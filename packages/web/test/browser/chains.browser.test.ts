/**
 * Industry chains in a real browser: the analyst opens /chains, opens 差别化纤维产业链, sees the graph drawn and the
 * gap table with its actions (and no lead form: analysts do not hold register.write); the city administrator adds
 * a lead and moves it to 接洽.
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

describe('industry chains', () => {
  it('shows the chain map and gaps, and runs a lead to 接洽', { timeout: 360_000 }, async () => {
    const analystPage = await openPage(browser, { width: 1440, height: 1400 });
    await signIn(analystPage, browserFixture().accounts.analyst, '/chains');
    await analystPage.getByRole('heading', { name: '产业链图谱' }).waitFor();
    await analystPage.getByRole('link', { name: '差别化纤维产业链' }).click();
    await analystPage.getByRole('heading', { name: '差别化纤维产业链', level: 1 }).waitFor();
    const graph = analystPage.getByRole('img', { name: '差别化纤维产业链图谱' });
    await graph.and(analystPage.locator('[data-rendered="true"]')).waitFor();
    await graph.locator('svg text', { hasText: '涤纶长丝与短纤' }).first().waitFor();
    const gaps = analystPage.getByRole('table', { name: '短板环节' });
    await gaps.waitFor();
    await expect(gaps.textContent()).resolves.toMatch(/建链|补链|强链|延链/);
    await expect(analystPage.getByRole('form', { name: '新增招商线索' }).count()).resolves.toBe(0);
    await analystPage.context().close();

    const page = await openPage(browser, { width: 1440, height: 1400 });
    await signIn(page, browserFixture().accounts.importer, '/chains/differentiated-fibre');
    const form = page.getByRole('form', { name: '新增招商线索' });
    await form.waitFor();
    await form.getByLabel('目标企业').fill('某锦纶新材料集团');
    await form.getByLabel('预计投资（亿元）').fill('25');
    await form.getByRole('button', { name: '添加线索' }).click();
    const card = (stage: string) =>
      page.getByRole('region', { name: `${stage}阶段` }).getByRole('article', { name: '某锦纶新材料集团' });
    await card('线索').waitFor();
    await card('线索').getByRole('button', { name: '推进到接洽' }).click();
    await card('接洽').waitFor();
    await expect(card('接洽').textContent()).resolves.toContain('25.0亿元');
    await page.getByRole('img', { name: '差别化纤维产业链图谱' }).and(page.locator('[data-rendered="true"]')).waitFor();
    await saveScreenshot(page, '90-chain');
    await page.context().close();
  });
});
