/**
 * `observatory chains` as a person runs it, on a database of the test engine holding the chain scenario: `load`
 * (the shipped files, then unchanged by digest), `list` and `show` in text and JSON. Four spawns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, type EmptyDatabase } from '../harness/cli-database.ts';
import { seedCliDatabase, succeeded } from '../harness/seed-cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { runObservatory } from '../intake/cli-runner.ts';
import { loadChainScenario } from './chains-scenario.ts';

let database: EmptyDatabase;
beforeAll(async () => {
  database = await createEmptyDatabase();
}, 120_000);
afterAll(async () => database.destroy(), 120_000);

const observatory = (...args: string[]) => runObservatory(database.env, args, 180_000);

describe(`observatory chains on ${testEngine}`, { timeout: 900_000 }, () => {
  it('loads the chain files, lists the chains and shows one', async () => {
    await seedCliDatabase(database, async (opened) => {
      await loadChainScenario(opened);
    });

    const loaded = JSON.parse(succeeded(await observatory('chains', 'load', '--format', 'json'))) as {
      id: string;
      status: string;
    }[];
    expect(loaded.map((o) => o.status)).toEqual(['added', 'added', 'added', 'added']);
    expect(succeeded(await observatory('chains', 'load'))).toContain(
      'differentiated-fibre 第 1 版 (version) unchanged',
    );

    const listed = succeeded(await observatory('chains', 'list', '--year', '2024'));
    expect(listed).toContain('2024年1-3月累计产值');
    expect(listed).toContain('differentiated-fibre 差别化纤维产业链: 强 1 弱 2 缺 4');

    const shown = succeeded(await observatory('chains', 'show', 'differentiated-fibre', '--year', '2024'));
    expect(shown).toContain('[中游] 涤纶长丝与短纤: 强，5 家，产值 600.0亿元');
    expect(shown).toContain('[上游] 炼化（PX、乙二醇）: 缺，0 家，产值 —，补链');
  });
});
