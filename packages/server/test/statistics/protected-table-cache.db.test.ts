/**
 * Protected tables and disclosed answers are kept between requests only while their data stay the same: a
 * second request gets the kept one, and a revision (a new file for the period), a rollback, a registry load or
 * a recorded official rate makes the next request compute a new one that agrees with the new data.
 */
import { parseDisclosureRules } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DISCLOSURE_RULES } from '../../src/config.ts';
import { shippedRegistryDir } from '../../src/data-files.ts';
import { keptStatistics } from '../../src/services/disclosure/kept-statistics.ts';
import { protectClusterTable } from '../../src/services/disclosure/protect-cluster-table.ts';
import { recordOfficialGrowthRate } from '../../src/services/statistics/record-official-growth-rate.ts';
import { rollbackImport } from '../../src/services/intake/rollback-import.ts';
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { ensureStatistics, refreshAllStatistics } from '../../src/services/statistics/refresh-statistics.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { loadReport, loadScenario, report } from './statistics-scenario.ts';

let database: TestDatabase;
const wan = 10_000;
const input = {
  systemId: 'sanda',
  measure: 'industrial_output',
  year: 2024,
  month: 3,
  audience: { kind: 'public' as const },
  rules: parseDisclosureRules(DEFAULT_DISCLOSURE_RULES),
};
const protect = async () => {
  await ensureStatistics(database.db, [{ year: 2024, month: 3 }]);
  return protectClusterTable(database.db, input);
};
const cityTotal = async () => (await protect()).lookup('*all-units', '*city');

beforeAll(async () => {
  database = await createTestDatabase();
  await loadScenario(database);
}, 120_000);
afterAll(async () => database.destroy());

describe(`protected tables kept between requests on ${testEngine}`, () => {
  it('serves the kept table while the data are unchanged, and a new one for another audience', async () => {
    const first = await protect();
    expect(await protect()).toBe(first);
    const unit = await protectClusterTable(database.db, {
      ...input,
      audience: { kind: 'unit', reportingUnitId: '330483' },
    });
    expect(unit).not.toBe(first);
    expect(first.lookup('*all-units', '*city')).toBe(815 * wan);
  });

  it('computes a new table after a revision of the period, and again after its rollback', async () => {
    const before = await protect();
    const revision = await loadReport(
      database,
      '2024-03-revised.csv',
      report(2024, 3, { A: [120, 100], B: [240, 200], D: [30, null], E: [88, null], F: [270, 300], G: [77, 70] }),
    );
    const after = await protect();
    expect(after).not.toBe(before);
    expect(after.lookup('*all-units', '*city')).toBe(825 * wan);
    await rollbackImport(database.db, { batchId: revision, actor: 'test:statistics', reason: '测试回滚' });
    await refreshAllStatistics(database.db);
    expect(await cityTotal()).toBe(815 * wan);
  });

  it('computes a new table after the registry is loaded again', async () => {
    const before = await protect();
    await loadRegistryFiles(database.db, shippedRegistryDir);
    expect(await protect()).not.toBe(before);
  });

  it('keeps a disclosed answer until any statistic changes, an official rate included', async () => {
    let computed = 0;
    const answer = () => keptStatistics(database.db, ['test', 2024, 3], async () => ({ computed: ++computed }));
    const first = await answer();
    expect(await answer()).toBe(first);
    await recordOfficialGrowthRate(database.db, {
      measure: 'industrial_output',
      scope: 'city',
      year: 2024,
      month: 3,
      ratePercent: '7.1',
      source: '测试',
      recordedBy: 'test:statistics',
    });
    expect(await answer()).toEqual({ computed: 2 });
    await loadReport(
      database,
      '2024-03-again.csv',
      report(2024, 3, { A: [110, 100], B: [240, 200], D: [30, null], E: [88, null], F: [270, 300], G: [78, 70] }),
    );
    expect(await answer()).toEqual({ computed: 3 });
  });
});
