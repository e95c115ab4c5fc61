/**
 * `observatory index cluster` and `observatory index series` as a person runs them, against a database of the
 * test engine holding the cluster-index scenario and its test definition: the ranking as JSON naming the
 * definition version, the series as text with 100 in the base year, and a bad period refused with exit code 1.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { loadIndexDefinitions } from '../../src/services/cluster-index/load-index-definitions.ts';
import { prepareDatabase } from '../../src/services/prepare-database.ts';
import { createEmptyDatabase, waitForDisconnect, type EmptyDatabase } from '../harness/cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { runObservatory, type CliResult } from '../intake/cli-runner.ts';
import { loadClusterIndexScenario, testDefinitionYaml } from './cluster-index-scenario.ts';

let database: EmptyDatabase;
let definitionDir: string;
beforeAll(async () => {
  database = await createEmptyDatabase();
  definitionDir = mkdtempSync(join(tmpdir(), 'observatory-index-cli-'));
  writeFileSync(join(definitionDir, 'test-cluster-index.yaml'), testDefinitionYaml());
  const opened = await openDatabase(
    database.databaseUrl === null
      ? { engine: 'pglite', dataDir: database.pgliteDir }
      : { engine: 'postgresql', url: database.databaseUrl },
  );
  try {
    await prepareDatabase(opened.db);
    await loadClusterIndexScenario(opened);
    await loadIndexDefinitions(opened.db, { directory: definitionDir, loadedBy: 'test' });
  } finally {
    await opened.close();
    if (database.databaseUrl !== null) await waitForDisconnect(database.databaseUrl);
  }
}, 180_000);
afterAll(async () => {
  rmSync(definitionDir, { recursive: true, force: true });
  await database.destroy();
}, 120_000);

const observatory = (...args: string[]) => runObservatory(database.env, args, 180_000);
const succeeded = (result: CliResult) => {
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
};

describe(`observatory index cluster|series on ${testEngine}`, { timeout: 300_000 }, () => {
  it('ranks the clusters of a year and prints the fixed-base series', async () => {
    const ranking = JSON.parse(
      succeeded(
        await observatory(
          'index',
          'cluster',
          '--period',
          '2024',
          '--definition',
          'test-cluster-index',
          '--format',
          'json',
        ),
      ),
    ) as { definition: { id: string; version: number }; clusters: { rank: number }[]; digest: string };
    expect(ranking.definition).toMatchObject({ id: 'test-cluster-index', version: 1 });
    expect(ranking.clusters.map((row) => row.rank)).toEqual([1, 2, 3]);
    expect(ranking.digest).toMatch(/^[0-9a-f]{64}$/);

    const series = succeeded(
      await observatory('index', 'series', '--from', '2023', '--to', '2024', '--definition', 'test-cluster-index@1'),
    );
    expect(series).toContain('定基 2023 = 100');
    expect(series).toMatch(/现代纺织服装[^\n]*\t100\.0\t/);
    expect(series).toContain('体系合计 system');

    const refused = await observatory('index', 'cluster', '--period', '2024-13');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/period must be YYYY-MM or YYYY|月份/);
  });
});
