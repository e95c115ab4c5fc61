/**
 * Enterprise self-service in a real browser: the enterprise account sees its own name, figures and class in the
 * published run, files a data correction and sees it pending; another enterprise is refused.
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

describe('enterprise self-service', () => {
  it('shows the enterprise its own data and class, takes a correction request, refuses another firm', async () => {
    const { accounts, enterpriseA, enterpriseB } = browserFixture();
    const page = await openPage(browser);
    await signIn(page, accounts.enterprise, '/my');
    const own = (await (await page.request.get(`/api/enterprises/${enterpriseA}`)).json()) as { name: string };

    await page.getByRole('heading', { name: own.name }).waitFor();
    await page.getByText(enterpriseA, { exact: true }).waitFor();
    await page.getByRole('table', { name: /年数据$/ }).waitFor();
    const evaluation = page.getByRole('region', { name: '亩均评价结果' });
    // The class as the run has it: a class badge, or 未评级 with the reason (the demo firm may be unrated).
    await expect(evaluation.locator('.own-class').first().textContent()).resolves.toMatch(/[A-D]类|未评级（.+）/);
    await evaluation.getByRole('link', { name: '查看完整评价说明' }).first().waitFor();

    const form = page.locator('form.request-form', { hasText: '申请数据更正' });
    const figure = form.getByLabel('更正的数据');
    const firstFigure = await figure.locator('option').nth(1).getAttribute('value');
    await figure.selectOption(firstFigure!);
    await form.getByLabel('正确数值').fill('5350227000');
    await form.getByLabel('更正理由').fill('月报填报时单位误填为元，应为万元');
    await form.getByRole('button', { name: '提交更正申请' }).click();
    await form
      .getByRole('status')
      .getByText(/已提交，待处理/)
      .waitFor();
    const corrections = page.getByRole('table', { name: '本企业的更正申请' });
    await corrections.getByRole('row').filter({ hasText: '月报填报时单位误填' }).getByText('待处理').waitFor();
    await saveScreenshot(page, '60-my-enterprise');

    expect((await page.request.get(`/api/enterprises/${enterpriseB}`)).status()).toBe(403);
    await page.goto(`/enterprises/${enterpriseB}`);
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    // The shell shows before the server's refusal: count what the page shows once it has answered.
    await page.getByRole('alert').waitFor();
    await expect(page.getByText(enterpriseB).count()).resolves.toBeLessThanOrEqual(1);
    await page.context().close();
  });
});
