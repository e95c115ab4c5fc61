/**
 * npm run bench:web — how fast the cockpit shows on a demo database, in headless Chromium.
 *  - Server: the browser tests' own setup (prepareBrowserServer: fresh build, demo of scale BENCH_WEB_SCALE,
 *    default 0.3, loaded into PGlite through the import path, the real server on a free port).
 *  - The server prepares the cockpit's protected tables after it starts (warm-up, timed and printed); the
 *    timed navigations start when it is done, as a person opening the cockpit after the server started would.
 *  - Cockpit: 7 fresh navigations to / as the city analyst, each in a new browser context (empty cache, the
 *    session cookie kept), timed from navigation start to the KPI values shown and the map drawn (checked every
 *    20 ms in the page), and to the page's next free moment after that (the ranking is drawn after the map).
 *  - Baseline, same run and same Chromium: 7 navigations to /api/health (a tiny JSON page), to its load event.
 *  - Initial JavaScript: the entry script and the modules index.html preloads, gzip (node:zlib, level 9), against
 *    the 350 KB limit.
 * Prints the figures and a JSON line; docs/benchmarks.md ("Web cockpit") records them.
 */
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { prepareBrowserServer } from '../test/browser/harness/browser-global-setup.ts';
import { launchBrowser, signIn } from '../test/browser/harness/browser-kit.ts';
import { cockpitRenderTime } from '../test/browser/harness/cockpit-ready.ts';
import { initialScripts } from '../test/browser/harness/initial-scripts.ts';

const RUNS = 7;
const LIMIT_KB = 350;
const scale = Number(process.env.BENCH_WEB_SCALE ?? 0.3);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function initialJavaScriptGzip(baseUrl: string): Promise<{ files: number; bytes: number }> {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const scripts = initialScripts(html);
  let bytes = 0;
  for (const path of scripts) {
    const response = await fetch(`${baseUrl}${path}`);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    bytes += gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
  }
  return { files: scripts.length, bytes };
}

async function newContext(browser: Browser, baseURL: string, storageState?: BrowserContextOptions['storageState']) {
  return browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    baseURL,
    ...(storageState ? { storageState } : {}),
  });
}

const log = (message: string) => console.log(`[bench:web] ${message}`);
log(
  `scale ${scale}, load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
);
const prepared = await prepareBrowserServer({
  scale,
  screenshotDir: mkdtempSync(join(tmpdir(), 'observatory-bench-shots-')),
  log,
});
const { baseUrl, accounts, latestPeriod } = prepared.fixture;
const warmStarted = performance.now();
const tablesPrepared = await prepared.warmed;
const warmMs = performance.now() - warmStarted;
log(`server prepared ${String(tablesPrepared)} protected tables in ${warmMs.toFixed(0)} ms after start`);
const browser = await launchBrowser();
try {
  const loginContext = await newContext(browser, baseUrl);
  const loginPage = await loginContext.newPage();
  loginPage.setDefaultTimeout(60_000);
  await signIn(loginPage, accounts.analyst);
  await loginPage.waitForLoadState('networkidle');
  const session = await loginContext.storageState();
  await loginContext.close();

  const cockpit: number[] = [];
  const settled: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await newContext(browser, baseUrl, session);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const times = await cockpitRenderTime(page, `/?period=${latestPeriod}`);
    cockpit.push(times.shown);
    settled.push(times.settled);
    // untimed: the rest of the page's reads finish before the next run starts
    await page.waitForLoadState('networkidle');
    await context.close();

    const plain = await newContext(browser, baseUrl);
    const healthPage = await plain.newPage();
    await healthPage.goto('/api/health', { waitUntil: 'load' });
    baseline.push(await healthPage.evaluate(() => performance.now()));
    await plain.close();
  }
  const script = await initialJavaScriptGzip(baseUrl);
  const cockpitMedian = median(cockpit);
  const baselineMedian = median(baseline);
  const initialKb = script.bytes / 1024;
  log(`cockpit (navigation → KPIs + map shown), ms: ${cockpit.map((value) => value.toFixed(0)).join(', ')}`);
  log(`cockpit (page next free after that), ms: ${settled.map((value) => value.toFixed(0)).join(', ')}`);
  log(`baseline /api/health (navigation → load), ms: ${baseline.map((value) => value.toFixed(0)).join(', ')}`);
  console.log('');
  console.log(
    '| scale | cockpit median (shown) | page next free | baseline median (/api/health) | ratio (cockpit / baseline) | initial JS gzip |',
  );
  console.log('|---|---|---|---|---|---|');
  console.log(
    `| ${scale} | ${cockpitMedian.toFixed(0)} ms | ${median(settled).toFixed(0)} ms | ${baselineMedian.toFixed(0)} ms | ` +
      `${(cockpitMedian / baselineMedian).toFixed(1)} | ${initialKb.toFixed(1)} KB (${script.files} files; ` +
      `limit ${LIMIT_KB} KB: ${initialKb <= LIMIT_KB ? 'within' : 'OVER'}) |`,
  );
  console.log('');
  console.log(
    JSON.stringify({
      scale,
      runs: RUNS,
      cockpitMs: cockpit.map((value) => Math.round(value)),
      settledMs: settled.map((value) => Math.round(value)),
      baselineMs: baseline.map((value) => Math.round(value)),
      cockpitMedianMs: Math.round(cockpitMedian),
      baselineMedianMs: Math.round(baselineMedian),
      ratio: Number((cockpitMedian / baselineMedian).toFixed(2)),
      initialJsGzipKb: Number(initialKb.toFixed(1)),
      initialJsFiles: script.files,
      warmUpMs: Math.round(warmMs),
      loadAverage: loadavg().map((value) => Number(value.toFixed(1))),
    }),
  );
} finally {
  await browser.close();
  await prepared.stop();
}
