/**
 * A small cultivation-pool scenario imported through the normal import path: annual 规上 reports (年报, 万元) for
 * 2023 and 2024 of nine firms in 桐乡 and 海宁 on code 2822 (化纤, a 五大 cluster), and pool lists of 2021, 2022
 * and 2024. Expected:
 * - 专精特新 screening 2024: S1, C1, H1, H2 eligible (R&D ≥ 100万 and ≥ 3 %, revenue ≥ 1000万), S4 missing its R&D
 *   figure, S3 (2 %), L1 (2.5 %) and E1 (2 %) fail; S2 holds the tier (in force until 2025-02-28, expiring at the
 *   end of 2024).
 * - Transitions 2022 → 2024: L1 little giant expired (2024-06-30), S2 kept, C1 new (single champion, and listed),
 *   E1 young eagle → eagle (upgrade), H1 and H2 hidden champions kept: new 2, upgrade 1, kept 3, expired 1.
 * - Targets 2024: single champions (national) 1, little giants 0, new hidden champions since 2021 1 (H2; H1 held
 *   one in 2020), newly listed 1 (C1, 2023-06-30).
 */
import type { Database } from '../../src/db/database.ts';
import { shippedRegistryDir } from '../../src/data-files.ts';
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { makeUscc } from '../fixtures/intake/intake-fixture-data.ts';
import { loadReport } from '../statistics/statistics-scenario.ts';

const firm = (n: number, area: string) => makeUscc(area, `MA2P000${n}`);
const unitNames: Record<string, string> = { '330483': '桐乡市', '330481': '海宁市' };

/** tag → USCC, unit, and [revenue, R&D] in 万元 for 2023 and 2024 (null: not reported). */
export const poolFirms = {
  S1: { uscc: firm(1, '330483'), unit: '330483', y2023: [4000, 200], y2024: [5000, 300] },
  S2: { uscc: firm(2, '330483'), unit: '330483', y2023: [15000, 600], y2024: [20000, 800] },
  S3: { uscc: firm(3, '330481'), unit: '330481', y2023: [1800, 30], y2024: [2000, 40] },
  S4: { uscc: firm(4, '330481'), unit: '330481', y2023: [2800, null], y2024: [3000, null] },
  L1: { uscc: firm(5, '330481'), unit: '330481', y2023: [7000, 180], y2024: [8000, 200] },
  E1: { uscc: firm(6, '330483'), unit: '330483', y2023: [500000, 10000], y2024: [600000, 12000] },
  C1: { uscc: firm(7, '330483'), unit: '330483', y2023: [280000, 14000], y2024: [300000, 15000] },
  H1: { uscc: firm(8, '330481'), unit: '330481', y2023: [45000, 1800], y2024: [50000, 2000] },
  H2: { uscc: firm(9, '330481'), unit: '330481', y2023: [28000, 900], y2024: [30000, 1000] },
} as const;
export type PoolFirmTag = keyof typeof poolFirms;

function annualReport(year: 2023 | 2024): Uint8Array {
  const lines = [
    `嘉兴市${year}年规上工业企业年报主要指标`,
    '单位：万元',
    '统一社会信用代码,企业名称,县（市、区）,行业代码,研究与试验发展经费支出,主营业务收入',
    ...Object.entries(poolFirms).map(([tag, info]) => {
      const [revenue, rd] = year === 2023 ? info.y2023 : info.y2024;
      return `${info.uscc},培育企业${tag},${unitNames[info.unit]},2822,${rd ?? ''},${revenue}`;
    }),
  ];
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** [tag, 培育库类别, 入库日期, 有效期至, 认定文件]. */
type ListRow = [PoolFirmTag, string, string, string, string];

export const poolLists: Record<number, ListRow[]> = {
  2021: [
    ['L1', '专精特新中小企业', '2021-01-10', '2024-01-09', '浙经信〔2021〕5号'],
    ['L1', '专精特新“小巨人”企业', '2021-07-01', '2024-06-30', '工信部〔2021〕77号'],
    ['H1', '隐形冠军企业', '2020-05-01', '2023-04-30', '浙经信〔2020〕12号'],
  ],
  2022: [
    ['L1', '专精特新“小巨人”企业', '2021-07-01', '2024-06-30', '工信部〔2021〕77号'],
    ['S2', '专精特新中小企业', '2022-03-01', '2025-02-28', '浙经信〔2022〕9号'],
    ['E1', '雏鹰企业', '2022-05-01', '2025-04-30', '嘉经信〔2022〕3号'],
    ['H2', '隐形冠军企业', '2022-02-01', '2025-01-31', '浙经信〔2022〕4号'],
  ],
  2024: [
    ['S2', '专精特新中小企业', '2022-03-01', '2025-02-28', '浙经信〔2022〕9号'],
    ['E1', '雄鹰企业', '2024-04-01', '2027-03-31', '嘉经信〔2024〕8号'],
    ['C1', '单项冠军企业', '2024-01-15', '2027-01-14', '工信部〔2024〕2号'],
    ['C1', '上市企业', '2023-06-30', '2099-12-31', '上交所公告'],
    ['H1', '隐形冠军企业', '2023-05-01', '2026-04-30', '浙经信〔2023〕6号'],
  ],
};

function poolList(year: number): Uint8Array {
  const lines = [
    `嘉兴市${year}年企业培育库名单`,
    '统一社会信用代码,企业名称,县（市、区）,培育库类别,入库日期,有效期至,认定文件',
    ...poolLists[year]!.map(([tag, tier, entered, until, document]) => {
      const info = poolFirms[tag];
      return `${info.uscc},培育企业${tag},${unitNames[info.unit]},${tier},${entered},${until},${document}`;
    }),
  ];
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** Loads the registry, the two annual reports and the three pool lists. */
export async function loadPoolScenario(database: Database): Promise<void> {
  await loadRegistryFiles(database.db, shippedRegistryDir);
  await loadReport(database, '2023-annual.csv', annualReport(2023));
  await loadReport(database, '2024-annual.csv', annualReport(2024));
  for (const year of [2021, 2022, 2024]) await loadReport(database, `pools-${year}.csv`, poolList(year));
}
