/**
 * Importing a county's rectification list (整治清单): a CSV with every problem reported by row and column and nothing
 * stored, then a clean list stored as cases with their trail walked up to the listed status (dated the list's
 * day, so the 通报 of that month shows it); a county's staff only for their own unit.
 */
import { accessSubject } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { buildRectificationBulletin } from '../../src/services/rectification/build-rectification-bulletin.ts';
import { importRectificationList } from '../../src/services/rectification/import-rectification-list.ts';
import {
  getRectificationCase,
  listRectificationCases,
} from '../../src/services/rectification/list-rectification-cases.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { destroyTestDatabase } from '../http/api-test-kit.ts';
import { firms, loadRectificationScenario, tongxiangFirm } from './rectification-scenario.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadRectificationScenario(database);
}, 240_000);
afterAll(() => destroyTestDatabase(database), 120_000);

const city = accessSubject('city.admin', 'city_admin', { kind: 'city' });
const tongxiang = accessSubject('tx.staff', 'county_staff', { kind: 'unit', reportingUnitId: '330483' });
const header =
  '统一社会信用代码,企业名称,县（市、区）,来源,用地面积（亩）,地块,综合能耗（吨标煤）,整治方式,整治状态,完成期限,腾出用地（亩）,腾出用能（吨标煤）,整治前亩均税收（万元/亩）,整治后亩均税收（万元/亩）,备注';
const csv = (...lines: string[]) =>
  new TextEncoder().encode(['嘉兴市2025年高耗低效企业整治清单', header, ...lines].join('\n') + '\n');
const importList = (bytes: Uint8Array, subject = city) =>
  importRectificationList(database.db, {
    bytes,
    fileName: '整治清单.csv',
    year: 2025,
    asOf: '2025-06-30',
    by: subject.accountId,
    subject,
  });

describe(`rectification list import on ${testEngine}`, { timeout: 120_000 }, () => {
  it('reports every problem by row and column and stores nothing', async () => {
    const error = await importList(
      csv(
        `${firms.P.uscc},P,南湖区,亩均评价,10,,500,改造提升,销号,2025-06-30,,,2,,`,
        `${firms.Q.uscc},Q,桐乡市,属地上报,10,,500,拆了,实施,2025-02-30,,,,,`,
        `${firms.R.uscc},R,南湖区,属地上报,abc,,,,不予认定,,,,,,`,
        `91330402MA3E00ZZ0X,未登记,南湖区,属地上报,1,,,,摸排,,,,,,`,
      ),
    ).then(
      () => null,
      (caught: unknown) => caught as AppError,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error!.code).toBe('validation_failed');
    expect(error!.details.map((d) => d.path)).toEqual([
      '第3行「腾出用地（亩）」(row 3)',
      '第4行「县（市、区）」(row 4)',
      '第4行「整治方式」(row 4)',
      '第4行「完成期限」(row 4)',
      '第5行「用地面积（亩）」(row 5)',
      '第5行「备注」(row 5)',
      '第6行「统一社会信用代码」(row 6)',
    ]);
    expect(await listRectificationCases(database.db, { year: 2025, scope: { kind: 'all' } })).toEqual([]);
  });

  it('stores a clean list as cases with their trail, a county for its own unit only', async () => {
    const outside = await importList(csv(`${firms.P.uscc},P,南湖区,属地上报,10,,,,摸排,,,,,,`), tongxiang).then(
      () => null,
      (caught: unknown) => caught as AppError,
    );
    expect(outside!.details[0]!.message).toMatch(/outside your scope/);
    const imported = await importList(
      csv(
        `${firms.P.uscc},P,南湖区,亩均评价,10,浙(2019)南湖区不动产权第0001号,500,关停退出,销号,2025-06-30,10,450,2,,已拆除`,
        `${firms.Q.uscc},Q,南湖区,属地上报,10,,300,改造提升,实施,2025/9/30,,,,,`,
        `${tongxiangFirm},G,桐乡市,属地上报,30,,800,,不予认定,,,,,,已转型`,
      ),
    );
    expect(imported).toEqual({ fileName: '整治清单.csv', year: 2025, cases: 3 });
    const cases = await listRectificationCases(database.db, { year: 2025, scope: { kind: 'all' } });
    const p = cases.find((c) => c.uscc === firms.P.uscc)!;
    expect(p).toMatchObject({
      status: 'closed',
      planType: 'exit',
      origin: 'local_report',
      landFreedMu: 10,
      energyFreedTce: 450,
      taxPerMuBeforeYuan: 20000,
      parcelRefs: ['浙(2019)南湖区不动产权第0001号'],
      note: '来源：亩均评价；已拆除',
    });
    const trail = (await getRectificationCase(database.db, p.id, { kind: 'all' })).history!;
    expect(trail.map((h) => h.to)).toEqual(['survey', 'confirmed', 'planned', 'implementing', 'accepted', 'closed']);
    expect(cases.find((c) => c.uscc === firms.Q.uscc)).toMatchObject({
      status: 'implementing',
      deadline: '2025-09-30',
    });
    expect(cases.find((c) => c.uscc === tongxiangFirm)).toMatchObject({
      status: 'dismissed',
      reportingUnitId: '330483',
    });
    const june = await buildRectificationBulletin(database.db, { year: 2025, month: 6, scope: { kind: 'all' } });
    expect(june.city).toMatchObject({ cases: 3, byStatus: { closed: 1, implementing: 1, dismissed: 1 } });
    expect(trail[0]!.at).toBe('2025-06-30T04:00:00.000Z');
    const may = await buildRectificationBulletin(database.db, { year: 2025, month: 5, scope: { kind: 'all' } });
    expect(may.city).toMatchObject({ byStatus: { survey: 3 } });
    const again = await importList(csv(`${firms.P.uscc},P,南湖区,属地上报,10,,,,摸排,,,,,,`)).then(
      () => null,
      (caught: unknown) => caught as AppError,
    );
    expect(again!.details[0]!.message).toMatch(/already has a case/);
  });
});
