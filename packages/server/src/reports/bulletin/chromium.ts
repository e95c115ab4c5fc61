/**
 * Launching the system's Chromium for server-side PDF rendering (playwright-core, no bundled browser): the
 * executable path is a parameter (default /usr/bin/chromium, Debian's package); a missing or unusable browser
 * is a clear bilingual error naming the path, not a stack trace from deep inside Playwright. playwright-core is
 * imported at the first launch (lazy-libraries/load-playwright.ts).
 */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { AppError } from '../../app-error.ts';
import { loadPlaywright } from '../../lazy-libraries/load-playwright.ts';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumMissing(executablePath: string): AppError {
  return new AppError(
    'internal',
    `找不到 Chromium 浏览器：${executablePath} 不存在或不可执行；生成 PDF 需要它，请安装（Debian：apt-get install chromium）或指定其路径 ` +
      `(Chromium not found: ${executablePath} is missing or not executable; it is needed to render PDFs: install it or give its path)`,
    [{ path: executablePath, message: 'chromium executable not found' }],
  );
}

export async function launchChromium(executablePath: string = DEFAULT_CHROMIUM_PATH): Promise<Browser> {
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    throw chromiumMissing(executablePath);
  }
  const { chromium } = await loadPlaywright();
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new AppError('internal', `Chromium 启动失败：${reason} (Chromium failed to start: ${reason})`, [
      { path: executablePath, message: reason ?? 'launch failed' },
    ]);
  }
}

/** Runs `use` with a browser launched for it and always closes the browser afterwards. */
export async function withChromium<T>(
  use: (browser: Browser) => Promise<T>,
  executablePath: string = DEFAULT_CHROMIUM_PATH,
): Promise<T> {
  const browser = await launchChromium(executablePath);
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}
