/**
 * Cluster statistics on a small, hand-checked scenario imported through the normal import path (monthly 规上
 * reports as CSV in 万元): comparable growth where the 规上 set changed (an exit, an entrant without a base, a
 * firm whose base is derived from last year), 当月, shares, 拉动, ranks, entrants and exits; and that the kept
 * aggregates follow every change of their inputs (a revision, a rollback, a manual cluster assignment) and
 * always equal a recomputation from the raw observations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollbackImport } from '../../src/services/intake/rollback-import.ts';
import { overrideClusterAssignment } from '../../src/services/enterprise/override-cluster-assignment.ts';
import { computeClusterStatistics } from '../../src/services/statistics/compute-cluster-statistics.ts';
import { refreshAllStatistics } from '../../src/services/statistics/refresh-statistics.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { recomputeFromRaw } from './recompute-from-raw.ts';
import { firms, loadReport, loadScenario, report } from './statistics-scenario.ts';

let database: TestDatabase;

const wan = 10_000;
const stats = (year: number, month: number, reportingUnitId?: string) =>
  computeClusterStatistics(database.db, {
    systemId: 'sanda',
    measure: 'industrial_output',
    year,
    month,
    reportingUnitId,
  });
const row = (result: Awaited<ReturnType<typeof stats>>, clusterId: string) =>
  result.clusters.find((cluster) => cluster.clusterId === clusterId)!;

let march2024: number;

beforeAll(async () => {
  database = await createTestDatabase();
  march2024 = await loadScenario(database);
}, 120_000);
afterAll(async () => database.destroy());

describe(`cluster statistics on ${testEngine}`, () => {
  it('computes growth on the comparable basis, which differs from naive total/total growth', async () => {
    const textiles = row(await stats(2024, 3), 'sanda-textile-apparel');
    expect(textiles.value).toBe(468 * wan);
    expect(textiles.base).toBe(380 * wan); // A 100 + B 200 + E's derived 80; D has no base
    expect(textiles.growth).toBeCloseTo(438 / 380 - 1, 12);
    expect(textiles.derived).toBe(true);
    const naive = 468 / (100 + 200 + 50 + 80) - 1; // last year's published total had C, not D
    expect(Math.abs(textiles.growth! - naive)).toBeGreaterThan(0.05);
  });

  it('computes share, 拉动 and 贡献率 against the city total of the same scope and period', async () => {
    const result = await stats(2024, 3);
    const textiles = row(result, 'sanda-textile-apparel');
    expect(result.total.value).toBe(815 * wan);
    expect(result.total.base).toBe(750 * wan);
    expect(textiles.share).toBeCloseTo(468 / 815, 12);
    expect(textiles.pull).toBeCloseTo(((438 - 380) / 750) * 100, 10);
    expect(textiles.contribution).toBeCloseTo((438 - 380) / (785 - 750), 10);
  });

  it('derives 当月 from consecutive cumulative months', async () => {
    expect(row(await stats(2024, 3), 'sanda-textile-apparel').monthValue).toBe((468 - 295) * wan);
  });

  it('ranks clusters among their siblings and leaves empty clusters without value or rank', async () => {
    const result = await stats(2024, 3);
    expect(row(result, 'sanda-textile-apparel').rank).toBe(1);
    expect(row(result, 'sanda-fine-chemicals')).toMatchObject({ rank: 2, value: 270 * wan });
    expect(row(result, 'sanda-smart-home')).toMatchObject({ rank: null, value: null });
    expect(result.systemTotal.value).toBe((468 + 270) * wan);
  });

  it('counts 规上 enterprises with entrants and exits', async () => {
    const result = await stats(2024, 3);
    expect(row(result, 'sanda-textile-apparel').enterprises).toEqual({ count: 4, entrants: 1, exits: 1 });
    expect(result.total.enterprises).toEqual({ count: 6, entrants: 1, exits: 1 });
    expect(row(await stats(2023, 3), 'sanda-textile-apparel').enterprises).toEqual({
      count: 4,
      entrants: null,
      exits: null,
    });
  });

  it('restricts everything to one reporting unit', async () => {
    const tongxiang = await stats(2024, 3, '330483');
    expect(row(tongxiang, 'sanda-textile-apparel')).toMatchObject({ value: 270 * wan, base: 200 * wan });
    expect(tongxiang.total.value).toBe(270 * wan);
    expect(row(tongxiang, 'sanda-textile-apparel').enterprises.count).toBe(2);
  });

  it('follows a corrected file, its rollback and a manual assignment, always equal to the raw data', async () => {
    const corrected = await loadReport(
      database,
      '2024-03-corrected.csv',
      report(2024, 3, { A: [110, 100], B: [250, 200], D: [30, null], E: [88, null], F: [270, 300], G: [77, 70] }),
    );
    expect(row(await stats(2024, 3), 'sanda-textile-apparel').value).toBe(478 * wan);
    await expect(recomputeFromRaw(database.db, 'sanda', 'industrial_output', 2024, 3, shownUnits)).resolves.toEqual(
      await aggregatesNow(),
    );
    await rollbackImport(database.db, { batchId: corrected, actor: 'test:statistics', reason: 'wrong file' });
    expect(row(await stats(2024, 3), 'sanda-textile-apparel').value).toBe(468 * wan);
    await overrideClusterAssignment(database.db, {
      uscc: firms.G.uscc,
      systemId: 'sanda',
      year: 2024,
      clusterId: 'sanda-smart-home',
      reason: '产品为智能厨具',
      assignedBy: 'test:statistics',
    });
    expect(row(await stats(2024, 3), 'sanda-smart-home')).toMatchObject({ value: 77 * wan, rank: 3 });
    await expect(recomputeFromRaw(database.db, 'sanda', 'industrial_output', 2024, 3, shownUnits)).resolves.toEqual(
      await aggregatesNow(),
    );
    expect(march2024).toBeGreaterThan(0);
  });

  it('refuses unknown systems, measures and periods with a clear message', async () => {
    await expect(
      computeClusterStatistics(database.db, { systemId: 'nope', measure: 'industrial_output', year: 2024, month: 3 }),
    ).rejects.toThrow(/nope/);
    await expect(
      computeClusterStatistics(database.db, { systemId: 'sanda', measure: 'output', year: 2024, month: 3 }),
    ).rejects.toThrow(/unknown measure "output"/);
    await expect(
      computeClusterStatistics(database.db, { systemId: 'sanda', measure: 'industrial_output', year: 2024, month: 13 }),
    ).rejects.toThrow(/month/);
  });

  it('refreshes every period with data at once', async () => {
    await database.db.deleteFrom('aggregate_state').execute();
    const outcome = await refreshAllStatistics(database.db);
    expect(outcome.months).toEqual([
      { year: 2023, month: 3 },
      { year: 2024, month: 2 },
      { year: 2024, month: 3 },
    ]);
    expect((await refreshAllStatistics(database.db)).months).toEqual([]);
  });
});

const shownUnits = ['330402', '330483', '330481', '330421', 'jiaxing-port'];

/** What the kept aggregates say now, in the shape recomputeFromRaw returns. */
async function aggregatesNow() {
  const result = await stats(2024, 3);
  const byUnit = await Promise.all(shownUnits.map(async (unit) => [unit, await stats(2024, 3, unit)] as const));
  return {
    city: result.total.value,
    clusters: Object.fromEntries(result.clusters.map((cluster) => [cluster.clusterId, cluster.value])),
    units: Object.fromEntries(
      byUnit.map(([unit, unitResult]) => [
        unit,
        Object.fromEntries(unitResult.clusters.map((cluster) => [cluster.clusterId, cluster.value])),
      ]),
    ),
  };
}
