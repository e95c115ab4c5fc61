/**
 * Administration in a real browser: the system administrator lists the accounts and creates one (the initial
 * password is shown once); the auditor reads the log with the sign-ins and verifies the hash chain.
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

describe('administration', () => {
  it('lets the system administrator list accounts and create one, showing the initial password once', async () => {
    const { accounts } = browserFixture();
    const page = await openPage(browser);
    await signIn(page, accounts.sysadmin, '/admin/accounts');
    const list = page.getByRole('table', { name: '账号' });
    await list.getByRole('row').filter({ hasText: accounts.analyst.login }).waitFor();

    await page.getByLabel('登录名').fill('browser.newcomer');
    await page.getByLabel('姓名').fill('新同事');
    await page.getByLabel('角色').selectOption({ label: '市级分析人员' });
    await page.getByRole('button', { name: '创建账号' }).click();
    const secret = page.getByLabel('初始密码');
    await secret.waitFor();
    expect(((await secret.textContent()) ?? '').length).toBeGreaterThanOrEqual(12);
    await page.getByText('此密码仅显示这一次').waitFor();
    await list.getByRole('row').filter({ hasText: 'browser.newcomer' }).getByText('待改密').waitFor();
    await page.locator('.role-list details').first().click();
    await saveScreenshot(page, '80-admin');

    await page.getByRole('button', { name: '我已妥善保存，关闭' }).click();
    await expect(page.getByLabel('初始密码').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('shows the auditor the log with the sign-ins and verifies the chain', async () => {
    const page = await openPage(browser);
    await signIn(page, browserFixture().accounts.auditor, '/admin/audit');
    const log = page.getByRole('table', { name: '审计日志（新到旧）' });
    await log.getByRole('row').filter({ hasText: 'account.login' }).first().waitFor();
    await page.getByRole('button', { name: '校验哈希链' }).click();
    await page.getByText(/哈希链完整/).waitFor();

    await page.getByLabel('操作', { exact: true }).fill('account.login');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    // The unfiltered page (with its pager) stays on screen until the filtered one has come.
    const actions = log.locator('tbody tr td:nth-child(4)');
    await expect
      .poll(async () => new Set(await actions.allTextContents()), { timeout: 60_000, interval: 500 })
      .toEqual(new Set(['account.login']));
    expect((await actions.allTextContents()).length).toBeGreaterThan(0);
    await saveScreenshot(page, '81-audit');
    await page.context().close();
  });
});
