/**
 * The demo data set end to end: generated (small scale, same calibrated totals), loaded through the normal
 * import path, and the published figures of DOMAIN.md §2 recomputed from the stored observations.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedRegistryDir } from '../../src/data-files.ts';
import { generateDemoDataset } from '../../src/demo/index.ts';
import { createDemoAccounts } from '../../src/services/demo/create-demo-accounts.ts';
import { loadDemoDataset, readDemoManifest } from '../../src/services/demo/load-demo-dataset.ts';
import { readWorkbook } from '../../src/readers/index.ts';
import { listProjects } from '../../src/repositories/project.repository.ts';
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { parseDisclosureRules, PASSWORD_POLICY_PRESETS, ROLES } from '@observatory/core';
import { buildBulletin } from '../../src/services/bulletin/build-bulletin.ts';
import { computeClusterStatistics } from '../../src/services/statistics/compute-cluster-statistics.ts';
import { computeUnitStatistics } from '../../src/services/statistics/compute-unit-statistics.ts';
import { recomputeFromRaw } from '../statistics/recompute-from-raw.ts';
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

const yi = 1e8;

async function cluster(
  systemId: string,
  clusterId: string,
  measure: string,
  year: number,
  month: number,
  reportingUnitId?: string,
) {
  const result = await computeClusterStatistics(database.db, { systemId, measure, year, month, reportingUnitId });
  return result.clusters.find((row) => row.clusterId === clusterId)!;
}

describe(`the demo data set loaded on ${testEngine}`, () => {
  it('creates one demo account per role, shows each password once and leaves existing accounts alone', async () => {
    const policy = PASSWORD_POLICY_PRESETS.djcp2;
    const first = await createDemoAccounts(database.db, policy);
    expect(first.map((account) => account.role).sort()).toEqual([...ROLES].sort());
    expect(first.every((account) => account.password !== null && account.password.length >= 12)).toBe(true);
    const secondFactor = first.filter((account) => account.totpUri !== null).map((account) => account.role);
    expect(secondFactor.sort()).toEqual(['auditor', 'city_admin', 'security_admin', 'system_admin']);
    const firm = first.find((account) => account.role === 'enterprise_user')!;
    expect(firm.scope).toMatch(/^[0-9A-Z]{18}$/u);
    const again = await createDemoAccounts(database.db, policy);
    expect(again.every((account) => account.password === null)).toBe(true);
  });

  it('imports every file of the manifest through the normal import path, the register lists too', () => {
    expect(lines.filter((line) => line.status !== 'committed')).toEqual([]);
    expect(new Set(lines.map((line) => line.source))).toEqual(
      new Set(readDemoManifest(dir).files.map((file) => file.source)),
    );
  });

  it('stores every project and pool entry of the generated lists, with provenance', async () => {
    const manifest = readDemoManifest(dir).files;
    // The projects come as one list a month: their checks read the last (December of the last year).
    const pick = <T extends { source: string }>(list: readonly T[], source: string) =>
      source === 'projects'
        ? list.filter((item) => item.source === source).at(-1)!
        : list.find((item) => item.source === source)!;
    const lineOf = (source: string) => pick(lines, source);
    for (const source of ['projects', 'cultivation-pools']) {
      const file = pick(manifest, source);
      const [grid] = await readWorkbook(readFileSync(join(dir, file.path)), file.path);
      const uscc = /^[0-9A-HJ-NPQRTUWXY]{17}[0-9A-Z]$/;
      const listed = grid!.rows.filter((row) => row.some((cell) => typeof cell === 'string' && uscc.test(cell)));
      expect(lineOf(source).rows, source).toBe(listed.length);
    }
    const projectsFile = manifest.filter((file) => file.source === 'projects').at(-1)!;
    const projects = await listProjects(database.db, { scope: { kind: 'all' }, year: projectsFile.periodYear });
    expect(projects.length).toBe(lineOf('projects').rows);
    expect(new Set(projects.map((project) => project.batch_id))).toEqual(new Set([lineOf('projects').batchId]));
    expect(
      projects
        .filter((project) => project.enterprise_id === null || project.planned_total_yuan === null)
        .map((project) => [project.code, project.uscc, project.enterprise_id, project.planned_total_yuan]),
    ).toEqual([]);
    // 技改: type 改建和技术改造 and an industry class within 0610–4690 (the firm's class: the list gives none).
    const renovations = projects.filter((project) => project.construction_type === 'renovation');
    expect(renovations.length).toBeGreaterThan(0);
    expect(renovations.map((project) => [project.code, project.industry_code, project.technical_renovation])).toEqual(
      renovations.map((project) => [project.code, expect.stringMatching(/^\d{4}$/), true]),
    );
    // The cluster as the list names it is kept; 智能家居 is a cluster of 五大 and 三大 alike, so it stays unresolved.
    expect(projects.every((project) => project.cluster_text !== null)).toBe(true);
    const poolsFile = manifest.find((file) => file.source === 'cultivation-pools')!;
    const stored = await database.db
      .selectFrom('current_pool_entry')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('batch_id', '=', lineOf('cultivation-pools').batchId!)
      .where('period_year', '=', poolsFile.periodYear)
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(lineOf('cultivation-pools').rows);
  });

  it('2023 1–5月: 135N 2834亿 = 50.5 %, 三大 1822亿 = 32.5 % of the city, city value added 1122.5亿', async () => {
    const period = { measure: 'industrial_output', year: 2023, month: 5 };
    const n135 = await computeClusterStatistics(database.db, { ...period, systemId: 'jiaxing-135n' });
    const sanda = await computeClusterStatistics(database.db, { ...period, systemId: 'sanda' });
    expect(n135.systemTotal.value).toBe(2834 * yi);
    expect(sanda.systemTotal.value).toBe(1822 * yi);
    expect((n135.systemTotal.share! * 100).toFixed(1)).toBe('50.5');
    expect((sanda.systemTotal.share! * 100).toFixed(1)).toBe('32.5');
    const valueAdded = await computeUnitStatistics(database.db, { measure: 'value_added', year: 2023, month: 5 });
    expect(valueAdded.total.value).toBe(112_250_000_000);
  });

  it('2024 1–10月: 现代纺织服装 2278.3亿, +8.3 % on the comparable basis', async () => {
    const textiles = await cluster('sanda', 'sanda-textile-apparel', 'industrial_output', 2024, 10);
    expect(textiles.value).toBe(227_830_000_000);
    expect((textiles.growth! * 100).toFixed(1)).toBe('8.3');
  });

  it('2022: 桐乡 现代纺织与服装 规上营业收入 1059亿; 2021: city PV output 505.25亿; 平湖 auto 300亿 in 2024', async () => {
    const tongxiang = await cluster('zhejiang-415x', 'zj415x-textile-apparel', 'operating_revenue', 2022, 12, '330483');
    expect(tongxiang.value).toBe(1059 * yi);
    expect((await cluster('wuda', 'wuda-new-energy-pv', 'industrial_output', 2021, 12)).value).toBe(50_525_000_000);
    expect((await cluster('wuda', 'wuda-automotive', 'industrial_output', 2024, 12, '330482')).value).toBe(300 * yi);
  });

  it('keeps aggregates equal to a recomputation from the raw observations (every cluster and unit)', async () => {
    for (const systemId of ['wuda', 'sanda']) {
      const raw = await recomputeFromRaw(database.db, systemId, 'industrial_output', 2024, 10);
      const result = await computeClusterStatistics(database.db, {
        systemId,
        measure: 'industrial_output',
        year: 2024,
        month: 10,
      });
      expect(result.total.value).toBe(raw.city);
      expect(Object.fromEntries(result.clusters.map((row) => [row.clusterId, row.value]))).toEqual(raw.clusters);
      for (const [unit, clusters] of Object.entries(raw.units)) {
        const unitResult = await computeClusterStatistics(database.db, {
          systemId,
          measure: 'industrial_output',
          year: 2024,
          month: 10,
          reportingUnitId: unit,
        });
        expect(Object.fromEntries(unitResult.clusters.map((row) => [row.clusterId, row.value]))).toEqual(clusters);
      }
    }
  });

  it('builds the 2024 1–10月 bulletin: seed figures as published, withheld cells marked and never 0', async () => {
    const rules = parseDisclosureRules('freq=3,p=10,nk=2:85');
    const input = { year: 2024, month: 10, rules, synthetic: true, systemIds: ['sanda', 'wuda'] };
    const bulletin = await buildBulletin(database.db, { ...input, audience: { kind: 'public' } });
    expect(bulletin.period.label.zh).toBe('2024年1-10月');
    const textiles = bulletin.systems[0]!.rows.find((row) => row.clusterId === 'sanda-textile-apparel')!;
    expect(textiles.value.value).toBe(227_830_000_000);
    expect((textiles.growth.value! * 100).toFixed(1)).toBe('8.3');
    const cells = bulletin.unitMatrices.flatMap((matrix) => [
      ...matrix.cells.flat(),
      ...matrix.unitTotals,
      ...matrix.clusterTotals,
    ]);
    expect(cells.filter((cell) => cell.suppressed).length).toBeGreaterThan(0);
    for (const cell of cells) if (cell.suppressed) expect(cell.value).toBeNull();
    for (const row of bulletin.systems.flatMap((system) => system.rows))
      if (row.value.suppressed)
        expect([row.value.value, row.growth.value, row.share, row.rank]).toEqual([null, null, null, null]);
    expect(bulletin.city[0]).toMatchObject({ measure: 'industrial_output' });
    expect(bulletin.notes.some((note) => note.zh.includes('合成演示数据'))).toBe(true);

    // A county's staff know their own firms: none of their own unit's cells is withheld from them.
    const tongxiang = await buildBulletin(database.db, {
      ...input,
      audience: { kind: 'unit', reportingUnitId: '330483' },
    });
    const row = tongxiang.unitMatrices[0]!.units.findIndex((unit) => unit.id === '330483');
    expect(tongxiang.unitMatrices.every((matrix) => matrix.cells[row]!.every((cell) => !cell.suppressed))).toBe(true);
  });
});
