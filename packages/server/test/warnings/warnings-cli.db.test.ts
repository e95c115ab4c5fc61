/**
 * `observatory warnings` as a person runs it, on a database of the test engine holding the statistics scenario
 * (loaded through the services): `run` (loads the shipped rules by digest), `list`, `ack` and `close` (港区
 * falls 10 %: red under the shipped unit-output-growth-low). Five spawns: each costs a start of the command.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, type EmptyDatabase } from '../harness/cli-database.ts';
import { seedCliDatabase, succeeded } from '../harness/seed-cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { runObservatory } from '../intake/cli-runner.ts';
import { loadScenario } from '../statistics/statistics-scenario.ts';

let database: EmptyDatabase;
beforeAll(async () => {
  database = await createEmptyDatabase();
}, 120_000);
afterAll(async () => database.destroy(), 120_000);

const observatory = (...args: string[]) => runObservatory(database.env, args, 180_000);

describe(`observatory warnings on ${testEngine}`, { timeout: 900_000 }, () => {
  it('runs the shipped rules, lists, acknowledges and closes a warning', async () => {
    await seedCliDatabase(database, async (opened) => {
      await loadScenario(opened);
    });

    const summary = JSON.parse(
      succeeded(await observatory('warnings', 'run', '--period', '2024-03', '--format', 'json')),
    ) as { period: { year: number; month: number }; rules: { ruleId: string; evaluable: boolean }[] };
    expect(summary.period).toEqual({ year: 2024, month: 3 });
    const evaluable = new Map(summary.rules.map((rule) => [rule.ruleId, rule.evaluable]));
    expect(evaluable.get('unit-output-growth-low')).toBe(true);
    expect(evaluable.get('project-start-overdue')).toBe(false);
    expect(evaluable.has('unit-output-month-decline')).toBe(false); // disabled in the shipped file

    const listed = JSON.parse(
      succeeded(
        await observatory('warnings', 'list', '--unit', 'jiaxing-port', '--severity', 'red', '--format', 'json'),
      ),
    ) as { warnings: { id: number; ruleId: string; severity: string; status: string }[] };
    const port = listed.warnings.find((w) => w.ruleId === 'unit-output-growth-low')!;
    expect(port).toMatchObject({ severity: 'red', status: 'open' });

    expect(succeeded(await observatory('warnings', 'ack', String(port.id), '--by', '港区经发局'))).toContain('已确认');
    expect(
      succeeded(await observatory('warnings', 'close', String(port.id), '--by', '港区经发局', '--note', '已约谈企业')),
    ).toContain('已关闭');
    const closed = succeeded(await observatory('warnings', 'list', '--status', 'closed'));
    expect(closed).toContain(`#${port.id} [红]`);
    expect(closed).toContain('共 1 条');
  });
});
