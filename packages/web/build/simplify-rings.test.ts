/**
 * Ring simplification for the county map: straight runs collapse to their ends, corners further than the
 * tolerance stay, closed rings stay closed, tiny rings are kept whole, and every kept point is an original one
 * (rounded to 4 decimals), checked on the real Jiaxing map as well.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJiaxingMap } from './jiaxing-map-asset.ts';
import type { PlainFeature } from './decode-echarts-geo.ts';
import { simplifyRing, type Point } from './simplify-rings.ts';

describe('simplifyRing', () => {
  it('drops points on a straight line and keeps corners beyond the tolerance', () => {
    const square: Point[] = [
      [0, 0],
      [0.5, 0],
      [1, 0],
      [1, 0.5],
      [1, 1],
      [0.5, 1.0004],
      [0, 1],
      [0, 0.5],
      [0, 0],
    ];
    expect(simplifyRing(square, 0.001)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
    expect(simplifyRing(square, 0.0001)).toContainEqual([0.5, 1.0004]);
  });

  it('keeps a ring of 4 points or fewer as it is (rounded)', () => {
    const triangle: Point[] = [
      [120.123456, 30.5],
      [120.2, 30.6],
      [120.3, 30.5],
      [120.123456, 30.5],
    ];
    expect(simplifyRing(triangle, 1)).toEqual([
      [120.1235, 30.5],
      [120.2, 30.6],
      [120.3, 30.5],
      [120.1235, 30.5],
    ]);
  });

  it('keeps the ends, at least 4 points, and only original (rounded) points', () => {
    const point = fc.tuple(
      fc.double({ min: 120, max: 121, noNaN: true }),
      fc.double({ min: 30, max: 31, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 5, maxLength: 60 }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (points, tolerance) => {
          const ring = [...points, points[0]!] as Point[];
          const simplified = simplifyRing(ring, tolerance);
          const rounded = ring.map(([x, y]) => `${Math.round(x * 1e4) / 1e4},${Math.round(y * 1e4) / 1e4}`);
          expect(simplified.length).toBeGreaterThanOrEqual(4);
          expect(simplified.length).toBeLessThanOrEqual(ring.length);
          expect(simplified[0]).toEqual(simplified.at(-1));
          for (const [x, y] of simplified) expect(rounded).toContain(`${x},${y}`);
        },
      ),
    );
  });
});

describe('the shipped Jiaxing map', () => {
  it('holds a fraction of the source points', () => {
    const map = JSON.parse(readJiaxingMap()) as { features: PlainFeature[] };
    const rings = map.features.flatMap((feature) =>
      feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat(),
    );
    const points = rings.reduce((sum, ring) => sum + ring.length, 0);
    expect(points).toBeGreaterThan(300);
    expect(points).toBeLessThan(5000);
  });
});
