/**
 * 平台/平台载体名单_YYYY年.xlsx for the last year: the platform register (DOMAIN.md §2, §6) across the nine units and
 * the 五大 clusters — 新型工业化产业示范基地 (national, provincial), 特色产业园, 特色小微企业园, 制造业创新中心, 工业设计
 * 基地, 工业互联网平台 and 产业创新服务综合体 — with recognised date, document, status (培育/创建, 认定, 复核, 摘牌) and
 * status date. The list does not grow with the demo's scale: a city has tens of platforms whatever the firm count.
 * Counts sit below the 2025 targets so the targets page shows progress, a few parks predate the policy of
 * 2020-09-29 (not "new"), one small-micro park is delisted and one complex is still being built.
 */
import type { DemoModel } from './demo-model.ts';
import { SYNTHETIC_NOTE, title, writtenAfter, type ManifestFile } from './file-labels.ts';
import { addMonths, randomDate } from './iso-dates.ts';
import { Random } from './random.ts';
import { DEMO_NAME_MARK } from './enterprise-names.ts';
import { DEMO_UNITS } from './reporting-units.ts';
import { writeXlsxTable, type TableCell, type TableLayout } from './xlsx-table-writer.ts';

export function platformsPath(year: number): string {
  return `平台/平台载体名单_${year}年.xlsx`;
}

/** [unit index, cluster name, topic] — the places each cluster's platforms sit (wuda.yaml zones). */
const SITES: readonly (readonly [number, string, string])[] = [
  [6, '现代纺织', '化纤新材料'],
  [4, '现代纺织', '时尚服饰'],
  [1, '现代纺织', '高端纺织'],
  [5, '现代纺织', '时尚服饰'],
  [1, '新能源', '光伏'],
  [4, '新能源', '光伏'],
  [3, '新能源', '核电装备'],
  [8, '化工新材料', '化工新材料'],
  [5, '化工新材料', '有机硅'],
  [0, '汽车制造', '汽车零部件'],
  [5, '汽车制造', '新能源汽车'],
  [7, '汽车制造', '智能汽车'],
  [2, '智能家居', '智能家居'],
  [3, '智能家居', '智能家电'],
  [1, '智能家居', '智能家具'],
];

/** Kind text, level text, how many (at scale-free counts), name suffix, document issuer. */
const KINDS: readonly (readonly [string, string, number, string, string])[] = [
  ['新型工业化产业示范基地', '国家级', 3, '国家新型工业化产业示范基地', '工信部'],
  ['新型工业化产业示范基地', '省级', 4, '省级新型工业化产业示范基地', '浙经信'],
  ['特色产业园', '省级', 14, '特色产业园', '浙经信'],
  ['特色小微企业园', '省级', 24, '小微企业园', '浙经信'],
  ['特色小微企业园', '市级', 14, '小微企业园（二期）', '嘉经信'],
  ['制造业创新中心', '省级', 6, '制造业创新中心', '浙经信'],
  ['工业设计基地', '省级', 18, '工业设计基地', '浙经信'],
  ['工业互联网平台', '省级', 7, '行业工业互联网平台', '浙经信'],
];

const COMPLEX_CLUSTERS = ['现代纺织', '新能源', '汽车制造', '智能家居'];

export async function writePlatformsFile(model: DemoModel, outDir: string, year: number): Promise<ManifestFile> {
  const random = new Random(model.options.seed).fork(`platforms-${year}`);
  const rows: TableCell[][] = [];
  const row = (
    name: string,
    kind: string,
    level: string,
    site: readonly [number, string, string],
    recognised: string | null,
    status: string,
    statusDate: string | null,
    issuer: string,
    k: number,
  ) =>
    rows.push([
      `${name}${DEMO_NAME_MARK}`,
      kind,
      level,
      DEMO_UNITS[site[0]]!.name,
      site[1],
      recognised,
      recognised ? `${issuer}〔${recognised.slice(0, 4)}〕${20 + k}号（演示）` : null,
      status,
      statusDate,
    ]);
  KINDS.forEach(([kind, level, howMany, suffix, issuer], kindIndex) => {
    for (let k = 0; k < howMany; k += 1) {
      const site = SITES[(k * 7 + kindIndex * 3) % SITES.length]!;
      const place = DEMO_UNITS[site[0]]!.place;
      const name = `${place}${site[2]}${suffix}${howMany > SITES.length ? `（${k + 1}）` : ''}`;
      // A national base or park of the first rank may predate the policy; the rest come after it.
      const recognised = randomDate(random, k === 0 ? 2018 : 2021, year);
      const reviewDue = addMonths(recognised, 36);
      if (kind === '特色小微企业园' && level === '市级' && k === 0 && reviewDue <= `${year}-12-31`)
        row(name, kind, level, site, recognised, '摘牌', reviewDue, issuer, k);
      else if (reviewDue <= `${year}-12-31` && random.chance(0.5))
        row(name, kind, level, site, recognised, '复核', reviewDue, issuer, k);
      else row(name, kind, level, site, recognised, '认定', null, issuer, k);
    }
  });
  COMPLEX_CLUSTERS.forEach((cluster, k) => {
    const site = SITES.find((entry) => entry[1] === cluster)!;
    const name = `${DEMO_UNITS[site[0]]!.place}${cluster}产业创新服务综合体`;
    row(name, '产业创新服务综合体', '省级', site, randomDate(random, 2019, year), '认定', null, '浙科发', k);
  });
  const building = SITES.find((entry) => entry[1] === '化工新材料')!;
  row(
    '嘉兴港区化工新材料产业创新服务综合体',
    '产业创新服务综合体',
    '省级',
    building,
    null,
    '创建',
    `${year}-03-01`,
    '浙科发',
    9,
  );
  const path = platformsPath(year);
  await writeXlsxTable(`${outDir}/${path}`, platformListLayout(year, rows));
  return { path, source: 'platforms', periodYear: year, periodMonth: 0 };
}

/** The list as the bureau keeps it: title, header, the rows and the closing 注 lines (also used by tests). */
export function platformListLayout(year: number, rows: readonly (readonly TableCell[])[]): TableLayout {
  return {
    sheetName: '平台载体',
    title: title(`嘉兴市平台载体名单（截至${year}年底）`),
    columns: [
      { top: '名称', width: 40 },
      { top: '类别', width: 22 },
      { top: '级别', width: 8 },
      { top: '县（市、区）', width: 18 },
      { top: '所属集群', width: 14 },
      { top: '认定时间', width: 12 },
      { top: '认定文件', width: 26 },
      { top: '状态', width: 8 },
      { top: '状态日期', width: 12 },
    ],
    rows,
    notes: [SYNTHETIC_NOTE, '注：状态为认定、复核的平台计入目标；“新增”指 2020-09-29 政策印发后认定。'],
    written: writtenAfter(year + 1, 1),
  };
}
