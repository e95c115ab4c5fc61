import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { serveWebApp } from './web-app.ts';

const dir = mkdtempSync(join(tmpdir(), 'web-app-'));
mkdirSync(join(dir, 'assets'));
mkdirSync(join(dir, 'geo'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>驾驶舱</title>');
writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
const bigScript = `export const names = [${Array.from({ length: 400 }, (_, i) => `'集群${i}'`).join(', ')}];`;
writeFileSync(join(dir, 'assets', 'big-abc.js'), bigScript);
writeFileSync(join(dir, 'geo', '330400.json'), '{"type":"FeatureCollection","features":[]}');
writeFileSync(join(dir, '..', 'secret-web-app.txt'), 'secret');
const official = join(dir, 'official.geojson');
writeFileSync(official, '{"type":"FeatureCollection","features":[],"official":true}');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(dir, '..', 'secret-web-app.txt'), { force: true });
});

function appWith(mapGeoJsonPath: string | null, webDir = dir) {
  const app = new Hono();
  app.get('/api/health', (c) => c.json({ ok: true }));
  serveWebApp(app, { webDir, mapGeoJsonPath });
  return app;
}

describe('serving the web cockpit', () => {
  const app = appWith(null);

  it.each(['/', '/clusters/wuda/wuda-textile', '/evaluation/runs/3'])(
    'answers the page path %s with index.html',
    async (path) => {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await response.text()).toContain('驾驶舱');
    },
  );

  it('serves hashed assets with a year-long cache and their content type', async () => {
    const response = await app.request('/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('gzips text over 1 KB for a browser that accepts it, and only then', async () => {
    const gzipped = await app.request('/assets/big-abc.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toBe('accept-encoding');
    const bytes = Buffer.from(await gzipped.arrayBuffer());
    expect(bytes.length).toBeLessThan(Buffer.byteLength(bigScript) / 2);
    expect(gunzipSync(bytes).toString()).toBe(bigScript);
    const plain = await app.request('/assets/big-abc.js', { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(bigScript);
    const refused = await app.request('/assets/big-abc.js', { headers: { 'accept-encoding': 'gzip;q=0' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
    const small = await app.request('/assets/index-abc.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('leaves API paths and missing assets to the API (404 there)', async () => {
    expect((await app.request('/api/health')).status).toBe(200);
    expect((await app.request('/assets/missing.js')).status).toBe(404);
  });

  it('never reads outside the build folder', async () => {
    for (const path of ['/assets/../../secret-web-app.txt', '/assets/%2e%2e/%2e%2e/secret-web-app.txt']) {
      const response = await app.request(path);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('serves the shipped map, or the official boundary file when one is configured', async () => {
    const shipped = await app.request('/geo/330400.json');
    expect(shipped.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await shipped.json()).not.toHaveProperty('official');
    expect(await (await appWith(official).request('/geo/330400.json')).json()).toHaveProperty('official', true);
  });

  it('keeps the assets in memory from the start: an asset read at start is served after its file is gone', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'web-app-kept-'));
    try {
      mkdirSync(join(folder, 'assets'));
      writeFileSync(join(folder, 'index.html'), '<!doctype html><title>驾驶舱</title>');
      writeFileSync(join(folder, 'assets', 'page-abc.js'), bigScript);
      writeFileSync(join(folder, 'assets', 'late-abc.js'), 'export {}');
      const kept = new Hono();
      await expect(serveWebApp(kept, { webDir: folder, mapGeoJsonPath: null })).resolves.toBe(2);
      rmSync(join(folder, 'assets', 'page-abc.js'));
      const response = await kept.request('/assets/page-abc.js', { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(bigScript);
      // an asset added after the start is read when first asked for, and kept from then on
      writeFileSync(join(folder, 'assets', 'new-abc.js'), 'export const n = 1;');
      expect(await (await kept.request('/assets/new-abc.js')).text()).toBe('export const n = 1;');
      rmSync(join(folder, 'assets', 'new-abc.js'));
      expect(await (await kept.request('/assets/new-abc.js')).text()).toBe('export const n = 1;');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says how to build the web app when there is no build', async () => {
    const response = await appWith(null, join(dir, 'no-build')).request('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('npm run build:web');
  });
});
