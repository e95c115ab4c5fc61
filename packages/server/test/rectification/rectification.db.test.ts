/**
 * The rectification register on stored data: candidates from the published run and the data rules, opening cases
 * (origin checked, one per firm and year, a county for its own unit), the status machine with its required fields
 * and bilingual refusals, the trail, lists by filter and scope, the monthly bulletin by unit with targets and its
 * xlsx, and the tables' guards (no delete, trail append-only, identity immutable).
 */
import { accessSubject, evaluateWarningRule, warningRuleSchema } from '@observatory/core';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { buildRectificationBulletin } from '../../src/services/rectification/build-rectification-bulletin.ts';
import { findRectificationCandidates } from '../../src/services/rectification/find-rectification-candidates.ts';
import {
  getRectificationCase,
  listRectificationCases,
} from '../../src/services/rectification/list-rectification-cases.ts';
import { moveRectificationCase } from '../../src/services/rectification/move-rectification-case.ts';
import { openRectificationCase } from '../../src/services/rectification/open-rectification-case.ts';
import { renderRectificationBulletinXlsx } from '../../src/services/rectification/render-rectification-bulletin-xlsx.ts';
import { todayInChina } from '../../src/services/rectification/present-rectification-case.ts';
import { rectificationOverdueInput } from '../../src/services/rectification/rectification-warning-input.ts';
import { setRectificationTarget } from '../../src/services/rectification/set-rectification-target.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { destroyTestDatabase } from '../http/api-test-kit.ts';
import { firms, loadRectificationScenario, tongxiangFirm, year } from './rectification-scenario.ts';

let database: TestDatabase;
let runId: number;
beforeAll(async () => {
  database = await createTestDatabase();
  runId = await loadRectificationScenario(database);
}, 240_000);
afterAll(() => destroyTestDatabase(database), 120_000);

const city = accessSubject('city.admin', 'city_admin', { kind: 'city' });
const nanhu = accessSubject('nh.staff', 'county_staff', { kind: 'unit', reportingUnitId: '330402' });
const tongxiang = accessSubject('tx.staff', 'county_staff', { kind: 'unit', reportingUnitId: '330483' });

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const open = (uscc: string, origin: 'evaluation' | 'data_rule' | 'local_report', more = {}) =>
  openRectificationCase(database.db, { uscc, year, origin, by: 'city.admin', subject: city, ...more });

describe(`rectification on ${testEngine}`, { timeout: 120_000 }, () => {
  let caseT: number;

  it('finds candidates from the published run and from the data rules on stored facts', async () => {
    const found = await findRectificationCandidates(database.db, { year, scope: { kind: 'all' } });
    expect(found.runId).toBe(runId);
    const byUscc = new Map(found.candidates.map((c) => [c.uscc, c]));
    expect([...byUscc.keys()].sort()).toEqual(
      [firms.S, firms.T, firms.U, firms.V, firms.W, firms.Y].map((f) => f.uscc).sort(),
    );
    expect(
      byUscc
        .get(firms.T.uscc)!
        .evaluation!.map((r) => r.code)
        .sort(),
    ).toEqual(['class', 'tax_per_mu_below_floor']);
    expect(byUscc.get(firms.T.uscc)!.dataRules.map((f) => f.ruleId)).toEqual([
      'evaluation-d-class',
      'tax-per-mu-three-years',
    ]);
    expect(byUscc.get(firms.Y.uscc)).toMatchObject({ evaluation: null, landMu: 2 });
    expect(byUscc.get(firms.Y.uscc)!.dataRules[0]!.text.zh).toBe('连续 3 年亩均税收低于 3 万元/亩');
    const tongxiangView = await findRectificationCandidates(database.db, {
      year,
      scope: { kind: 'unit', reportingUnitId: '330483' },
    });
    expect(tongxiangView.candidates).toEqual([]);
  });

  it('opens cases with a checked origin, one per firm and year', async () => {
    const opened = await open(firms.T.uscc, 'evaluation', { deadline: '2024-06-30' });
    caseT = opened.id;
    expect(opened).toMatchObject({
      status: 'survey',
      origin: 'evaluation',
      originRunId: runId,
      landMu: 10,
      reportingUnitId: '330402',
      nextStatuses: ['confirmed', 'dismissed'],
      overdue: true,
      history: [{ from: null, to: 'survey', by: 'city.admin' }],
    });
    expect((await appError(open(firms.T.uscc, 'data_rule'))).code).toBe('conflict');
    const notCandidate = await appError(open(firms.P.uscc, 'evaluation'));
    expect(notCandidate.code).toBe('validation_failed');
    expect(notCandidate.message).toMatch(/不是.*候选.*not a candidate/);
    expect((await appError(open(firms.P.uscc, 'data_rule'))).message).toMatch(/no data rule/);
    expect((await appError(open(firms.Q.uscc, 'local_report'))).message).toMatch(/needs a note/);
    const y = await open(firms.Y.uscc, 'data_rule');
    expect(y.originRules).toHaveLength(1);
    const local = await openRectificationCase(database.db, {
      uscc: tongxiangFirm,
      year,
      origin: 'local_report',
      note: '村级工业园低效厂房',
      landMu: 30,
      parcelRefs: ['桐国用(2015)第0123号'],
      energyTce: 800,
      by: 'tx.staff',
      subject: tongxiang,
    });
    expect(local).toMatchObject({
      reportingUnitId: '330483',
      openedBy: 'tx.staff',
      parcelRefs: ['桐国用(2015)第0123号'],
    });
    const foreign = await appError(
      openRectificationCase(database.db, {
        uscc: firms.S.uscc,
        year,
        origin: 'evaluation',
        by: 'tx.staff',
        subject: tongxiang,
      }),
    );
    expect(foreign.code).toBe('forbidden');
  });

  it('moves a case one step at a time with the fields each step needs', async () => {
    const move = (to: Parameters<typeof moveRectificationCase>[1]['to'], more = {}, subject = nanhu) =>
      moveRectificationCase(database.db, { id: caseT, to, by: subject.accountId, subject, ...more });
    const skip = await appError(move('planned', { planType: 'exit' }));
    expect(skip.message).toBe(
      '只能逐步推进：摸排 → 方案 不允许 (One step forward at a time: Survey → Plan is not allowed)',
    );
    expect((await appError(move('confirmed', {}, tongxiang))).code).toBe('forbidden');
    await move('confirmed', { note: '现场核查属实', evidence: '核查表 2024-001' });
    const noPlan = await appError(move('planned'));
    expect(noPlan.details).toEqual([{ path: 'body.planType', message: 'A plan type is needed before the plan stage' }]);
    await move('planned', { planType: 'exit', deadline: '2099-12-31' });
    await move('implementing');
    const noOutcome = await appError(move('accepted', { landFreedMu: 10 }));
    expect(noOutcome.message).toMatch(/腾出用地.*吨标煤/);
    await move('accepted', {
      landFreedMu: 10,
      energyFreedTce: 120.5,
      taxPerMuBeforeYuan: 20000,
      taxPerMuAfterYuan: 150000,
    });
    const closed = await move('closed');
    expect(closed).toMatchObject({
      status: 'closed',
      planType: 'exit',
      landFreedMu: 10,
      energyFreedTce: 120.5,
      deadline: '2099-12-31',
      overdue: false,
      nextStatuses: [],
    });
    expect(closed.history!.map((h) => [h.from, h.to, h.by])).toEqual([
      [null, 'survey', 'city.admin'],
      ['survey', 'confirmed', 'nh.staff'],
      ['confirmed', 'planned', 'nh.staff'],
      ['planned', 'implementing', 'nh.staff'],
      ['implementing', 'accepted', 'nh.staff'],
      ['accepted', 'closed', 'nh.staff'],
    ]);
    expect(closed.history![1]).toMatchObject({ note: '现场核查属实', evidence: '核查表 2024-001' });
    expect((await appError(move('closed'))).message).toMatch(/终态.*final/);
  });

  it('dismisses after the check only with a note', async () => {
    const [y] = await listRectificationCases(database.db, {
      year,
      scope: { kind: 'all' },
      status: 'survey',
      unit: '330402',
    });
    const bare = await appError(
      moveRectificationCase(database.db, { id: y!.id, to: 'dismissed', by: 'x', subject: city }),
    );
    expect(bare.details).toEqual([{ path: 'body.note', message: 'Dismissing a case needs a note on the check' }]);
    const dismissed = await moveRectificationCase(database.db, {
      id: y!.id,
      to: 'dismissed',
      note: '已于2023年底转型为研发总部',
      by: 'city.admin',
      subject: city,
    });
    expect(dismissed.status).toBe('dismissed');
  });

  it('lists cases by filter within the scope, and refuses another unit’s case', async () => {
    const all = await listRectificationCases(database.db, { year, scope: { kind: 'all' } });
    expect(all.map((c) => c.uscc).sort()).toEqual([firms.T.uscc, firms.Y.uscc, tongxiangFirm].sort());
    expect(
      (await listRectificationCases(database.db, { scope: { kind: 'all' }, plan: 'exit' })).map((c) => c.id),
    ).toEqual([caseT]);
    const own = await listRectificationCases(database.db, { year, scope: { kind: 'unit', reportingUnitId: '330483' } });
    expect(own.map((c) => c.uscc)).toEqual([tongxiangFirm]);
    expect(
      (await appError(getRectificationCase(database.db, caseT, { kind: 'unit', reportingUnitId: '330483' }))).code,
    ).toBe('forbidden');
    expect((await appError(getRectificationCase(database.db, 999_999, { kind: 'all' }))).code).toBe('not_found');
  });

  it('builds the monthly bulletin by unit with the assessment against targets, and its xlsx', async () => {
    const bulletin2023 = await buildRectificationBulletin(database.db, { year, month: 12, scope: { kind: 'all' } });
    expect(bulletin2023.asOf).toBe('2023-12-31');
    // The trail is dated today, so on 2023-12-31 every case of the 2023 list is still 摸排.
    expect(bulletin2023.units.find((u) => u.reportingUnitId === '330402')).toMatchObject({
      cases: 2,
      byStatus: { survey: 2, closed: 0 },
      closureRate: 0,
      name: { zh: '南湖区' },
    });
    expect(bulletin2023.city).toMatchObject({ cases: 3 });

    const [thisYear, thisMonth] = [Number(todayInChina().slice(0, 4)), Number(todayInChina().slice(5, 7))];
    const q = await openRectificationCase(database.db, {
      uscc: firms.Q.uscc,
      year: thisYear,
      origin: 'local_report',
      note: '园区低效用地',
      deadline: '2000-01-31',
      by: 'city.admin',
      subject: city,
    });
    const r = await openRectificationCase(database.db, {
      uscc: firms.R.uscc,
      year: thisYear,
      origin: 'local_report',
      note: '厂房闲置',
      deadline: '2000-01-31',
      by: 'city.admin',
      subject: city,
    });
    const steps = [
      { to: 'confirmed' },
      { to: 'planned', planType: 'reclaim' },
      { to: 'implementing' },
      { to: 'accepted', landFreedMu: 12.5, energyFreedTce: 300 },
      { to: 'closed' },
    ] as const;
    for (const step of steps)
      await moveRectificationCase(database.db, { id: q.id, ...step, by: 'city.admin', subject: city });
    await setRectificationTarget(database.db, {
      year: thisYear,
      unitId: '330402',
      closedCases: 4,
      landMu: 50,
      energyTce: null,
      setBy: 'city.admin',
      subject: city,
    });
    const refused = await appError(
      setRectificationTarget(database.db, {
        year: thisYear,
        unitId: '330483',
        closedCases: 9,
        landMu: null,
        energyTce: null,
        setBy: 'tx.staff',
        subject: tongxiang,
      }),
    );
    expect(refused.code).toBe('forbidden');
    const bulletin = await buildRectificationBulletin(database.db, {
      year: thisYear,
      month: thisMonth,
      scope: { kind: 'all' },
    });
    const nanhuRow = bulletin.units.find((u) => u.reportingUnitId === '330402')!;
    expect(nanhuRow).toMatchObject({
      cases: 2,
      byStatus: { closed: 1, survey: 1 },
      overdue: 1,
      closedInMonth: 1,
      landFreedMu: 12.5,
      energyFreedTce: 300,
      closureRate: 0.5,
      targets: { closedCases: 4, landMu: 50 },
      progress: { closedCases: 0.25, landMu: 0.25, energyTce: null },
    });
    expect(r.id).toBeGreaterThan(q.id);
    const own = await buildRectificationBulletin(database.db, {
      year: thisYear,
      month: thisMonth,
      scope: { kind: 'unit', reportingUnitId: '330483' },
    });
    expect(own.units.map((u) => u.reportingUnitId)).toEqual(['330483']);
    expect(own.city).toBeNull();

    const bytes = await renderRectificationBulletinXlsx(bulletin);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('整治通报')!;
    expect(String(sheet.getCell('A1').value)).toBe(`${thisYear}年1-${thisMonth}月高耗低效企业整治工作进展通报`);
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(['南湖区', '桐乡市', '全市合计']));
    expect(rows.find((row) => row[0] === '南湖区')!.slice(1, 3)).toEqual([2, 1]);
  });

  it('warns of cases past their deadline, by days late (rectification_overdue)', async () => {
    const rule = warningRuleSchema.parse({
      id: 'rectification-case-overdue',
      name: { zh: '高耗低效整治案件逾期', en: 'rectification case past its deadline' },
      kind: 'rectification_overdue',
      subject: 'enterprise',
      severity: { red: 90, orange: 30, yellow: 0 },
      owner: 'unit-of-subject',
    });
    const outcome = evaluateWarningRule(rule, await rectificationOverdueInput(database.db, { year: 2000, month: 3 }));
    const thisYear = Number(todayInChina().slice(0, 4));
    expect(outcome.findings.map((f) => [f.subject.id, f.severity, f.figures.daysLate])).toEqual([
      [`${firms.R.uscc}/${thisYear}`, 'orange', 60],
    ]);
    expect(outcome.findings[0]!.subject.reportingUnitId).toBe('330402');
  });

  it('guards the tables: no delete, identity fixed, trail append-only', async () => {
    await expect(sql`delete from rectification_case where id = ${caseT}`.execute(database.db)).rejects.toThrow(
      /never deleted/,
    );
    await expect(
      sql`update rectification_case set uscc = ${firms.P.uscc} where id = ${caseT}`.execute(database.db),
    ).rejects.toThrow(/only the status/);
    await expect(sql`update rectification_event set note = 'x'`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from rectification_event`.execute(database.db)).rejects.toThrow(/append-only/);
  });
});
