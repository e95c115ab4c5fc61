/**
 * 项目/重大工业项目_YYYY年.xlsx for the last year: a few hundred major industrial and 技改 projects (DOMAIN.md
 * §6) with their firm, cluster (五大), construction type, planned and completed investment in 万元 and the
 * milestones planned and reached by the end of the year; some are late to start, which the platform warns on.
 */
import { isAbove, type DemoFirm } from './demo-firm.ts';
import type { DemoModel } from './demo-model.ts';
import { SYNTHETIC_NOTE, title, unitName, writtenAfter, type ManifestFile } from './file-labels.ts';
import { addMonths, byEndOf, randomDate } from './iso-dates.ts';
import { Random } from './random.ts';
import { DEMO_UNITS } from './reporting-units.ts';
import { sectorOf } from './sectors.ts';
import { writeXlsxTable, type TableCell } from './xlsx-table-writer.ts';

export function projectsPath(year: number): string {
  return `项目/重大工业项目_${year}年.xlsx`;
}

const KINDS = [
  ['新建', 4],
  ['扩建', 2],
  ['技术改造', 3],
] as const;

function clusterLabel(model: DemoModel, firm: DemoFirm, year: number): string {
  const cluster = model.catalogues.assigned('wuda', firm.code, year);
  return cluster === null ? '其他' : model.catalogues.clusterName('wuda', model.catalogues.topCluster('wuda', cluster));
}

function projectRow(model: DemoModel, firm: DemoFirm, year: number, serial: number, random: Random): TableCell[] {
  const kind = random.weighted(KINDS);
  const signed = randomDate(random, year - 2, year);
  const plannedStart = addMonths(signed, random.int(2, 8));
  const started =
    byEndOf(plannedStart, year) && random.chance(0.82) ? addMonths(plannedStart, random.int(-1, 4)) : null;
  const actualStart = started !== null && byEndOf(started, year) ? started : null;
  const plannedEnd = addMonths(plannedStart, random.int(12, 30));
  const finished = actualStart !== null && byEndOf(plannedEnd, year) && random.chance(0.7) ? plannedEnd : null;
  const total = Math.round(Math.exp(random.uniform(Math.log(5_000), Math.log(300_000))) * 10);
  const progress = finished !== null ? 1 : actualStart !== null ? random.uniform(0.1, 0.9) : 0;
  const status = finished !== null ? '已竣工' : actualStart !== null ? '在建' : '未开工';
  const short = firm.name.replace(/(股份)?有限公司（演示）$/, '');
  const product = random.pick(sectorOf(firm.sector).products);
  const area = DEMO_UNITS[firm.unit]?.areaCode ?? '330400';
  return [
    `${signed.slice(2, 4)}${signed.slice(5, 7)}-${area}-04-0${kind === '技术改造' ? 2 : 1}-${String(serial).padStart(6, '0')}`,
    `${short}${product}${kind === '技术改造' ? '技术改造' : ''}项目（演示）`,
    firm.uscc,
    firm.name,
    unitName(firm),
    clusterLabel(model, firm, year),
    kind,
    total / 10,
    Math.round(total * random.uniform(0.2, 0.5)) / 10,
    Math.round(total * progress) / 10,
    signed,
    plannedStart,
    actualStart,
    plannedEnd,
    finished,
    status,
  ];
}

export async function writeProjectsFile(model: DemoModel, outDir: string, year: number): Promise<ManifestFile> {
  const random = new Random(model.options.seed).fork(`projects-${year}`);
  const candidates = model.firms.filter((firm) => isAbove(firm, year));
  const weights = candidates.map((firm) => Math.sqrt(model.store.annual('output', firm.index, year)));
  const count = Math.max(5, Math.round(300 * model.options.scale));
  const rows = Array.from({ length: count }, (_, k) => {
    const firm = candidates[random.weightedIndex(weights)] as DemoFirm;
    return projectRow(model, firm, year, 100_000 + k * 37, random);
  });
  const money = (top: string) => ({ top, width: 14, numFmt: '0.0' });
  const date = (top: string) => ({ top, width: 12 });
  const path = projectsPath(year);
  await writeXlsxTable(`${outDir}/${path}`, {
    sheetName: '重大工业项目',
    title: title(`嘉兴市${year}年重大工业项目推进情况（截至${year}年12月底）`),
    unitLine: '单位：万元',
    columns: [
      { top: '项目代码', width: 26 },
      { top: '项目名称', width: 48 },
      { top: '统一社会信用代码', width: 22 },
      { top: '项目单位', width: 36 },
      { top: '县（市、区）', width: 18 },
      { top: '所属集群', width: 16 },
      { top: '建设性质', width: 10 },
      money('计划总投资'),
      money(`${year}年计划投资`),
      money('累计完成投资'),
      date('签约日期'),
      date('计划开工日期'),
      date('实际开工日期'),
      date('计划竣工日期'),
      date('实际竣工日期'),
      { top: '项目状态', width: 10 },
    ],
    rows,
    notes: [SYNTHETIC_NOTE, '注：所属集群按“五大”先进制造业产业集群口径；实际日期为空表示尚未达到该节点。'],
    written: writtenAfter(year + 1, 1),
  });
  return { path, source: 'projects', periodYear: year, periodMonth: 0 };
}
