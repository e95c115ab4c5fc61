/**
 * `observatory platforms import|list` and `observatory targets` as a person runs them, on a database of the test
 * engine with the shipped registry: a list imported from a file, listed as csv, then the targets as text and json
 * with the platform counts from the register. Four spawns.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedRegistryDir } from '../../src/data-files.ts';
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { createEmptyDatabase, type EmptyDatabase } from '../harness/cli-database.ts';
import { seedCliDatabase, succeeded } from '../harness/seed-cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { runObservatory } from '../intake/cli-runner.ts';
import { platformListCsv } from '../platforms/platforms-scenario.ts';

let database: EmptyDatabase;
const scratch = mkdtempSync(join(tmpdir(), 'platforms-cli-'));
beforeAll(async () => {
  database = await createEmptyDatabase();
}, 120_000);
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await database.destroy();
}, 120_000);

const observatory = (...args: string[]) => runObservatory(database.env, args, 180_000);

describe(`observatory platforms and targets on ${testEngine}`, { timeout: 900_000 }, () => {
  it('imports a platform list, lists it and shows the targets measured from it', async () => {
    await seedCliDatabase(database, async (opened) => {
      await loadRegistryFiles(opened.db, shippedRegistryDir);
    });
    const file = join(scratch, '平台载体名单.csv');
    writeFileSync(file, platformListCsv());
    expect(succeeded(await observatory('platforms', 'import', file))).toContain('新增 13');

    const csv = succeeded(await observatory('platforms', 'list', '--kind', 'innovation_complex', '--format', 'csv'));
    expect(csv.split('\n').filter((line) => line.trim() !== '')).toHaveLength(4);
    expect(csv).toContain(
      '平湖化工新材料产业创新服务综合体,产业创新服务综合体,省级,330482,wuda-chemical-materials,,培育/创建,2024-03-01',
    );

    const text = succeeded(await observatory('targets', '--year', '2024'));
    expect(text).toContain('【四(一) 平台载体】');
    expect(text).toContain('国家级新型工业化产业示范基地（5家左右）: 2 / 5 [名录] 进度 40.0%');

    const json = JSON.parse(
      succeeded(await observatory('targets', '--system', 'wuda', '--year', '2024', '--format', 'json')),
    ) as {
      targets: { targetId: string; source: string }[];
    };
    expect(json.targets.find((t) => t.targetId === 'wuda-global-brands-2025')!.source).toBe('unavailable');
  });
});
