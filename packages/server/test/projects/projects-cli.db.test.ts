/**
 * `observatory projects summary` as a person runs it, on a database of the test engine holding the projects
 * scenario: the human table, csv and json, and a refused month. Four spawns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, type EmptyDatabase } from '../harness/cli-database.ts';
import { seedCliDatabase, succeeded } from '../harness/seed-cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { runObservatory } from '../intake/cli-runner.ts';
import { loadProjectsScenario } from './projects-scenario.ts';

let database: EmptyDatabase;
beforeAll(async () => {
  database = await createEmptyDatabase();
}, 120_000);
afterAll(async () => database.destroy(), 120_000);

const observatory = (...args: string[]) => runObservatory(database.env, args, 180_000);

describe(`observatory projects on ${testEngine}`, { timeout: 900_000 }, () => {
  it('summarises the year as a table, csv and json', async () => {
    await seedCliDatabase(database, async (opened) => {
      await loadProjectsScenario(opened);
    });

    const table = succeeded(await observatory('projects', 'summary', '--year', '2024'));
    expect(table).toContain('2024年1-6月重大工业项目推进情况（截至2024-06-30）');
    expect(table).toMatch(/海宁市.*2 个/u);
    expect(table).toMatch(/合计.*4 个.*完成 +3\.03亿元.*开工率 +75\.0%.*逾期 2.*技改 1/u);

    const csv = succeeded(await observatory('projects', 'summary', '--year', '2024', '--month', '3', '--format', 'csv'))
      .trim()
      .split('\n');
    expect(csv[0]).toContain('项目数');
    expect(csv.at(-1)).toMatch(/^total,合计,4,1504000000,544000000,121000000,/u);

    const json = JSON.parse(
      succeeded(await observatory('projects', 'summary', '--year', '2024', '--unit', '330481', '--format', 'json')),
    ) as { total: { projects: number } };
    expect(json.total.projects).toBe(2);

    const refused = await observatory('projects', 'summary', '--year', '2024', '--month', '13');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--month');
  });
});
