/**
 * Project and cultivation-pool lists through the import path on both engines: the real layouts (title, 单位：
 * 万元 line, merged two-row headers, 合计 and 注 rows, dates as dates and as text) stored with provenance; the
 * same file again a duplicate; a later period a new progress point; a corrected file for the same period a
 * revision with its history; rollback; broken lists rejected with row-level issues and nothing stored.
 */
import { evaluateWarningRule, parseWarningRuleSet } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWarningInput } from '../../src/services/warnings/build-warning-input.ts';
import { sourceValues } from '../../src/services/cluster-index/indicator-sources.ts';
import { shiftDecimal, statsFirms } from '../fixtures/intake/intake-fixture-data.ts';
import {
  correctedProject,
  fixturePoolEntries,
  fixtureProjects,
  newProjectCompany,
} from '../fixtures/intake/register-fixture-data.ts';
import { listPoolEntries } from '../../src/repositories/pool-entry.repository.ts';
import { listProjectHistory, listProjects } from '../../src/repositories/project.repository.ts';
import { rollbackImport } from '../../src/services/intake/rollback-import.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { importFixture, issueKeys, setupTimeoutMs, testActor, testTimeoutMs } from './intake-test-kit.ts';
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { shippedRegistryDir } from '../../src/data-files.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadRegistryFiles(database.db, shippedRegistryDir);
  // The firms of the lists are registered by the statistics report (the pool list needs known firms).
  const stats = await importFixture(database, 'stats-2024-10-merged-header.xlsx', { createEnterprises: true });
  expect(stats.status).toBe('committed');
}, setupTimeoutMs);
afterAll(() => database.destroy(), setupTimeoutMs);

const yuan = (wan: string) => shiftDecimal(wan, 4);
const countRows = async (table: 'project' | 'project_progress' | 'pool_entry') =>
  Number(
    (
      await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe(`project lists on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  let juneBatch: number;

  it('rejects a broken list with row-level issues and stores nothing', async () => {
    const result = await importFixture(database, 'projects-2024-06-broken.xlsx');
    expect(result.status).toBe('rejected');
    expect(issueKeys(result.issues)).toEqual(
      expect.arrayContaining([
        { row: 6, column: '建设性质', code: 'construction_type_unknown' },
        { row: 7, column: '签约日期', code: 'date_invalid' },
        { row: 8, column: '投资情况|累计完成投资', code: 'investment_above_planned' },
        { row: 9, column: '开工时间|实际', code: 'start_before_signing' },
        { row: 9, column: null, code: 'enterprise_unknown' },
      ]),
    );
    const severities = Object.fromEntries(result.issues.map((issue) => [issue.code, issue.severity]));
    expect(severities).toMatchObject({
      construction_type_unknown: 'error',
      date_invalid: 'error',
      investment_above_planned: 'warning',
      start_before_signing: 'warning',
      enterprise_unknown: 'warning',
    });
    expect(result.issues.find((issue) => issue.code === 'date_invalid')!.message).toContain('2023-02-30');
    expect(await countRows('project')).toBe(0);
    expect(await countRows('project_progress')).toBe(0);
  });

  it('imports the 1–6月 list: every project with its firm, unit, cluster, 技改 flag, amounts in 元 and dates', async () => {
    const result = await importFixture(database, 'projects-2024-06.xlsx');
    expect(result).toMatchObject({ status: 'committed', source: 'projects', period: { year: 2024, month: 6 } });
    expect(result.rows).toEqual({ total: 4, accepted: 4, rejected: 0 });
    // The project company is not registered: stored with its USCC and name as given, and a warning.
    expect(issueKeys(result.issues)).toEqual([{ row: 9, column: null, code: 'enterprise_unknown' }]);
    juneBatch = result.batchId!;
    const projects = await listProjects(database.db, { scope: { kind: 'all' }, year: 2024 });
    expect(projects.map((project) => project.code)).toEqual(fixtureProjects.map((project) => project.code).sort());
    const byCode = new Map(projects.map((project) => [project.code, project]));
    const first = byCode.get(fixtureProjects[0]!.code)!;
    expect(first).toMatchObject({
      batch_id: juneBatch,
      sheet_row: 6,
      period_month: 6,
      uscc: statsFirms[0]!.uscc,
      reporting_unit_id: '330483',
      cluster_text: '现代纺织产业集群',
      cluster_id: 'wuda-textile',
      construction_type: 'new',
      technical_renovation: false,
      planned_total_yuan: yuan('120000'),
      planned_annual_yuan: yuan('40000'),
      completed_yuan: yuan('35000.5'),
      land_mu: '150.25',
      signing_actual: '2023-01-10',
      start_planned: '2023-05-01',
      start_actual: '2023-06-15',
      completion_actual: null,
    });
    expect(first.enterprise_id).not.toBeNull();
    expect(first.progress).toEqual([{ month: 6, completedYuan: yuan('35000.5'), batchId: juneBatch }]);
    // 改建和技术改造 without an industry code in the list: the firm's class (1711) makes it a 技改 project.
    expect(byCode.get(fixtureProjects[1]!.code)).toMatchObject({ industry_code: '1711', technical_renovation: true });
    // 2024年7月 written as a month: its first day.
    expect(byCode.get(fixtureProjects[2]!.code)).toMatchObject({ start_planned: '2024-07-01', land_mu: '60' });
    expect(byCode.get(fixtureProjects[3]!.code)).toMatchObject({
      enterprise_id: null,
      uscc: newProjectCompany.uscc,
      enterprise_name: newProjectCompany.name,
      reporting_unit_id: '330482',
      cluster_text: '不在名录的集群',
      cluster_id: null,
    });
  });

  it('feeds the project_overdue warning rule: late projects of the year, none without a list of the year', async () => {
    const parsed = parseWarningRuleSet({
      rules: [
        {
          id: 'project-start-overdue',
          name: { zh: '重大项目逾期未开工', en: 'major project past its planned start' },
          kind: 'project_overdue',
          subject: 'enterprise',
          scope: {},
          severity: { red: 90, orange: 30, yellow: 0 },
          owner: 'unit-of-subject',
        },
      ],
    });
    expect(parsed.issues).toEqual([]);
    const rule = parsed.rules![0]!;
    const period = { year: 2024, month: 10 };
    const input = await buildWarningInput(database.db, rule, period);
    const projects = await listProjects(database.db, { scope: { kind: 'all' }, year: 2024 });
    const late = projects.filter(
      (p) => p.start_planned !== null && p.start_actual === null && p.start_planned < '2024-10-31',
    );
    expect(late.length).toBeGreaterThan(0);
    const outcome = evaluateWarningRule(rule, input);
    expect(outcome.evaluable).toBe(true);
    expect(outcome.findings.map((finding) => finding.subject.id).sort()).toEqual(late.map((p) => p.code).sort());
    for (const finding of outcome.findings) {
      const project = late.find((p) => p.code === finding.subject.id)!;
      expect(finding.subject.reportingUnitId).toBe(project.reporting_unit_id);
      expect(finding.figures.plannedStart).toBe(project.start_planned);
    }
    const noList = evaluateWarningRule(rule, await buildWarningInput(database.db, rule, { year: 2019, month: 10 }));
    expect(noList).toMatchObject({ evaluable: false, findings: [] });
  });

  it('says duplicate for the same file again and stores nothing', async () => {
    const before = await countRows('project');
    const again = await importFixture(database, 'projects-2024-06.xlsx');
    expect(again).toMatchObject({ status: 'duplicate', batchId: juneBatch });
    expect(await countRows('project')).toBe(before);
  });

  it('adds a progress point for a later period, filters by unit and cluster', async () => {
    const result = await importFixture(database, 'projects-2024-09.xlsx');
    expect(result).toMatchObject({ status: 'committed', period: { year: 2024, month: 9 }, supersedes: null });
    const [first] = await listProjects(database.db, {
      scope: { kind: 'all' },
      year: 2024,
      unit: '330483',
      cluster: 'wuda-textile',
    });
    expect(first).toMatchObject({ code: fixtureProjects[0]!.code, period_month: 9, completed_yuan: yuan('61000') });
    expect(first!.progress.map((point) => [point.month, point.completedYuan])).toEqual([
      [6, yuan('35000.5')],
      [9, yuan('61000')],
    ]);
    expect(
      (await listProjects(database.db, { scope: { kind: 'all' }, year: 2024, unit: '330411' })).map((p) => p.code),
    ).toEqual([fixtureProjects[2]!.code]);
    expect(await listProjects(database.db, { scope: { kind: 'all' }, year: 2023 })).toEqual([]);
    const xiuzhouScope = { kind: 'unit', reportingUnitId: '330411' } as const;
    expect((await listProjects(database.db, { scope: xiuzhouScope, year: 2024 })).map((p) => p.code)).toEqual([
      fixtureProjects[2]!.code,
    ]);
    expect(await listProjects(database.db, { scope: xiuzhouScope, year: 2024, unit: '330483' })).toEqual([]);
    expect(await listProjects(database.db, { scope: { kind: 'none' }, year: 2024 })).toEqual([]);
  });

  it('makes a corrected 1–6月 list a revision, keeps history, and rolls back to the first', async () => {
    const corrected = await importFixture(database, 'projects-2024-06-corrected.xlsx');
    expect(corrected).toMatchObject({ status: 'committed', supersedes: juneBatch, revision: 2 });
    const pointsOf = async () =>
      (await listProjects(database.db, { scope: { kind: 'all' }, year: 2024 }))
        .find((project) => project.code === fixtureProjects[correctedProject.index]!.code)!
        .progress.map((point) => [point.month, point.completedYuan]);
    expect(await pointsOf()).toEqual([
      [6, yuan(correctedProject.completed)],
      [9, yuan('61000')],
    ]);
    const history = await listProjectHistory(database.db, fixtureProjects[0]!.code);
    expect(history.map((row) => [row.batch_id, row.period_month, row.completed_yuan])).toEqual([
      [juneBatch, 6, yuan('35000.5')],
      [expect.any(Number), 9, yuan('61000')],
      [corrected.batchId, 6, yuan(correctedProject.completed)],
    ]);
    const rolledBack = await rollbackImport(database.db, {
      batchId: corrected.batchId!,
      actor: testActor,
      reason: '更正有误',
    });
    expect(rolledBack.currentBatchId).toBe(juneBatch);
    expect(await pointsOf()).toEqual([
      [6, yuan('35000.5')],
      [9, yuan('61000')],
    ]);
  });
});

describe(`cultivation-pool lists on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('rejects an unknown tier and a date that does not parse, naming row and column, and stores nothing', async () => {
    const result = await importFixture(database, 'pools-2024-broken.xlsx');
    expect(result.status).toBe('rejected');
    expect(issueKeys(result.issues)).toEqual([
      { row: 5, column: '培育库类别', code: 'pool_tier_unknown' },
      { row: 6, column: '入库信息|入库日期', code: 'date_invalid' },
    ]);
    expect(result.issues[0]!.message).toContain('金鹰企业');
    expect(await countRows('pool_entry')).toBe(0);
  });

  it('refuses a firm that is not registered unless the import may create it', async () => {
    const result = await importFixture(database, 'pools-unknown.xlsx', {
      bytes: await poolListWith(newProjectCompany.uscc, newProjectCompany.name),
    });
    expect(result.status).toBe('rejected');
    expect(issueKeys(result.issues)).toEqual([{ row: 3, column: null, code: 'enterprise_unknown' }]);
    expect(result.issues[0]!.severity).toBe('error');
  });

  it('imports the list: tiers from their spellings, validity three years by default, level from the document', async () => {
    const result = await importFixture(database, 'pools-2024.xlsx');
    expect(result).toMatchObject({
      status: 'committed',
      source: 'cultivation-pools',
      period: { year: 2024, month: 0 },
    });
    expect(result.rows).toEqual({ total: 5, accepted: 5, rejected: 0 });
    const entries = await listPoolEntries(database.db, { scope: { kind: 'all' }, date: '2024-06-30' });
    const expected = fixturePoolEntries.map((entry) => ({
      uscc: statsFirms[entry.firm]!.uscc,
      tier: entry.tier,
      entry_date: entry.entry,
      level: entry.level,
    }));
    expect(entries.map(({ uscc, tier, entry_date, level }) => ({ uscc, tier, entry_date, level }))).toEqual(
      expect.arrayContaining(
        expected.filter((entry) => entry.entry_date <= '2024-06-30' && entry.tier !== 'young_eagle'),
      ),
    );
    // 雏鹰 entered 2021-05-10 without a validity: until 2024-05-09, so not in force on 2024-06-30.
    expect(entries.some((entry) => entry.tier === 'young_eagle')).toBe(false);
    expect(
      (await listPoolEntries(database.db, { scope: { kind: 'all' }, date: '2024-05-09', tier: 'young_eagle' })).length,
    ).toBe(1);
    const eagle = entries.find((entry) => entry.tier === 'eagle')!;
    expect(eagle).toMatchObject({ valid_until: '2026-03-14', sheet_row: 4, name: statsFirms[0]!.name });
    const xiuzhou = await listPoolEntries(database.db, { scope: { kind: 'all' }, date: '2024-06-30', unit: '330411' });
    expect(xiuzhou.map((entry) => [entry.uscc, entry.tier])).toEqual([[statsFirms[3]!.uscc, 'listing_reserve']]);
    expect(
      (await listPoolEntries(database.db, { scope: { kind: 'all' }, date: '2024-06-30', unit: '330483' })).length,
    ).toBe(3);
    // A county's scope narrows the list whatever unit is asked for; an enterprise sees only its own entries.
    const xiuzhouScope = { kind: 'unit', reportingUnitId: '330411' } as const;
    expect(await listPoolEntries(database.db, { scope: xiuzhouScope, date: '2024-06-30', unit: '330483' })).toEqual([]);
    expect(
      (await listPoolEntries(database.db, { scope: xiuzhouScope, date: '2024-06-30' })).map((entry) => entry.uscc),
    ).toEqual([statsFirms[3]!.uscc]);
    const own = { kind: 'enterprise', uscc: eagle.uscc } as const;
    expect(
      (await listPoolEntries(database.db, { scope: own, date: '2024-06-30' })).every(
        (entry) => entry.uscc === eagle.uscc,
      ),
    ).toBe(true);
    expect(await listPoolEntries(database.db, { scope: { kind: 'none' }, date: '2024-06-30' })).toEqual([]);
  });
});

/** A one-row pool list naming the given firm, in memory. */
async function poolListWith(uscc: string, name: string): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('培育库');
  sheet.addRow(['嘉兴市2024年企业培育库名单']);
  sheet.addRow(['统一社会信用代码', '企业名称', '县（市、区）', '培育库类别', '入库日期']);
  sheet.addRow([uscc, name, '平湖市', '雏鹰企业', '2024-03-01']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe(`the registers in the cluster index on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('counts a pool tier in force at the end of the period from the imported lists, missing before any list', async () => {
    const context = (year: number) => ({
      db: database.db,
      systemId: 'wuda',
      period: { year, month: 10 },
      clusterIds: ['wuda-textile'],
      statistics: new Map(),
    });
    const inForce = await listPoolEntries(database.db, { scope: { kind: 'all' }, date: '2024-10-31', tier: 'eagle' });
    expect(inForce.length).toBeGreaterThan(0);
    const eagles = await sourceValues(context(2024), { kind: 'pool_count', pool: '雄鹰' });
    expect(eagles.city).toBe(new Set(inForce.map((entry) => entry.enterprise_id)).size);
    expect(eagles.system).toBeLessThanOrEqual(eagles.city!);
    expect(eagles.clusters[0]).toBeLessThanOrEqual(eagles.system!);
    expect(eagles.note).toBeNull();
    const before = await sourceValues(context(2019), { kind: 'pool_count', pool: '雄鹰' });
    expect(before).toMatchObject({ clusters: [null], system: null, city: null });
    expect(before.note).toMatch(/no cultivation-pool list/u);
    const unknown = await sourceValues(context(2024), { kind: 'pool_count', pool: '金鹰' });
    expect(unknown.city).toBeNull();
  });
});
