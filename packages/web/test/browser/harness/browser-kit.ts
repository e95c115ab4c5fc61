/**
 * Driving Debian's Chromium with playwright-core: launch with the flags this machine needs, sign in through the
 * real login form (with the one-time code for roles that need one), and save screenshots of the main pages.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { totpCode } from '../../../../server/src/services/access/totp.ts';
import type { BrowserAccount, BrowserFixture } from './browser-fixture.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function browserFixture(): BrowserFixture {
  return inject('browserFixture');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A new page (own cookies) at the given size, Chinese by default. */
export async function openPage(browser: Browser, options: { width?: number; height?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    locale: 'zh-CN',
    baseURL: browserFixture().baseUrl,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

const TOTP_STEP_MS = 30_000;

/**
 * Signs in through the login form; waits until the signed-in shell shows. With a second factor: the server
 * refuses a code of a 30-second step already used (replay), and several test files sign in as the same account
 * within one step — so a refused code is followed by one more try with the next step's code.
 */
export async function signIn(page: Page, account: BrowserAccount, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('账号').fill(account.login);
  await page.getByLabel('密码').fill(account.password);
  await page.getByRole('button', { name: '登录' }).click();
  const shell = page.getByRole('navigation', { name: '主导航' });
  if (account.totpSecret) {
    const codeBox = page.getByLabel(/动态口令/);
    await codeBox.waitFor();
    await codeBox.fill(totpCode(account.totpSecret, new Date()));
    await page.getByRole('button', { name: '登录' }).click();
    const refused = page.getByRole('alert');
    await shell.or(refused).first().waitFor();
    if (!(await shell.isVisible())) {
      await page.waitForTimeout(TOTP_STEP_MS - (Date.now() % TOTP_STEP_MS) + 1_000);
      await codeBox.fill(totpCode(account.totpSecret, new Date()));
      await page.getByRole('button', { name: '登录' }).click();
    }
  }
  await shell.waitFor();
}

/** Saves a full-page screenshot as packages/web/screenshots/<name>.png (look at them: they are the review). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = join(browserFixture().screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
