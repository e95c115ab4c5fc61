/**
 * Projects on stored data: the year's summary as at a month (totals, by unit, by cluster, 完成率, 开工率, overdue,
 * 技改), a county's scope, one project's milestones and monthly series, cluster investment growth on the
 * documented basis, the `industrial_investment_growth` target measure, and overdue warnings on every milestone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { getInvestmentGrowth } from '../../src/services/projects/get-investment-growth.ts';
import { getProject } from '../../src/services/projects/get-project.ts';
import { projectTargetMeasures } from '../../src/services/projects/project-target-measures.ts';
import { summarizeProjectYear } from '../../src/services/projects/summarize-projects.ts';
import { buildWarningInput } from '../../src/services/warnings/build-warning-input.ts';
import { evaluateWarningRule, type WarningRule } from '@observatory/core';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { destroyTestDatabase } from '../http/api-test-kit.ts';
import { loadProjectsScenario, projectCodes } from './projects-scenario.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadProjectsScenario(database);
}, 180_000);
afterAll(() => destroyTestDatabase(database), 120_000);

const wan = 10_000;
const all = { kind: 'all' } as const;
const haining = { kind: 'unit', reportingUnitId: '330481' } as const;

describe(`projects on stored data (${testEngine})`, { timeout: 60_000 }, () => {
  it('summarises the year as at the latest list month', async () => {
    const summary = await summarizeProjectYear(database.db, { year: 2024, systemId: 'wuda', scope: all });
    expect(summary).toMatchObject({ year: 2024, month: 6, asOf: '2024-06-30' });
    expect(summary.total).toMatchObject({
      projects: 4,
      plannedTotalYuan: 150_400 * wan,
      plannedAnnualYuan: 54_400 * wan,
      yearCompletedYuan: 30_300 * wan,
      completedYuan: 79_300 * wan,
      startedProjects: 3,
      dueProjects: 4,
      startRate: 75,
      overdueProjects: 2,
      renovationProjects: 1,
      renovationPlannedTotalYuan: 20_000 * wan,
    });
    expect(summary.total.annualCompletionRate).toBeCloseTo((30_300 / 54_400) * 100, 9);
    expect(summary.byUnit.map((row) => [row.unit.id, row.projects])).toEqual([
      ['330481', 2],
      ['330483', 2],
    ]);
    expect(summary.byCluster.map((row) => [row.cluster?.id ?? null, row.projects])).toEqual([
      ['wuda-textile', 2],
      ['wuda-new-energy', 1],
      [null, 1],
    ]);
    expect(summary.overdue.map((row) => [row.code, row.milestone, row.daysLate])).toEqual([
      [projectCodes.B, 'start', 150],
      [projectCodes.A, 'completion', 91],
    ]);
  });

  it('reads an earlier month of the year as it stood then', async () => {
    const summary = await summarizeProjectYear(database.db, { year: 2024, month: 3, systemId: 'wuda', scope: all });
    expect(summary.total).toMatchObject({ yearCompletedYuan: 12_100 * wan, overdueProjects: 1, startRate: 75 });
    expect(summary.overdue.map((row) => [row.code, row.daysLate])).toEqual([[projectCodes.B, 59]]);
  });

  it('filters by cluster (any cluster of the system counts under its top cluster) and by unit', async () => {
    const textile = await summarizeProjectYear(database.db, {
      year: 2024,
      cluster: 'wuda-textile-fashion',
      systemId: 'wuda',
      scope: all,
    });
    expect(textile.projects.map((row) => row.code).sort()).toEqual([projectCodes.A, projectCodes.C].sort());
    const unit = await summarizeProjectYear(database.db, { year: 2024, unit: '330483', systemId: 'wuda', scope: all });
    expect(unit.projects.map((row) => row.code).sort()).toEqual([projectCodes.A, projectCodes.D].sort());
  });

  it("shows a county only its own unit's projects, figures included", async () => {
    const summary = await summarizeProjectYear(database.db, { year: 2024, systemId: 'wuda', scope: haining });
    expect(summary.projects.map((row) => row.code).sort()).toEqual([projectCodes.B, projectCodes.C].sort());
    expect(summary.total).toMatchObject({ projects: 2, yearCompletedYuan: 300 * wan });
    await expect(getProject(database.db, { code: projectCodes.A, year: 2024, scope: haining })).rejects.toThrow(
      AppError,
    );
  });

  it('gives one project with its milestones and monthly series', async () => {
    const project = await getProject(database.db, { code: projectCodes.A, year: 2024, scope: all });
    expect(project).toMatchObject({ month: 6, yearCompletedYuan: 24_000 * wan, completedYuan: 64_000 * wan });
    expect(project.totalCompletionRate).toBeCloseTo(64, 9);
    expect(project.series).toEqual([
      { month: 3, completedYuan: 50_000 * wan, yearCompletedYuan: 10_000 * wan, annualCompletionRate: 25 },
      { month: 6, completedYuan: 64_000 * wan, yearCompletedYuan: 24_000 * wan, annualCompletionRate: 60 },
    ]);
    expect(project.milestones.find((m) => m.milestone === 'start')).toMatchObject({ state: 'late', daysLate: 9 });
    expect(project.milestones.find((m) => m.milestone === 'completion')).toMatchObject({
      state: 'overdue',
      daysLate: 91,
    });
    await expect(getProject(database.db, { code: 'nope', year: 2024, scope: all })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('measures cluster investment growth against the same months of last year', async () => {
    const growth = await getInvestmentGrowth(database.db, { systemId: 'wuda', year: 2024, scope: all });
    expect(growth).toMatchObject({ month: 6, targetPercent: 15 });
    expect(growth.total).toMatchObject({ currentYuan: 24_000 * wan, baseYuan: 10_000 * wan, meetsTarget: true });
    expect(growth.total.growth).toBeCloseTo(140, 9);
    const textile = growth.clusters.find((row) => row.cluster.id === 'wuda-textile')!;
    expect(textile).toMatchObject({ currentYuan: 24_000 * wan, projects: 1, baseProjects: 1 });
    const energy = growth.clusters.find((row) => row.cluster.id === 'wuda-new-energy')!;
    expect(energy).toMatchObject({ currentYuan: 0, baseYuan: 0, growth: null, meetsTarget: null });
    const march = await getInvestmentGrowth(database.db, { systemId: 'wuda', year: 2024, month: 3, scope: all });
    // 2024 1-3月: A 50000 − 40000; 2023 1-3月: no list by March → A unknown (started 2022), left out.
    expect(march.total).toMatchObject({ currentYuan: 10_000 * wan, baseYuan: 0, growth: null, baseUnknown: 1 });
  });

  it('gives the industrial_investment_growth target measure in percent, or says why not', async () => {
    const provider = projectTargetMeasures.find((p) => p.measure === 'industrial_investment_growth')!;
    const city = await provider.measureValue(database.db, { systemId: 'wuda', clusterId: null, asOfYear: 2024 });
    expect(city).toMatchObject({ year: 2024 });
    expect(city.value).toBeCloseTo(140, 9);
    const textile = await provider.measureValue(database.db, {
      systemId: 'wuda',
      clusterId: 'wuda-textile',
      asOfYear: 2024,
    });
    expect(textile.value).toBeCloseTo(140, 9);
    const none = await provider.measureValue(database.db, { systemId: 'wuda', clusterId: null, asOfYear: 2022 });
    expect(none).toMatchObject({ value: null, unavailable: { zh: expect.stringContaining('2022') } });
  });

  it('warns on every overdue milestone, one warning per project', async () => {
    const rule = {
      id: 'projects-late',
      name: { zh: '项目逾期', en: 'projects late' },
      kind: 'project_overdue',
      subject: 'enterprise',
      scope: {},
      parameters: {},
      severity: { red: 120, orange: 60, yellow: 0 },
      owner: 'unit-of-subject',
    } as unknown as WarningRule;
    const input = await buildWarningInput(database.db, rule, { year: 2024, month: 6 });
    const outcome = evaluateWarningRule(rule, input);
    expect(
      outcome.findings.map((finding) => [finding.subject.id, finding.severity, finding.figures.milestone]).sort(),
    ).toEqual(
      [
        [projectCodes.A, 'orange', 'completion'],
        [projectCodes.B, 'red', 'start'],
      ].sort(),
    );
  });
});
