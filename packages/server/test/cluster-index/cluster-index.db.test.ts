/**
 * The cluster index on stored data (cluster-index-scenario.ts): the 2024 index of three clusters recomputed by
 * hand from the firms' figures, the fixed-base series (100 in the base year for every unit, 2024 by hand), the
 * missing pool indicator's weight re-spread, digests that repeat for the same input, a new definition version
 * that gives a new result naming it, refused edits, and bilingual errors naming the path of a bad definition.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { AppError } from '../../src/app-error.ts';
import { computeClusterIndex } from '../../src/services/cluster-index/compute-cluster-index.ts';
import { computeIndexSeries } from '../../src/services/cluster-index/compute-index-series.ts';
import { listIndexDefinitions } from '../../src/services/cluster-index/list-index-definitions.ts';
import {
  loadIndexDefinitions,
  readIndexDefinitionFiles,
} from '../../src/services/cluster-index/load-index-definitions.ts';
import { storeIndexDefinition } from '../../src/services/cluster-index/store-index-definition.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { destroyTestDatabase } from '../http/api-test-kit.ts';
import { clusterOf, firms, loadClusterIndexScenario, testDefinitionYaml } from './cluster-index-scenario.ts';

let database: TestDatabase;
let definitionDir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadClusterIndexScenario(database);
  definitionDir = mkdtempSync(join(tmpdir(), 'observatory-index-'));
  writeFileSync(join(definitionDir, 'test-cluster-index.yaml'), testDefinitionYaml());
  await loadIndexDefinitions(database.db, { directory: definitionDir, loadedBy: 'test:loader' });
}, 180_000);
afterAll(async () => {
  rmSync(definitionDir, { recursive: true, force: true });
  await destroyTestDatabase(database);
}, 120_000);

const clusters = Object.entries(clusterOf) as [keyof typeof clusterOf, string][];
const sum = (letter: string, year: 2023 | 2024, pick: (f: (typeof firms)[string]['years'][2024]) => number) =>
  Object.values(firms)
    .filter((firm) => firm.cluster === letter)
    .reduce((total, firm) => total + pick(firm.years[year]), 0);
const land = (letter: string) =>
  Object.values(firms)
    .filter((firm) => firm.cluster === letter)
    .reduce((total, firm) => total + (firm.land.own ?? 0) + (firm.land.rentedIn ?? 0) - (firm.land.rentedOut ?? 0), 0);

/** The raw indicators of a cluster and year, by hand (万元 → 亿元, 元/亩 → 万元/亩, 吨标煤 per 万元). */
function rawByHand(letter: string, year: 2023 | 2024) {
  const output = sum(letter, year, (f) => f.output);
  return {
    output: output / 1e4,
    output_growth: (output / sum(letter, year, (f) => f.outputBase) - 1) * 100,
    tax_per_mu: sum(letter, year, (f) => f.tax) / land(letter),
    energy_per_output: sum(letter, year, (f) => f.energy) / output,
    firms_over_100m: Object.values(firms).filter((f) => f.cluster === letter && f.years[year].output >= 10000).length,
  };
}

const minMax = (values: number[], direction: 1 | -1) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return values.map((value) => ((direction === 1 ? value - low : high - value) / (high - low)) * 100);
};

const close = (actual: number | null | undefined, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

describe(`the cluster index on stored data (${testEngine})`, () => {
  it('loads the shipped and the test definitions by digest, again without change', async () => {
    const again = await loadIndexDefinitions(database.db, { directory: definitionDir, loadedBy: 'test:loader' });
    expect(again).toEqual([expect.objectContaining({ id: 'test-cluster-index', version: 1, status: 'unchanged' })]);
    const listed = await listIndexDefinitions(database.db);
    expect(listed.map((row) => `${row.id}@${row.version}`)).toEqual(
      expect.arrayContaining(['jiaxing-cluster-index@1', 'test-cluster-index@1']),
    );
  });

  it('computes the 2024 index of three clusters as recomputed by hand', async () => {
    const result = await computeClusterIndex(database.db, {
      period: { year: 2024, month: 0 },
      definition: 'test-cluster-index',
      computedBy: 'test',
    });
    expect(result.definition).toMatchObject({ id: 'test-cluster-index', version: 1 });
    const raw = clusters.map(([letter]) => rawByHand(letter, 2024));
    const norm = {
      output: minMax(
        raw.map((r) => r.output),
        1,
      ),
      output_growth: minMax(
        raw.map((r) => r.output_growth),
        1,
      ),
      tax_per_mu: minMax(
        raw.map((r) => r.tax_per_mu),
        1,
      ),
      energy_per_output: minMax(
        raw.map((r) => r.energy_per_output),
        -1,
      ),
      firms_over_100m: minMax(
        raw.map((r) => r.firms_over_100m),
        1,
      ),
    };
    const expected = clusters.map(
      (_, c) =>
        (2 * norm.output[c]! +
          norm.output_growth[c]! +
          norm.tax_per_mu[c]! +
          norm.energy_per_output[c]! +
          norm.firms_over_100m[c]!) /
        6,
    );
    const byCluster = new Map(result.clusters.map((row) => [row.cluster, row]));
    clusters.forEach(([letter, id], c) => {
      const row = byCluster.get(id)!;
      close(row.index, expected[c]!);
      for (const [indicator, value] of Object.entries(raw[c]!))
        close(row.indicators.find((entry) => entry.id === indicator)!.value, value);
      close(row.dimensions.find((d) => d.id === 'green')!.score, norm.energy_per_output[c]!);
      expect(letter).toBeTruthy();
    });
    const order = [...expected.keys()].sort((a, b) => expected[b]! - expected[a]!).map((c) => clusters[c]![1]);
    expect(result.clusters.map((row) => row.cluster)).toEqual(order);
    expect(result.clusters.map((row) => row.rank)).toEqual([1, 2, 3]);
  });

  it('re-spreads the weight of the pool indicator while no pool list is imported: quality = firms ≥ 1亿 alone', async () => {
    const result = await computeClusterIndex(database.db, {
      period: { year: 2024, month: 0 },
      definition: 'test-cluster-index',
      computedBy: 'test',
    });
    for (const row of result.clusters) {
      const pool = row.indicators.find((entry) => entry.id === 'little_giants')!;
      expect(pool).toEqual({ id: 'little_giants', value: null, normalised: null });
      const firmsOver = row.indicators.find((entry) => entry.id === 'firms_over_100m')!;
      close(row.dimensions.find((d) => d.id === 'quality')!.score, firmsOver.normalised!);
    }
    expect(result.messages.map((message) => message.message).join('\n')).toMatch(/小巨人.*no cultivation-pool list/);
  });

  it('gives the same digests for the same input and stores the result once', async () => {
    const query = { period: { year: 2024, month: 0 }, definition: 'test-cluster-index', computedBy: 'test' };
    const first = await computeClusterIndex(database.db, query);
    const second = await computeClusterIndex(database.db, { ...query, computedBy: 'someone else' });
    expect(second.digest).toBe(first.digest);
    expect(second.inputDigest).toBe(first.inputDigest);
    expect(second.resultId).toBe(first.resultId);
    const other = await computeClusterIndex(database.db, { ...query, period: { year: 2023, month: 0 } });
    expect(other.inputDigest).not.toBe(first.inputDigest);
  });

  it('publishes a fixed-base series: 100 in the base year for every unit, 2024 by hand', async () => {
    const series = await computeIndexSeries(database.db, {
      from: 2023,
      to: 2024,
      definition: 'test-cluster-index',
      computedBy: 'test',
    });
    expect(series.baseYear).toBe(2023);
    expect(series.units.map((unit) => unit.kind)).toEqual(['cluster', 'cluster', 'cluster', 'system', 'city']);
    for (const unit of series.units) {
      expect(unit.points.map((point) => point.year)).toEqual([2023, 2024]);
      close(unit.points[0]!.index, 100);
      for (const dimension of unit.points[0]!.dimensions) if (dimension.value !== null) close(dimension.value, 100);
    }
    for (const [letter, id] of clusters) {
      const base = rawByHand(letter, 2023);
      const now = rawByHand(letter, 2024);
      const relatives = {
        scale: now.output / base.output,
        growth: 1 + (now.output_growth - base.output_growth) / 100,
        efficiency: now.tax_per_mu / base.tax_per_mu,
        green: base.energy_per_output / now.energy_per_output,
        quality: now.firms_over_100m / base.firms_over_100m,
      };
      const expected =
        (100 * (2 * relatives.scale + relatives.growth + relatives.efficiency + relatives.green + relatives.quality)) /
        6;
      close(series.units.find((unit) => unit.unit === id)!.points[1]!.index, expected);
    }
  });

  it('stores a new definition version as data, and a result that names it', async () => {
    const document = parseYaml(testDefinitionYaml({ version: 2, scaleWeight: 1 })) as unknown;
    const stored = await storeIndexDefinition(database.db, 'test-cluster-index', document, 'test:bureau');
    expect(stored).toMatchObject({ version: 2, status: 'added' });
    expect(await storeIndexDefinition(database.db, 'test-cluster-index', document, 'test:bureau')).toMatchObject({
      status: 'unchanged',
    });
    const v2 = await computeClusterIndex(database.db, {
      period: { year: 2024, month: 0 },
      definition: 'test-cluster-index',
      computedBy: 'test',
    });
    const v1 = await computeClusterIndex(database.db, {
      period: { year: 2024, month: 0 },
      definition: 'test-cluster-index@1',
      computedBy: 'test',
    });
    expect(v2.definition).toMatchObject({ version: 2, digest: stored.digest });
    expect(v1.definition.version).toBe(1);
    expect(v2.digest).not.toBe(v1.digest);
    expect(v2.resultId).not.toBe(v1.resultId);
    const rows = await database.db
      .selectFrom('index_result')
      .select(['definition_version', 'definition_digest', 'digest'])
      .where('definition_id', '=', 'test-cluster-index')
      .where('kind', '=', 'clusters')
      .where('period', '=', '2024')
      .execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { definition_version: 2, definition_digest: stored.digest, digest: v2.digest },
        expect.objectContaining({ definition_version: 1, digest: v1.digest }),
      ]),
    );
  });

  it.each([
    ['the same version with other content', { version: 2, scaleWeight: 3 }, /bump its version/],
    ['an older version that was never stored', { version: 1, scaleWeight: 5 }, /bump its version|must be higher/],
  ])('refuses %s', async (_what, options, pattern) => {
    const document = parseYaml(testDefinitionYaml(options)) as unknown;
    const refused = storeIndexDefinition(database.db, 'test-cluster-index', document, 'test:bureau');
    await expect(refused).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(pattern) });
  });

  it('reports an engine refusal on the data as a validation failure naming the definition', async () => {
    const yaml = testDefinitionYaml()
      .replace('id: test-cluster-index', 'id: test-geometric')
      .replace('method: arithmetic-mean', 'method: geometric-mean');
    await storeIndexDefinition(database.db, 'test-geometric', parseYaml(yaml), 'test:bureau');
    const refused = computeClusterIndex(database.db, {
      period: { year: 2024, month: 0 },
      definition: 'test-geometric',
      computedBy: 'test',
    });
    await expect(refused).rejects.toMatchObject({
      code: 'validation_failed',
      message: expect.stringMatching(/test-geometric .*geometric-mean/),
    });
  });

  it('refuses a definition whose id differs from the one it is stored under', async () => {
    const document = parseYaml(testDefinitionYaml({ version: 9 })) as unknown;
    await expect(storeIndexDefinition(database.db, 'other-index', document, 'test')).rejects.toMatchObject({
      code: 'validation_failed',
      details: [expect.objectContaining({ path: 'id' })],
    });
  });

  it.each([
    [
      'an unknown measure',
      (yaml: string) => yaml.replace('numerator: tax_paid', 'numerator: tax_payed'),
      'test-cluster-index.yaml:dimensions.2.indicators.0.source.numerator',
      /没有指标 "tax_payed" \(unknown measure "tax_payed"\)/,
    ],
    [
      'a direction of 2',
      (yaml: string) => yaml.replace('direction: -1', 'direction: 2'),
      'test-cluster-index.yaml:dimensions.3.indicators.0.direction',
      /定义字段 .* 无效 \(definition field .* is invalid\)/,
    ],
    [
      'a source kind outside the vocabulary',
      (yaml: string) => yaml.replace('kind: pool_count', 'kind: pool_size'),
      'test-cluster-index.yaml:dimensions.4.indicators.1.source.kind',
      /定义字段/,
    ],
    [
      'YAML that does not parse',
      (yaml: string) => `${yaml}\n  - : [`,
      'test-cluster-index.yaml',
      /YAML 无法解析 \(not valid YAML\)/,
    ],
  ])('reports %s with its path, in both languages', (_what, edit, path, pattern) => {
    const dir = mkdtempSync(join(tmpdir(), 'observatory-index-bad-'));
    try {
      writeFileSync(join(dir, 'test-cluster-index.yaml'), edit(testDefinitionYaml()));
      let caught: unknown;
      try {
        readIndexDefinitionFiles(dir);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AppError);
      const error = caught as AppError;
      expect(error.message).toMatch(/指数定义文件有误.*\(invalid index definition files/);
      expect(error.details).toContainEqual({ path, message: expect.stringMatching(pattern) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
