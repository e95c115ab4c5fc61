/**
 * The demo data set end to end: generated (small scale, same calibrated totals), loaded through the normal
 * import path, and the published figures of DOMAIN.md §2 recomputed from the stored observations.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedRegistryDir } from '../../src/data-files.ts';
import { generateDemoDataset } from '../../src/demo/index.ts';
import { loadDemoDataset } from '../../src/services/demo/load-demo-dataset.ts';
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { sumClusterMeasure, type ClusterMeasureQuery } from '../../src/services/statistics/sum-cluster-measure.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';

let database: TestDatabase;
const dir = mkdtempSync(join(tmpdir(), 'observatory-demo-load-'));
let lines: Awaited<ReturnType<typeof loadDemoDataset>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadRegistryFiles(database.db, shippedRegistryDir);
  await generateDemoDataset({ outDir: dir, scale: 0.02 });
  lines = await loadDemoDataset(database, dir);
}, 600_000);
afterAll(async () => {
  await database.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const sum = (query: ClusterMeasureQuery) => sumClusterMeasure(database.db, query);
const yi = 1e8;

describe(`the demo data set loaded on ${testEngine}`, () => {
  it('imports every file it can through the normal import path, and says which it skipped', () => {
    const skipped = lines.filter((line) => line.status === 'skipped').map((line) => line.source);
    expect(new Set(skipped)).toEqual(new Set(['projects', 'cultivation-pools']));
    expect(lines.filter((line) => line.status === 'committed').length).toBe(lines.length - skipped.length);
  });

  it('2023 1–5月: 135N 2834亿 = 50.5 %, 三大 1822亿 = 32.5 % of the city, city value added 1122.5亿', async () => {
    const city = await sum({ measure: 'industrial_output', year: 2023, month: 5 });
    const n135 = await sum({ measure: 'industrial_output', year: 2023, month: 5, systemId: 'jiaxing-135n' });
    const sanda = await sum({ measure: 'industrial_output', year: 2023, month: 5, systemId: 'sanda' });
    expect(n135.value).toBe(2834 * yi);
    expect(sanda.value).toBe(1822 * yi);
    expect(((n135.value / city.value) * 100).toFixed(1)).toBe('50.5');
    expect(((sanda.value / city.value) * 100).toFixed(1)).toBe('32.5');
    expect((await sum({ measure: 'value_added', year: 2023, month: 5 })).value).toBe(112_250_000_000);
  });

  it('2024 1–10月: 现代纺织服装 2278.3亿, +8.3 % on the comparable basis', async () => {
    const textiles = await sum({
      measure: 'industrial_output',
      year: 2024,
      month: 10,
      systemId: 'sanda',
      clusterIds: ['sanda-textile-apparel'],
    });
    expect(textiles.value).toBe(227_830_000_000);
    expect(((textiles.value / textiles.base! - 1) * 100).toFixed(1)).toBe('8.3');
  });

  it('2022: 桐乡 现代纺织与服装 规上营业收入 1059亿; 2021: city PV output 505.25亿; 平湖 auto 300亿 in 2024', async () => {
    const tongxiang = await sum({
      measure: 'operating_revenue',
      year: 2022,
      month: 12,
      systemId: 'zhejiang-415x',
      clusterIds: ['zj415x-textile-apparel'],
      reportingUnitId: '330483',
    });
    expect(tongxiang.value).toBe(1059 * yi);
    const pv = await sum({
      measure: 'industrial_output',
      year: 2021,
      month: 12,
      systemId: 'wuda',
      clusterIds: ['wuda-new-energy-pv'],
    });
    expect(pv.value).toBe(50_525_000_000);
    const pinghuAuto = await sum({
      measure: 'industrial_output',
      year: 2024,
      month: 12,
      systemId: 'wuda',
      clusterIds: ['wuda-automotive'],
      reportingUnitId: '330482',
    });
    expect(pinghuAuto.value).toBe(300 * yi);
  });
});
