/** Launching Chromium: a missing or unusable browser is a clear bilingual error naming the path, not a Playwright trace. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH, launchChromium } from '../../src/reports/bulletin/chromium.ts';
import { renderBulletinPdf } from '../../src/reports/bulletin/render-bulletin-pdf.ts';
import { sampleBulletin } from '../fixtures/bulletin/sample-bulletin.ts';

let notExecutable = '';
let cleanup = async () => {};
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bulletin-chromium-'));
  notExecutable = join(dir, 'chromium');
  await writeFile(notExecutable, '#!/bin/sh\n', { mode: 0o644 });
  cleanup = () => rm(dir, { recursive: true, force: true });
});
afterAll(() => cleanup());

describe('chromium', () => {
  it('defaults to Debian’s chromium with the headless flags of the brief', () => {
    expect(DEFAULT_CHROMIUM_PATH).toBe('/usr/bin/chromium');
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run']),
    );
  });

  it.each([
    ['missing', () => '/nonexistent/chromium'],
    ['not executable', () => notExecutable],
  ])('refuses a %s browser in both languages, naming the path', async (_case, pathOf) => {
    const path = pathOf();
    const failure = launchChromium(path);
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toThrow(`找不到 Chromium 浏览器：${path}`);
    await expect(failure).rejects.toThrow(`(Chromium not found: ${path}`);
  });

  it('says so in both languages when the program is not a browser', async () => {
    await expect(launchChromium('/bin/false')).rejects.toThrow(/^Chromium 启动失败：.*\(Chromium failed to start: /s);
  });

  it('makes the PDF renderer fail the same way', async () => {
    await expect(renderBulletinPdf(sampleBulletin(), { executablePath: '/nonexistent/chromium' })).rejects.toThrow(
      /找不到 Chromium 浏览器.*\(Chromium not found/s,
    );
  });
});
