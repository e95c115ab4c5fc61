/**
 * The registers of the bulletin's tests in one database, from the register tests' own scenarios: the projects
 * scenario (four projects of 2024 in 海宁 and 桐乡) plus one project E of one firm in 南湖 on a 2024年1-5月 list (so
 * that a unit has a single project), the pools scenario's three lists, the platform scenario's list, and three
 * rectification cases of 2024 (local reports: two in 桐乡, one overdue, one in 海宁) with a 桐乡 target.
 */
import { accessSubject } from '@observatory/core';
import type { Database } from '../../src/db/database.ts';
import { importFile } from '../../src/services/intake/import-file.ts';
import { importPlatformsFile } from '../../src/services/platforms/import-platforms-file.ts';
import { openRectificationCase } from '../../src/services/rectification/open-rectification-case.ts';
import { setRectificationTarget } from '../../src/services/rectification/set-rectification-target.ts';
import { makeUscc } from '../fixtures/intake/intake-fixture-data.ts';
import { platformListCsv } from '../platforms/platforms-scenario.ts';
import { poolFirms, poolLists } from '../pools/pools-scenario.ts';
import { loadProjectsScenario, projectFirms } from '../projects/projects-scenario.ts';
import { loadReport } from '../statistics/statistics-scenario.ts';

export const city = accessSubject('city.admin', 'city_admin', { kind: 'city' });
export const nanhuFirm = makeUscc('330402', 'MA2J00PE');
export const nanhuProject = '2403-330402-04-01-900005';
const unitNames: Record<string, string> = { '330483': '桐乡市', '330481': '海宁市' };
const encode = (lines: readonly string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);

/** Project E: 30000万 planned for 2024, started 2024-02-01, 9000万 completed by May. */
const projectE = encode([
  '嘉兴市2024年1-5月重大工业项目推进情况',
  '单位：万元',
  '项目代码,项目名称,统一社会信用代码,项目单位,县（市、区）,所属集群,建设性质,行业代码,计划总投资,年度计划投资,累计完成投资,签约日期,计划开工日期,实际开工日期,计划竣工日期',
  `${nanhuProject},项目E,${nanhuFirm},项目企业E有限公司,南湖区,汽车制造,新建,3670,60000,30000,9000,2023-10-01,2024-02-01,2024-02-01,2025-12-31`,
]);

function poolList(year: number): Uint8Array {
  return encode([
    `嘉兴市${year}年企业培育库名单`,
    '统一社会信用代码,企业名称,县（市、区）,培育库类别,入库日期,有效期至,认定文件',
    ...poolLists[year]!.map(([tag, tier, entered, until, document]) => {
      const info = poolFirms[tag];
      return `${info.uscc},培育企业${tag},${unitNames[info.unit]},${tier},${entered},${until},${document}`;
    }),
  ]);
}

export async function loadBulletinRegistersScenario(database: Database): Promise<void> {
  await loadProjectsScenario(database);
  const e = await importFile(database, {
    bytes: projectE,
    fileName: '重大工业项目_2024-05.csv',
    actor: 'test:bulletin',
    createEnterprises: true,
  });
  if (e.status !== 'committed') throw new Error(JSON.stringify(e.issues.slice(0, 3)));
  for (const year of [2021, 2022, 2024]) await loadReport(database, `pools-${year}.csv`, poolList(year));
  await importPlatformsFile(database.db, {
    bytes: platformListCsv(),
    fileName: 'platforms.csv',
    by: 'city.admin',
    subject: city,
  });
  const open = (uscc: string, deadline: string | null) =>
    openRectificationCase(database.db, {
      uscc,
      year: 2024,
      origin: 'local_report',
      note: '属地上报（测试）',
      deadline,
      by: 'city.admin',
      subject: city,
    });
  await open(projectFirms.A.uscc, '2024-03-31');
  await open(projectFirms.D.uscc, '2024-12-31');
  await open(projectFirms.B.uscc, null);
  await setRectificationTarget(database.db, {
    year: 2024,
    unitId: '330483',
    closedCases: 2,
    landMu: 50,
    energyTce: null,
    setBy: 'city.admin',
    subject: city,
  });
}
