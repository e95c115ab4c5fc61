/**
 * `observatory pools` as a person runs it, on a database of the test engine holding the pool scenario: `screen`
 * in CSV and JSON, `summary` in text, and a refused tier. Four spawns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, type EmptyDatabase } from '../harness/cli-database.ts';
import { seedCliDatabase, succeeded } from '../harness/seed-cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { runObservatory } from '../intake/cli-runner.ts';
import { loadPoolScenario, poolFirms } from './pools-scenario.ts';

let database: EmptyDatabase;
beforeAll(async () => {
  database = await createEmptyDatabase();
}, 120_000);
afterAll(async () => database.destroy(), 120_000);

const observatory = (...args: string[]) => runObservatory(database.env, args, 180_000);

describe(`observatory pools on ${testEngine}`, { timeout: 900_000 }, () => {
  it('screens candidates and prints the summary', async () => {
    await seedCliDatabase(database, async (opened) => {
      await loadPoolScenario(opened);
    });

    const csv = succeeded(await observatory('pools', 'screen', '--tier', 'specialised', '--year', '2024'));
    const lines = csv.trim().split('\n');
    expect(lines[0]).toContain('统一社会信用代码,企业名称,报送单位,结果,niche-years（结果）');
    expect(lines).toHaveLength(6);
    expect(csv).toContain(
      `${poolFirms.S1.uscc},培育企业S1,330483,eligible,manual_check,,pass,3000000,pass,6,pass,50000000`,
    );

    const json = JSON.parse(
      succeeded(await observatory('pools', 'screen', '--tier', 'little_giant', '--year', '2024', '--format', 'json')),
    ) as { candidates: { uscc: string }[] };
    expect(json.candidates.map((c) => c.uscc)).toEqual([poolFirms.S2.uscc]);

    const summary = succeeded(await observatory('pools', 'summary', '--date', '2024-12-31'));
    expect(summary).toContain('隐形冠军企业: 2 家，即将到期 1（330481 2）');

    const refused = await observatory('pools', 'screen', '--tier', 'bronze', '--year', '2024');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--tier');
  });
});
