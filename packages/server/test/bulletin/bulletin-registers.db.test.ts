/**
 * The bulletin's register section 重点工作推进 on stored registers (bulletin-registers-scenario.ts): its figures are
 * the register services' own (projects summary, pools, rectification 通报, platform and pool target measures), a
 * unit with one project has its investment withheld from the public (counts published), a unit audience gets its
 * own unit's rows and the city's, and the whole bulletin carries the section.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBulletin } from '../../src/services/bulletin/build-bulletin.ts';
import { buildBulletinRegisters } from '../../src/services/bulletin/bulletin-registers.ts';
import { listPlatforms } from '../../src/services/platforms/list-platforms.ts';
import { platformTargetMeasures } from '../../src/services/platforms/platform-target-measures.ts';
import { listPoolTargetProgress } from '../../src/services/pools/pool-target-progress.ts';
import { summarisePools } from '../../src/services/pools/summarise-pools.ts';
import { summarizeProjectYear } from '../../src/services/projects/summarize-projects.ts';
import { buildRectificationBulletin } from '../../src/services/rectification/build-rectification-bulletin.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { destroyTestDatabase, testDisclosureRules } from '../http/api-test-kit.ts';
import { loadBulletinRegistersScenario } from './bulletin-registers-scenario.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadBulletinRegistersScenario(database);
}, 300_000);
afterAll(() => destroyTestDatabase(database), 120_000);

const period = { year: 2024, month: 6, systemIds: ['wuda'], rules: testDisclosureRules };
const full = { kind: 'full' } as const;
const publicAudience = { kind: 'public' } as const;
const haining = { kind: 'unit', reportingUnitId: '330481' } as const;

describe(`the bulletin's register section (${testEngine})`, { timeout: 120_000 }, () => {
  it('shows the projects summary by unit and for the city, as the projects service computes it', async () => {
    const registers = await buildBulletinRegisters(database.db, { ...period, audience: full });
    const summary = await summarizeProjectYear(database.db, {
      year: 2024,
      month: 6,
      systemId: 'wuda',
      scope: { kind: 'all' },
    });
    const projects = registers.projects!;
    expect(projects).toMatchObject({ month: 6, asOf: summary.asOf });
    expect(projects.units.map((row) => [row.unit!.id, row.projects])).toEqual([
      ['330402', 1],
      ['330481', 2],
      ['330483', 2],
    ]);
    for (const row of [...projects.units, projects.city]) {
      const source = row.unit === null ? summary.total : summary.byUnit.find((unit) => unit.unit.id === row.unit!.id)!;
      expect(row).toMatchObject({
        projects: source.projects,
        plannedAnnual: { value: source.plannedAnnualYuan },
        yearCompleted: { value: source.yearCompletedYuan },
        startedProjects: source.startedProjects,
        dueProjects: source.dueProjects,
        overdueProjects: source.overdueProjects,
      });
      expect(row.annualCompletionRate).toBeCloseTo(source.annualCompletionRate! / 100, 12);
      expect(row.startRate).toBeCloseTo(source.startRate! / 100, 12);
    }
    expect(projects.city).toMatchObject({ projects: 5, plannedAnnual: { value: 844_000_000 } });
  });

  it('withholds from the public the investment of a unit with one project, and publishes the counts', async () => {
    const projects = (await buildBulletinRegisters(database.db, { ...period, audience: publicAudience })).projects!;
    const nanhu = projects.units.find((row) => row.unit!.id === '330402')!;
    expect(nanhu).toMatchObject({
      projects: 1,
      plannedAnnual: { value: null, suppressed: 'withheld' },
      yearCompleted: { value: null, suppressed: 'withheld' },
      annualCompletionRate: null,
      startedProjects: 1,
      dueProjects: 1,
    });
    // Two firms a unit are below the minimum of three too; the city's five firms are published.
    for (const row of projects.units) expect(row.plannedAnnual).toEqual({ value: null, suppressed: 'withheld' });
    expect(projects.city.plannedAnnual).toEqual({ value: 844_000_000 });
    expect(projects.city.yearCompleted).toEqual({ value: 393_000_000 });
  });

  it("gives a unit audience its own unit's rows, unwithheld, and the city's", async () => {
    const registers = await buildBulletinRegisters(database.db, { ...period, audience: haining });
    expect(registers.projects!.units.map((row) => row.unit!.id)).toEqual(['330481']);
    expect(registers.projects!.units[0]!.plannedAnnual).toEqual({ value: 84_000_000 });
    expect(registers.projects!.city.projects).toBe(5);
    expect(registers.rectification!.units.map((row) => row.unit!.id)).toEqual(['330481']);
    expect(registers.rectification!.city.cases).toBe(3);
  });

  it('counts the pools by tier at the period end, the new entries of the year and the tier targets', async () => {
    const pools = (await buildBulletinRegisters(database.db, { ...period, audience: publicAudience })).pools!;
    const summary = await summarisePools(database.db, '2024-06-30');
    expect(pools.asOf).toBe('2024-06-30');
    for (const row of pools.rows) expect(row.inPool).toBe(summary.tiers.find((tier) => tier.tier === row.tier)!.total);
    const tier = (name: string) => pools.rows.find((row) => row.tier === name)!;
    expect(tier('eagle')).toMatchObject({ inPool: 1, newThisYear: 1 });
    expect(tier('single_champion')).toMatchObject({ inPool: 1, newThisYear: 1 });
    expect(tier('specialised')).toMatchObject({ newThisYear: 0 });
    const targets = await listPoolTargetProgress(database.db, { system: 'wuda', year: 2024 });
    const champions = targets.find((target) => target.measure === 'count:single_champions')!;
    expect(tier('single_champion').target).toMatchObject({
      value: champions.target,
      measured: champions.value,
      progress: champions.value! / champions.target,
    });
    expect(tier('eagle').target).toBeNull();
  });

  it('shows the rectification 通报 of the month by unit, as the rectification service computes it', async () => {
    const rectification = (await buildBulletinRegisters(database.db, { ...period, audience: publicAudience }))
      .rectification!;
    const bulletin = await buildRectificationBulletin(database.db, { year: 2024, month: 6, scope: { kind: 'all' } });
    expect(rectification.city).toMatchObject({
      cases: bulletin.city!.cases,
      overdue: bulletin.city!.overdue,
      byStatus: bulletin.city!.byStatus,
    });
    const tongxiang = rectification.units.find((row) => row.unit!.id === '330483')!;
    expect(tongxiang).toMatchObject({ cases: 2, overdue: 1, byStatus: { survey: 2 } });
    expect(tongxiang.targets).toEqual({
      closedCases: { target: 2, progress: 0 },
      landMu: { target: 50, progress: 0 },
      energyTce: null,
    });
  });

  it('counts the platforms in force by kind against their targets', async () => {
    const platforms = (await buildBulletinRegisters(database.db, { ...period, audience: publicAudience })).platforms!;
    const { platforms: listed } = await listPlatforms(database.db, { scope: { kind: 'all' } });
    expect(listed.length).toBe(13);
    const demo = platforms.rows.filter((row) => row.kind === 'industrialisation_demo_base');
    expect(demo.map((row) => row.inForce)).toEqual([3, 3]);
    const national = await platformTargetMeasures
      .find((provider) => provider.measure === 'count:national_industrialisation_demo_bases')!
      .measureValue(database.db, { systemId: 'wuda', clusterId: null, asOfYear: 2024 });
    expect(demo[0]!.target).toMatchObject({ measured: national.value });
    expect(platforms.rows.find((row) => row.kind === 'small_micro_park')!.inForce).toBe(2);
  });

  it('puts the section into the bulletin document', async () => {
    const document = await buildBulletin(database.db, { ...period, audience: publicAudience, synthetic: false });
    expect(document.registers?.title.zh).toBe('重点工作推进');
    expect(document.registers?.projects?.city.projects).toBe(5);
  });
});
