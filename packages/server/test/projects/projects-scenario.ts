/**
 * A small projects scenario imported through the normal import path: five project lists (2022年1-12月, 2023年1-6月,
 * 2023年1-12月, 2024年1-3月, 2024年1-6月; 万元, 累计完成投资 since the start) of four projects.
 *   A 桐乡 现代纺织 新建, 100000 planned (40000 in 2024), started 2022-10-10, completion planned 2024-03-31 and not
 *     reached (overdue 91 days at 2024-06-30); cumulative 10000 (2022-12), 20000 (2023-06), 40000 (2023-12),
 *     50000 (2024-03), 64000 (2024-06): 2024 1-6月 24000, 2023 1-6月 10000.
 *   B 海宁 新能源 改建和技术改造 (3825, 技改), 20000 planned (8000), start planned 2024-02-01 and not started
 *     (overdue 150 days); 2024 lists only, 0 completed.
 *   C 海宁 现代纺织 扩建, 400 planned (under 500万元: outside fixed-asset statistics), started on 2024-01-20;
 *     100 (2024-03), 300 (2024-06).
 *   D 桐乡 no cluster, 30000 planned (6000), started 2023-03-01; 5000 (2023-06), 9000 (2023-12), 11000 (2024-03),
 *     15000 (2024-06): 2024 1-6月 6000, 2023 1-6月 5000 (started in 2023: base 0).
 * At 2024-06: 1-6月 30300 of 54400 planned for the year; 开工率 3 of 4; overdue A and B; 现代纺织 growth
 * 24000 / 10000 − 1 = 140 %; the system (五大 clusters: A, B) the same.
 */
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { shippedRegistryDir } from '../../src/data-files.ts';
import { importFile } from '../../src/services/intake/import-file.ts';
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { makeUscc } from '../fixtures/intake/intake-fixture-data.ts';

export const projectFirms = {
  A: { uscc: makeUscc('330483', 'MA2J00PA'), unit: '330483', unitText: '桐乡市' },
  B: { uscc: makeUscc('330481', 'MA2J00PB'), unit: '330481', unitText: '海宁市' },
  C: { uscc: makeUscc('330481', 'MA2J00PC'), unit: '330481', unitText: '海宁市' },
  D: { uscc: makeUscc('330483', 'MA2J00PD'), unit: '330483', unitText: '桐乡市' },
} as const;

export const projectCodes = {
  A: '2205-330483-04-01-900001',
  B: '2401-330481-04-02-900002',
  C: '2401-330481-04-01-900003',
  D: '2302-330483-04-01-900004',
} as const;

type Tag = keyof typeof projectFirms;
interface Listed {
  cluster: string;
  type: string;
  industry: string;
  total: number;
  annual: number;
  signing: string;
  startPlanned: string;
  startActual: string | null;
  completionPlanned: string;
}
const projects: Record<Tag, Listed> = {
  A: {
    cluster: '现代纺织',
    type: '新建',
    industry: '2822',
    total: 100000,
    annual: 40000,
    signing: '2022-05-01',
    startPlanned: '2022-10-01',
    startActual: '2022-10-10',
    completionPlanned: '2024-03-31',
  },
  B: {
    cluster: '新能源',
    type: '改建和技术改造',
    industry: '3825',
    total: 20000,
    annual: 8000,
    signing: '2023-11-01',
    startPlanned: '2024-02-01',
    startActual: null,
    completionPlanned: '2025-06-30',
  },
  C: {
    cluster: '现代纺织',
    type: '扩建',
    industry: '1751',
    total: 400,
    annual: 400,
    signing: '2023-12-01',
    startPlanned: '2024-01-15',
    startActual: '2024-01-20',
    completionPlanned: '2024-12-31',
  },
  D: {
    cluster: '其他',
    type: '新建',
    industry: '3484',
    total: 30000,
    annual: 6000,
    signing: '2022-12-01',
    startPlanned: '2023-03-01',
    startActual: '2023-03-01',
    completionPlanned: '2025-12-31',
  },
};

/** period → cumulative completed per listed project (万元). */
const lists: [number, number, Partial<Record<Tag, number>>][] = [
  [2022, 12, { A: 10000 }],
  [2023, 6, { A: 20000, D: 5000 }],
  [2023, 12, { A: 40000, D: 9000 }],
  [2024, 3, { A: 50000, B: 0, C: 100, D: 11000 }],
  [2024, 6, { A: 64000, B: 0, C: 300, D: 15000 }],
];

function projectList(year: number, month: number, completed: Partial<Record<Tag, number>>): Uint8Array {
  const asOf = `${year}-${String(month).padStart(2, '0')}-28`;
  const known = (date: string | null) => (date !== null && date <= asOf ? date : '');
  const lines = [
    `嘉兴市${year}年1-${month}月重大工业项目推进情况`,
    '单位：万元',
    '项目代码,项目名称,统一社会信用代码,项目单位,县（市、区）,所属集群,建设性质,行业代码,计划总投资,年度计划投资,累计完成投资,签约日期,计划开工日期,实际开工日期,计划竣工日期',
    ...Object.entries(completed).map(([tag, amount]) => {
      const project = projects[tag as Tag];
      const firm = projectFirms[tag as Tag];
      return [
        projectCodes[tag as Tag],
        `项目${tag}`,
        firm.uscc,
        `项目企业${tag}有限公司`,
        firm.unitText,
        project.cluster,
        project.type,
        project.industry,
        project.total,
        year === 2024 ? project.annual : Math.round(project.annual / 2),
        amount,
        project.signing,
        project.startPlanned,
        known(project.startActual),
        project.completionPlanned,
      ].join(',');
    }),
  ];
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** Loads the registry and the five lists. */
export async function loadProjectsScenario(database: Database): Promise<void> {
  await loadRegistryFiles(database.db, shippedRegistryDir);
  for (const [year, month, completed] of lists) {
    const fileName = `重大工业项目_${year}-${String(month).padStart(2, '0')}.csv`;
    const result = await importFile(database, {
      bytes: projectList(year, month, completed),
      fileName,
      actor: 'test:projects',
      createEnterprises: true,
    });
    expect(result.status, `${fileName}: ${JSON.stringify(result.issues.slice(0, 3))}`).toBe('committed');
  }
}
