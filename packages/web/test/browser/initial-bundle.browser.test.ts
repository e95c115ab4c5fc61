/**
 * The first page load stays small: the JavaScript a browser fetches before anything shows (the entry script and the
 * modules index.html preloads, as served by the real server) is at most 350 KB gzip (issue 8). Page code, ECharts
 * and the spreadsheet library load later, when first needed; the cockpit's chart code is only hinted (prefetch:
 * fetched at low priority, not run, not a preloaded module).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { browserFixture } from './harness/browser-kit.ts';
import { initialScripts } from './harness/initial-scripts.ts';

const limitBytes = 350 * 1024;

describe('the initial JavaScript', () => {
  it('is at most 350 KB gzip and holds neither ECharts nor the spreadsheet library', async () => {
    const { baseUrl } = browserFixture();
    const html = await (await fetch(`${baseUrl}/`)).text();
    const scripts = initialScripts(html);
    expect(scripts.length).toBeGreaterThan(0);
    let gzipBytes = 0;
    for (const path of scripts) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      gzipBytes += gzipSync(body, { level: 9 }).length;
      const text = body.toString('utf8');
      expect(text, `${path} must not carry ECharts`).not.toContain('registerMap');
      expect(text, `${path} must not carry SheetJS`).not.toContain('SheetJS');
    }
    const prefetched = [...html.matchAll(/<link rel="prefetch" href="([^"]+)"/g)].map((match) => match[1]!);
    expect(prefetched).toEqual([expect.stringMatching(/^\/assets\/echarts-basic-setup-[\w-]+\.js$/)]);
    expect(scripts).not.toContain(prefetched[0]);
    console.log(`initial JavaScript: ${scripts.length} files, ${(gzipBytes / 1024).toFixed(1)} KB gzip (limit 350 KB)`);
    expect(gzipBytes).toBeLessThanOrEqual(limitBytes);
  });
});
