/**
 * The platform register on stored data: a list imported (units and clusters resolved, status trails from the
 * row), imported again (nothing changes), a later list with a status change, a bad list refused whole with every
 * problem by row and column, platforms added by hand and moved along 培育 → 认定 → 复核 → 摘牌, unit scoping, the
 * target measures (new parks after 2020-09-29, delisted not counted, clusters covered by a complex), promotion
 * organisations (latest wins, no mobile numbers), and the tables' guards.
 */
import { accessSubject, type PlatformKind } from '@observatory/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { addPlatform } from '../../src/services/platforms/add-platform.ts';
import { changePlatformStatus } from '../../src/services/platforms/change-platform-status.ts';
import { importPlatformsFile } from '../../src/services/platforms/import-platforms-file.ts';
import { listPlatforms } from '../../src/services/platforms/list-platforms.ts';
import { platformTargetMeasures } from '../../src/services/platforms/platform-target-measures.ts';
import {
  listPromotionOrganisations,
  recordPromotionOrganisation,
} from '../../src/services/platforms/promotion-organisations.ts';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePromotionOrganisationsFile } from '../../src/demo/promotion-organisations-file.ts';
import { importPromotionOrganisations } from '../../src/services/platforms/import-promotion-organisations.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { destroyTestDatabase } from '../http/api-test-kit.ts';
import { loadPlatformScenario, PLATFORM_LIST_LINES, platformListCsv } from './platforms-scenario.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadPlatformScenario(database);
}, 180_000);
afterAll(() => destroyTestDatabase(database), 120_000);

const city = accessSubject('city.admin', 'city_admin', { kind: 'city' });
const tongxiang = accessSubject('tx.staff', 'county_staff', { kind: 'unit', reportingUnitId: '330483' });

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const measure = async (id: string, asOfYear: number, clusterId: string | null = null) => {
  const provider = platformTargetMeasures.find((entry) => entry.measure === id)!;
  return provider.measureValue(database.db, { systemId: 'wuda', clusterId, asOfYear });
};

describe(`platform register on ${testEngine}`, { timeout: 120_000 }, () => {
  it('measures nothing before a list is imported: unavailable, never 0', async () => {
    const value = await measure('count:national_industrialisation_demo_bases', 2024);
    expect(value.value).toBeNull();
  });

  it('imports a list: units, clusters and status trails; the same file again changes nothing', async () => {
    const imported = await importPlatformsFile(database.db, {
      bytes: platformListCsv(),
      fileName: '平台载体名单.csv',
      by: 'city.admin',
      subject: city,
    });
    expect(imported).toMatchObject({ rows: 13, created: 13, statusChanges: 0, unchanged: 0, warnings: [] });
    const { platforms, counts } = await listPlatforms(database.db, { scope: { kind: 'all' } });
    expect(platforms).toHaveLength(13);
    const reviewed = platforms.find((p) => p.name === '桐乡化纤新型工业化产业示范基地')!;
    expect(reviewed).toMatchObject({
      kind: 'industrialisation_demo_base',
      level: 'national',
      reportingUnitId: '330483',
      clusterId: 'wuda-textile',
      status: 'reviewed',
      statusDate: '2024-05-01',
    });
    expect(reviewed.history.map((h) => [h.status, h.date])).toEqual([
      ['recognised', '2021-03-10'],
      ['reviewed', '2024-05-01'],
    ]);
    expect(platforms.find((p) => p.name === '嘉兴经开区汽车行业工业互联网平台')!.reportingUnitId).toBe('jiaxing-etdz');
    expect(platforms.find((p) => p.name === '桐乡时尚服饰工业设计基地')!.clusterId).toBe('wuda-textile-fashion');
    expect(platforms.find((p) => p.name === '平湖化工新材料产业创新服务综合体')!.status).toBe('cultivating');
    const complexes = counts.filter((row) => row.kind === 'innovation_complex');
    expect(complexes.reduce((sum, row) => sum + row.inForce, 0)).toBe(2);
    expect(complexes.reduce((sum, row) => sum + row.cultivating, 0)).toBe(1);

    const again = await importPlatformsFile(database.db, {
      bytes: platformListCsv(),
      fileName: '平台载体名单.csv',
      by: 'city.admin',
      subject: city,
    });
    expect(again).toMatchObject({ created: 0, statusChanges: 0, unchanged: 13 });
  });

  it('measures the targets at the end of a year', async () => {
    const at = async (id: string, year: number, cluster: string | null = null) =>
      (await measure(id, year, cluster)).value;
    expect(await at('count:national_industrialisation_demo_bases', 2024)).toBe(2);
    expect(await at('count:national_industrialisation_demo_bases', 2020)).toBe(1);
    expect(await at('count:provincial_industrialisation_demo_bases', 2024)).toBe(1);
    expect(await at('count:new_characteristic_industrial_parks', 2024)).toBe(1);
    expect(await at('count:new_small_micro_enterprise_parks', 2023)).toBe(2);
    expect(await at('count:new_small_micro_enterprise_parks', 2024)).toBe(1);
    expect(await at('count:provincial_manufacturing_innovation_centres', 2022)).toBe(0);
    expect(await at('count:provincial_manufacturing_innovation_centres', 2024)).toBe(1);
    expect(await at('count:provincial_industrial_design_bases', 2024)).toBe(1);
    expect(await at('count:provincial_industrial_design_bases', 2024, 'wuda-textile')).toBe(1);
    expect(await at('count:provincial_industrial_design_bases', 2024, 'wuda-new-energy')).toBe(0);
    expect(await at('count:industrial_internet_platforms', 2024)).toBe(1);
    expect(await at('count:clusters_with_provincial_innovation_complex', 2024)).toBe(2);
    const basis = await measure('count:new_characteristic_industrial_parks', 2024);
    expect(basis.value === null ? null : basis.basis.zh).toContain('2020-09-29');
  });

  it('a later list appends the status changes its rows show; platforms never change name, kind or unit', async () => {
    const lines = PLATFORM_LIST_LINES.map((line) =>
      line.startsWith('平湖化工新材料产业创新服务综合体')
        ? '平湖化工新材料产业创新服务综合体,产业创新服务综合体,省级,平湖市,化工新材料,2025-01-10,浙科发〔2025〕1号,认定,,'
        : line,
    );
    const later = await importPlatformsFile(database.db, {
      bytes: platformListCsv(lines),
      fileName: '平台载体名单2025.csv',
      by: 'city.admin',
      subject: city,
    });
    expect(later).toMatchObject({ created: 0, statusChanges: 1, unchanged: 12 });
    expect((await measure('count:clusters_with_provincial_innovation_complex', 2025)).value).toBe(3);
    await expect(sql`update platform set name = 'x'`.execute(database.db)).rejects.toThrow(/never change/u);
    await expect(sql`delete from platform_status_change`.execute(database.db)).rejects.toThrow(/append-only/u);
  });

  it('refuses a bad list whole, every problem named by row and column', async () => {
    const bad = [
      '名称,类别,级别,县（市、区）,认定时间,状态,状态日期',
      '甲基地,示范基地,县级,南湖区,2021-01-01,认定,',
      '乙园,特色产业园,省级,火星区,2021-13-01,认定,',
      '丙中心,制造业创新中心,省级,海宁市,2021-01-01,复核,',
      '丁园,特色产业园,国家级,平湖市,2021-01-01,认定,',
    ];
    const error = await appError(
      importPlatformsFile(database.db, { bytes: platformListCsv(bad), fileName: 'bad.csv', by: 'x', subject: city }),
    );
    expect(error.code).toBe('validation_failed');
    const paths = error.details.map((detail) => detail.path);
    expect(paths).toContain('第 2 行 级别 列 (row 2, column 级别)');
    expect(paths).toContain('第 3 行 认定时间 列 (row 3, column 认定时间)');
    expect(paths).toContain('第 3 行 县（市、区） 列 (row 3, column 县（市、区）)');
    expect(paths).toContain('第 4 行 状态日期 列 (row 4, column 状态日期)');
    expect(paths).toContain('第 5 行 级别 列 (row 5, column 级别)');
    const missing = await appError(
      importPlatformsFile(database.db, {
        bytes: platformListCsv(['名称,级别', '甲,省级']),
        fileName: 'x.csv',
        by: 'x',
        subject: city,
      }),
    );
    expect(missing.details[0]!.message).toContain('缺少必填列');
    const county = await appError(
      importPlatformsFile(database.db, {
        bytes: platformListCsv(),
        fileName: 'a.csv',
        by: 'tx.staff',
        subject: tongxiang,
      }),
    );
    expect(county.details.some((detail) => detail.message.includes('不能导入其他单位'))).toBe(true);
  });

  it('adds a platform by hand and moves it forward only; a unit’s staff for their own unit', async () => {
    const kind: PlatformKind = 'industrial_design_base';
    const added = await addPlatform(database.db, {
      name: '桐乡家纺工业设计基地',
      kind,
      level: 'provincial',
      reportingUnitId: '330483',
      cluster: '高端纺织',
      cultivatingSince: '2024-02-01',
      by: 'tx.staff',
      subject: tongxiang,
    });
    expect(added).toMatchObject({ status: 'cultivating', clusterId: 'wuda-textile-high-end', createdBy: 'tx.staff' });
    expect(
      (
        await appError(
          addPlatform(database.db, {
            name: '海宁X',
            kind,
            level: 'provincial',
            reportingUnitId: '330481',
            by: 'tx.staff',
            subject: tongxiang,
          }),
        )
      ).code,
    ).toBe('forbidden');
    expect(
      (
        await appError(
          addPlatform(database.db, {
            name: added.name,
            kind,
            level: 'provincial',
            reportingUnitId: '330483',
            by: 'x',
            subject: city,
          }),
        )
      ).code,
    ).toBe('conflict');
    expect(
      (
        await appError(
          addPlatform(database.db, {
            name: 'Y',
            kind,
            level: 'national',
            reportingUnitId: '330483',
            by: 'x',
            subject: city,
          }),
        )
      ).code,
    ).toBe('validation_failed');
    const recognised = await changePlatformStatus(database.db, {
      id: added.id,
      status: 'recognised',
      date: '2024-12-20',
      document: '浙经信〔2024〕99号',
      by: 'tx.staff',
      subject: tongxiang,
    });
    expect(recognised).toMatchObject({ status: 'recognised', recognisedDate: '2024-12-20' });
    const back = await appError(
      changePlatformStatus(database.db, {
        id: added.id,
        status: 'cultivating',
        date: '2025-01-01',
        by: 'x',
        subject: city,
      }),
    );
    expect(back.code).toBe('conflict');
    const early = await appError(
      changePlatformStatus(database.db, {
        id: added.id,
        status: 'reviewed',
        date: '2024-01-01',
        by: 'x',
        subject: city,
      }),
    );
    expect(early.code).toBe('validation_failed');
    expect((await measure('count:provincial_industrial_design_bases', 2024)).value).toBe(2);
    const own = await listPlatforms(database.db, { scope: { kind: 'unit', reportingUnitId: '330483' } });
    expect(new Set(own.platforms.map((p) => p.reportingUnitId))).toEqual(new Set(['330483']));
    expect((await listPlatforms(database.db, { scope: { kind: 'none' } })).platforms).toEqual([]);
  });

  it('keeps one promotion organisation per cluster, the latest in force, and no mobile numbers', async () => {
    const before = await listPromotionOrganisations(database.db, 'wuda');
    expect(before.map((row) => row.clusterId)).toEqual([
      'wuda-textile',
      'wuda-new-energy',
      'wuda-chemical-materials',
      'wuda-automotive',
      'wuda-smart-home',
    ]);
    expect(before.every((row) => row.organisation === null)).toBe(true);
    const input = {
      systemId: 'wuda',
      clusterId: 'wuda-textile',
      name: '嘉兴市现代纺织产业协会',
      type: 'association' as const,
      contactRole: '秘书处',
      officePhone: '0573-82000001',
      foundedDate: '2018-05-01',
      by: 'city.admin',
    };
    await recordPromotionOrganisation(database.db, input);
    const latest = await recordPromotionOrganisation(database.db, {
      ...input,
      name: '嘉兴市现代纺织产业联盟',
      type: 'alliance',
    });
    expect(latest.organisation).toMatchObject({ name: '嘉兴市现代纺织产业联盟', typeName: { zh: '产业联盟' } });
    const mobile = await appError(recordPromotionOrganisation(database.db, { ...input, officePhone: '13812345678' }));
    expect(mobile.message).toContain('手机号码');
    const sub = await appError(
      recordPromotionOrganisation(database.db, { ...input, clusterId: 'wuda-textile-fashion' }),
    );
    expect(sub.code).toBe('validation_failed');
  });

  it('imports the demo promotion organisation list, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promotion-'));
    try {
      mkdirSync(join(dir, '平台'));
      const file = await writePromotionOrganisationsFile(dir, 2024);
      const bytes = readFileSync(join(dir, file.path));
      const input = { bytes, fileName: 'orgs.csv', by: 'demo' };
      expect(await importPromotionOrganisations(database.db, input)).toEqual({ rows: 5, recorded: 5 });
      expect(await importPromotionOrganisations(database.db, input)).toEqual({ rows: 5, recorded: 0 });
      const listed = await listPromotionOrganisations(database.db, 'wuda');
      expect(listed.every((row) => row.organisation !== null)).toBe(true);
      expect(listed[1]!.organisation).toMatchObject({ type: 'alliance', officePhone: '0573-82010002' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
