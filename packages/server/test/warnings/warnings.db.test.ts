/**
 * Warnings on the statistics scenario, on both engines: imports run the rules, a second run opens no
 * duplicate, a rising severity is recorded on the same warning, a condition that no longer holds is marked
 * cleared but stays open, acknowledge and close with a note, rules that cannot be evaluated say so, and a
 * failing warning run never fails the import.
 */
import { rmSync } from 'node:fs';
import { accessSubject } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgeWarning, closeWarning } from '../../src/services/warnings/change-warning-status.ts';
import { getWarning, listWarnings } from '../../src/services/warnings/list-warnings.ts';
import { loadWarningRules } from '../../src/services/warnings/load-warning-rules.ts';
import { runWarnings } from '../../src/services/warnings/run-warnings.ts';
import { runWarningsAfterImport } from '../../src/services/warnings/run-warnings-after-import.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { firms, loadReport, loadScenario, report } from '../statistics/statistics-scenario.ts';
import { writeRulesDir } from './warnings-scenario.ts';

let database: TestDatabase;
const admin = accessSubject('admin', 'city_admin', { kind: 'city' });
let rulesDir: string;

const march = { A: [110, 100], B: [240, 200], D: [30, null], E: [88, null], G: [77, 70] } as const;
const marchWith = (f: [number, number]) => report(2024, 3, { ...march, F: f } as Parameters<typeof report>[2]);
const find = async (ruleId: string, subjectId: string, status?: string) =>
  (await listWarnings(database.db, { enterpriseScope: { kind: 'all' }, ruleId, status })).warnings.filter(
    (w) => w.subject.id === subjectId,
  );

beforeAll(async () => {
  database = await createTestDatabase();
  rulesDir = writeRulesDir();
  await loadWarningRules(database.db, { directory: rulesDir, loadedBy: 'test:rules' });
  await loadScenario(database);
}, 180_000);
afterAll(async () => {
  rmSync(rulesDir, { recursive: true, force: true });
  await database.destroy();
});

describe(`warnings on ${testEngine}`, { timeout: 60_000 }, () => {
  it('runs after each import and opens the warnings the figures call for', async () => {
    const { warnings, lastRun } = await listWarnings(database.db, { enterpriseScope: { kind: 'all' }, status: 'open' });
    expect(lastRun).toMatchObject({
      action: 'run',
      actor: 'system:import',
      details: { period: { year: 2024, month: 3 } },
    });
    const summary = warnings.map((w) => [w.ruleId, w.subject.id, w.severity, w.owner]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['sanda-growth-low', 'sanda-fine-chemicals', 'orange', 'city:经信局产业处'],
        ['sanda-below-city', 'sanda-fine-chemicals', 'yellow', 'city:经信局产业处'],
        ['sanda-leader-drop', firms.F.uscc, 'orange', 'unit:jiaxing-port'], // exactly 10 % down: at least 10
        ['unit-growth-low', 'jiaxing-port', 'orange', 'unit:jiaxing-port'],
      ]),
    );
    expect(warnings).toHaveLength(4);
    const chemicals = (await find('sanda-growth-low', 'sanda-fine-chemicals'))[0]!;
    expect(chemicals.figures).toEqual({ growthPercent: expect.closeTo(-10, 9), thresholdPercent: -5 });
    expect(chemicals.period).toBe('2024-03');
    expect(chemicals.message.zh).toBe('1–N月累计增速-10.0%，低于-5.0%');
    const gap = (await find('sanda-below-city', 'sanda-fine-chemicals'))[0]!;
    expect(gap.figures.cityGrowthPercent).toBeCloseTo((785 / 750 - 1) * 100, 9);
  });

  it('says which rules it could not evaluate, and skips disabled ones', async () => {
    const summary = await runWarnings(database.db, { actor: 'alice' });
    const byRule = new Map(summary.rules.map((rule) => [rule.ruleId, rule]));
    expect(byRule.has('switched-off')).toBe(false);
    expect(byRule.get('projects-late')).toMatchObject({
      evaluable: false,
      reason: { zh: '本年度尚未导入项目清单，无法判断' },
    });
    expect(byRule.get('unit-more-d')).toMatchObject({ evaluable: false });
    expect(byRule.get('sanda-growth-low')).toMatchObject({ evaluable: true, findings: 1, skipped: 1 }); // 智能家居: no data
  });

  it('opens no duplicate on a second run of the same period', async () => {
    const before = (await listWarnings(database.db, { enterpriseScope: { kind: 'all' } })).warnings.length;
    const summary = await runWarnings(database.db, { actor: 'alice', period: { year: 2024, month: 3 } });
    expect(summary).toMatchObject({ opened: 0, raised: 0, cleared: 0, seenAgain: 4 });
    expect((await listWarnings(database.db, { enterpriseScope: { kind: 'all' } })).warnings).toHaveLength(before);
  });

  it('raises the severity of the open warning when a corrected file makes it worse, as an event', async () => {
    const [before] = await find('sanda-growth-low', 'sanda-fine-chemicals');
    await loadReport(database, '2024-03-revised.csv', marchWith([200, 300])); // −33 %
    const [after] = await find('sanda-growth-low', 'sanda-fine-chemicals');
    expect(after).toMatchObject({ id: before!.id, severity: 'red', status: 'open' });
    const trail = (await getWarning(database.db, after!.id)).events;
    expect(trail.map((event) => event.action)).toEqual(['opened', 'severity_raised']);
    expect(trail[1]).toMatchObject({ actor: 'system:import', details: { from: 'orange', to: 'red' } });
  });

  it('acknowledges and closes with a note; a closed warning lets a new one open', async () => {
    const [open] = await find('unit-growth-low', 'jiaxing-port', 'open');
    const otherCounty = accessSubject('county', 'county_staff', { kind: 'unit', reportingUnitId: '330411' });
    await expect(
      acknowledgeWarning(database.db, { id: open!.id, by: 'x', subject: otherCounty }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const leader = accessSubject('leader', 'leader', { kind: 'city' });
    await expect(
      closeWarning(database.db, { id: open!.id, by: 'x', note: 'y', subject: leader }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const acknowledged = await acknowledgeWarning(database.db, { id: open!.id, by: ' 港区经发局 ', subject: admin });
    expect(acknowledged).toMatchObject({ status: 'acknowledged', acknowledgedBy: '港区经发局' });
    await expect(acknowledgeWarning(database.db, { id: open!.id, by: 'x', subject: admin })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(closeWarning(database.db, { id: open!.id, by: 'x', note: ' ', subject: admin })).rejects.toMatchObject(
      {
        code: 'validation_failed',
      },
    );
    await expect(acknowledgeWarning(database.db, { id: 99_999, by: 'x', subject: admin })).rejects.toMatchObject({
      code: 'not_found',
    });
    const closed = await closeWarning(database.db, {
      id: open!.id,
      by: '港区经发局',
      note: '已约谈企业，产能恢复中',
      subject: admin,
    });
    expect(closed).toMatchObject({ status: 'closed', closedBy: '港区经发局', closeNote: '已约谈企业，产能恢复中' });
    await expect(closeWarning(database.db, { id: open!.id, by: 'x', note: 'y', subject: admin })).rejects.toMatchObject(
      {
        code: 'conflict',
      },
    );
    expect((await getWarning(database.db, open!.id)).events.map((e) => e.action)).toEqual([
      'opened',
      'acknowledged',
      'closed',
    ]);

    const summary = await runWarnings(database.db, { actor: 'alice' });
    expect(summary.opened).toBe(1);
    const again = await find('unit-growth-low', 'jiaxing-port');
    expect(again.map((w) => w.status).sort()).toEqual(['closed', 'open']);
  });

  it('marks a warning cleared, not closed, when the condition no longer holds', async () => {
    await loadReport(database, '2024-03-second-revision.csv', marchWith([310, 300])); // +3.3 %
    const [chemicals] = await find('sanda-growth-low', 'sanda-fine-chemicals');
    expect(chemicals).toMatchObject({ status: 'open', severity: 'red' });
    expect(chemicals!.clearedAt).not.toBeNull();
    expect((await getWarning(database.db, chemicals!.id)).events.at(-1)!.action).toBe('cleared');
    const [leader] = await find('sanda-leader-drop', firms.F.uscc);
    expect(leader!.clearedAt).not.toBeNull();
  });

  it('keeps the import when the warning run fails, and reports the failure', async () => {
    const target = database.db;
    const broken = new Proxy(target, {
      get(object, property) {
        if (property === 'selectFrom')
          return () => {
            throw new Error('warnings exploded');
          };
        const value = Reflect.get(object, property) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
      },
    });
    const logged: string[] = [];
    const outcome = await runWarningsAfterImport(broken, (line) => logged.push(line));
    expect(outcome).toEqual({ ok: false, error: 'warnings exploded' });
    expect(logged[0]).toMatch(/warning run failed; the import stands/);
    const { lastRun } = await listWarnings(database.db, { enterpriseScope: { kind: 'all' } });
    expect(lastRun).toMatchObject({ action: 'run_failed', details: { error: 'warnings exploded' } });
  });

  it('refuses a run for a year (warnings run on months) and a status or severity it does not know', async () => {
    await expect(runWarnings(database.db, { actor: 'a', period: { year: 2024, month: 0 } })).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(listWarnings(database.db, { enterpriseScope: { kind: 'all' }, status: 'done' })).rejects.toMatchObject(
      { code: 'validation_failed' },
    );
  });

  it('keeps the event trail append-only', async () => {
    await expect(database.db.deleteFrom('warning_event').execute()).rejects.toThrow(/append-only/);
  });
});
