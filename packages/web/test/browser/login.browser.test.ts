/** Signing in and out in a real browser: wrong password, the second factor, role-aware navigation. */
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

describe('login', () => {
  it('refuses a wrong password with the server’s message and keeps the form', async () => {
    const page = await openPage(browser);
    await page.goto('/');
    await saveScreenshot(page, '00-login');
    await page.getByLabel('账号').fill(browserFixture().accounts.analyst.login);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/密码|password/);
    await page.context().close();
  });

  it('asks for the one-time code where the role needs one, then shows that role’s navigation', async () => {
    const { accounts } = browserFixture();
    const page = await openPage(browser);
    await signIn(page, accounts.sysadmin);
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(['用户与角色']);
    await page.context().close();
  });

  it('shows a county user the pages of its role only and signs out', async () => {
    const page = await openPage(browser);
    await signIn(page, browserFixture().accounts.countyA);
    const links = await page.getByRole('navigation', { name: '主导航' }).getByRole('link').allTextContents();
    expect(links).toContain('驾驶舱');
    expect(links).not.toContain('用户与角色');
    expect(links).not.toContain('审计日志');
    await page.getByRole('button', { name: '退出' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.context().close();
  });

  it('switches the whole page to English and back', async () => {
    const page = await openPage(browser);
    await signIn(page, browserFixture().accounts.leader);
    await page.getByRole('button', { name: '切换到英文' }).click();
    await expect(
      page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').first().textContent(),
    ).resolves.toBe('Cockpit');
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    await page.context().close();
  });
});
