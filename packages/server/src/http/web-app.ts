/**
 * The web cockpit (packages/web, built by Vite into its dist folder) served at `/`: hashed assets cached for a
 * year and kept in memory from the start (kept-assets.ts), every other page path answered with index.html (the app
 * routes in the browser), the county map from the build or from an official boundary file
 * (OBSERVATORY_MAP_GEOJSON). Without a build, `/` says how to make one.
 */
import { extname, join, normalize, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import { acceptsGzip, gzipOf, isCompressible } from './compressed-files.ts';
import { keptAssets, readIfFile, type StaticFile } from './kept-assets.ts';

export interface WebAppOptions {
  /** The Vite build folder (packages/web/dist). */
  webDir: string;
  /** A GeoJSON file of the city's county boundaries replacing the shipped map; null for the shipped one. */
  mapGeoJsonPath: string | null;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Scripts and connections only from this server; inline styles for the chart library. */
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

const notBuilt =
  `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>产业集群监测评价平台</title>` +
  `<h1>产业集群监测评价平台 Cluster Observatory</h1>` +
  `<p>网页尚未构建：请运行 <code>npm run build:web</code>，或用 <code>npm start</code> 启动（会自动构建）。` +
  `(The web app is not built: run <code>npm run build:web</code>, or start with <code>npm start</code>.)</p>` +
  `<p>API: <a href="/api/health">/api/health</a> · <a href="/api/openapi.json">/api/openapi.json</a></p></html>`;

/** A file's response, gzip-compressed when the browser accepts it and the type is worth it. */
const contentTypeOf = (typeOf: string) => contentTypes[extname(typeOf)] ?? 'application/octet-stream';

function respond(c: Context, file: StaticFile, typeOf: string, cache: string) {
  const contentType = contentTypeOf(typeOf);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'cache-control': cache,
    'content-security-policy': contentSecurityPolicy,
    vary: 'accept-encoding',
  };
  if (isCompressible(contentType, file.body.length) && acceptsGzip(c.req.header('accept-encoding')))
    return c.body(gzipOf(file.path, file.version, file.body), 200, { ...headers, 'content-encoding': 'gzip' });
  return c.body(new Uint8Array(file.body), 200, headers);
}

/**
 * With null (tests of the API alone), `/` answers with the page that links to the API. Resolves with the number of
 * assets kept in memory once they have all been read and compressed (nobody needs to wait for it).
 */
export function serveWebApp(app: Hono, options: WebAppOptions | null): Promise<number> {
  if (options === null) {
    app.get('/', (c) => c.html(notBuilt));
    return Promise.resolve(0);
  }
  const root = normalize(options.webDir + sep);
  const assets = keptAssets(join(root, 'assets'));
  app.get('/geo/330400.json', async (c) => {
    const path = options.mapGeoJsonPath ?? join(root, 'geo', '330400.json');
    const file = await readIfFile(path);
    if (file === null) return c.json({ error: { code: 'not_found', message: '没有地图数据 (no map data)' } }, 404);
    return respond(c, file, 'map.json', 'no-cache');
  });
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/')) return next();
    if (path.startsWith('/assets/')) {
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) return next();
      const asset = await assets.read(file);
      return asset === null ? next() : respond(c, asset, file, 'public, max-age=31536000, immutable');
    }
    const index = await readIfFile(join(root, 'index.html'));
    if (index === null) return c.html(notBuilt);
    return respond(c, index, 'index.html', 'no-cache');
  });
  return assets.warm((file) => {
    if (isCompressible(contentTypeOf(file.path), file.body.length)) gzipOf(file.path, file.version, file.body);
  });
}
