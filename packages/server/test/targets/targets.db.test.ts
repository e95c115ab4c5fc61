/**
 * The targets service on stored data: every 五大 target with its value and where it comes from — a register
 * (platforms, signature chains), a manual actual (latest entry wins, the earlier stays), statistics, or unavailable
 * with its reason (never a silent 0) — with the policy section, owner, progress, projection and on-track flag, and
 * the refusals of a manual entry.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { accessSubject } from '@observatory/core';
import { importPlatformsFile } from '../../src/services/platforms/import-platforms-file.ts';
import { listSystemTargets } from '../../src/services/targets/list-system-targets.ts';
import { recordTargetActual } from '../../src/services/targets/record-target-actual.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { destroyTestDatabase } from '../http/api-test-kit.ts';
import { loadPlatformScenario, platformListCsv } from '../platforms/platforms-scenario.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadPlatformScenario(database);
  await importPlatformsFile(database.db, {
    bytes: platformListCsv(),
    fileName: 'list.csv',
    by: 'city.admin',
    subject: accessSubject('city.admin', 'city_admin', { kind: 'city' }),
  });
}, 180_000);
afterAll(() => destroyTestDatabase(database), 120_000);

const targetsOf = async (year = 2024) => {
  const listed = await listSystemTargets(database.db, { systemId: 'wuda', year });
  return new Map(listed.targets.map((target) => [target.targetId, target]));
};

describe(`targets service on ${testEngine}`, { timeout: 120_000 }, () => {
  it('lists every target with section, owner and the source of its figure', async () => {
    const listed = await listSystemTargets(database.db, { systemId: 'wuda', year: 2024 });
    expect(listed.year).toBe(2024);
    expect(listed.targets.length).toBeGreaterThanOrEqual(34);
    const byId = new Map(listed.targets.map((target) => [target.targetId, target]));
    const demo = byId.get('wuda-national-demo-bases-2025')!;
    expect(demo).toMatchObject({
      source: 'register',
      actualValue: 2,
      actualYear: 2024,
      progress: 0.4,
      projectedValue: 2,
      onTrack: false,
      owner: '市发展改革委、市经信局、市科技局',
      section: { id: 'task-1' },
      reading: 'count',
    });
    expect(demo.basis!.zh).toContain('国家级新型工业化产业示范基地');
    const parks = byId.get('wuda-characteristic-parks-2025')!;
    expect(parks).toMatchObject({ source: 'register', actualValue: 1 });
    expect(byId.get('wuda-industry-chains-2025')).toMatchObject({
      source: 'register',
      actualValue: 4,
      progress: 1,
      onTrack: true,
    });
    expect(byId.get('wuda-innovation-complex-coverage-2025')).toMatchObject({ source: 'register', actualValue: 2 });
    const brands = byId.get('wuda-global-brands-2025')!;
    expect(brands).toMatchObject({ source: 'unavailable', actualValue: null, progress: null });
    expect(brands.unavailable!.zh).toContain('录入实际值');
    expect(byId.get('wuda-textile-output-2025')).toMatchObject({
      section: { id: 'clusters' },
      clusterName: { zh: '现代纺织产业集群' },
    });
    expect(byId.get('wuda-total-output-2025')).toMatchObject({ source: 'unavailable', section: { id: 'goal' } });
    expect(byId.get('city-tax-per-mu-2025')).toMatchObject({
      source: 'unavailable',
      owner: null,
      section: { id: 'later' },
    });
    expect(byId.get('wuda-single-champions-2025')!.actualValue).toBeNull();
    const order = listed.targets.map((target) => target.section.order);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('shows the latest manual actual for a measure no register keeps, with its pace', async () => {
    const entry = { systemId: 'wuda', targetId: 'wuda-global-brands-2025', by: 'city.admin' };
    await recordTargetActual(database.db, { ...entry, year: 2023, value: 2, sourceText: '市市场监管局 2023 年报' });
    await recordTargetActual(database.db, { ...entry, year: 2024, value: 2, sourceText: '初报' });
    const corrected = await recordTargetActual(database.db, {
      ...entry,
      year: 2024,
      value: 3,
      sourceText: '市市场监管局 2024 年报',
    });
    expect(corrected).toMatchObject({ value: 3, year: 2024, recordedBy: 'city.admin' });
    const brands = (await targetsOf()).get('wuda-global-brands-2025')!;
    expect(brands).toMatchObject({
      source: 'manual',
      actualValue: 3,
      actualYear: 2024,
      progress: 0.6,
      projectedValue: 4,
      onTrack: false,
      manual: { value: 3, sourceText: '市市场监管局 2024 年报' },
    });
    expect(brands.basis!.zh).toContain('人工录入');
    expect((await targetsOf(2023)).get('wuda-global-brands-2025')).toMatchObject({ actualValue: 2, actualYear: 2023 });

    const tax = { systemId: 'wuda', targetId: 'city-tax-per-mu-2025', by: 'city.admin' };
    await recordTargetActual(database.db, { ...tax, year: 2023, value: 30, sourceText: '亩均评价 2023' });
    await recordTargetActual(database.db, { ...tax, year: 2024, value: 33, sourceText: '亩均评价 2024' });
    const perMu = (await targetsOf()).get('city-tax-per-mu-2025')!;
    // Entered in 万元/亩 as the target is written, kept in 元/亩 like the target's canonical value.
    expect(perMu).toMatchObject({ source: 'manual', actualValue: 330_000, reading: 'level', onTrack: false });
    expect(perMu.projectedValue).toBeCloseTo(363_000, 3);

    const standards = { systemId: 'wuda', targetId: 'wuda-zhejiang-made-standards-yearly', by: 'city.admin' };
    await recordTargetActual(database.db, { ...standards, year: 2024, value: 22, sourceText: '年度统计' });
    expect((await targetsOf()).get('wuda-zhejiang-made-standards-yearly')).toMatchObject({
      reading: 'yearly',
      onTrack: true,
      projectedValue: null,
    });
  });

  it('a register figure wins over a manual one; manual entries are refused for unknown targets and late years', async () => {
    await recordTargetActual(database.db, {
      systemId: 'wuda',
      targetId: 'wuda-national-demo-bases-2025',
      year: 2024,
      value: 5,
      sourceText: '口头汇报',
      by: 'city.admin',
    });
    expect((await targetsOf()).get('wuda-national-demo-bases-2025')).toMatchObject({
      source: 'register',
      actualValue: 2,
      manual: { value: 5 },
    });
    const refused = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).code;
    };
    const base = { systemId: 'wuda', year: 2024, value: 1, sourceText: 'x', by: 'a' };
    expect(await refused(recordTargetActual(database.db, { ...base, targetId: 'no-such' }))).toBe('not_found');
    expect(
      await refused(recordTargetActual(database.db, { ...base, targetId: 'wuda-global-brands-2025', year: 2030 })),
    ).toBe('validation_failed');
    expect(await refused(listSystemTargets(database.db, { systemId: 'nope' }))).toBe('not_found');
    await expect(sql`delete from target_actual`.execute(database.db)).rejects.toThrow(/append-only/u);
  });
});
