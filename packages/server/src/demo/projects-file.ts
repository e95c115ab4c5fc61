/**
 * 项目/重大工业项目_YYYY年1-N月.xlsx: the economy bureau's monthly progress table of major industrial and 技改
 * projects (DOMAIN.md §6), one file per month for the last two years and the December list of the year before
 * them — so the platform has monthly cumulative completed investment, the same months of last year for cluster
 * investment growth, and last year's end as the base of each year's 1–N月 figure. Each list has the projects
 * signed by its month and not completed before its year, with firm, cluster (五大), construction type, planned total
 * and the year's planned investment, 累计完成投资 since the start (万元), every milestone planned and those reached
 * by the month (demo-project-plans.ts), and the status.
 */
import { type DemoFirm } from './demo-firm.ts';
import type { DemoModel } from './demo-model.ts';
import {
  cumulativeAt,
  demoProjectPlans,
  plannedAnnualWan,
  type DemoMilestone,
  type DemoProjectPlan,
} from './demo-project-plans.ts';
import { SYNTHETIC_NOTE, title, unitName, writtenAfter, type ManifestFile } from './file-labels.ts';
import { isoDate } from './iso-dates.ts';
import { DEMO_UNITS } from './reporting-units.ts';
import { writeXlsxTable, type TableCell } from './xlsx-table-writer.ts';

const periodText = (year: number, month: number) => (month === 1 ? `${year}年1月` : `${year}年1-${month}月`);

export function projectsPath(year: number, month: number): string {
  return `项目/重大工业项目_${periodText(year, month)}.xlsx`;
}

function clusterLabel(model: DemoModel, firm: DemoFirm, year: number): string {
  const cluster = model.catalogues.assigned('wuda', firm.code, year);
  return cluster === null ? '其他' : model.catalogues.clusterName('wuda', model.catalogues.topCluster('wuda', cluster));
}

const listed = (plan: DemoProjectPlan, year: number, month: number) =>
  plan.signing <= isoDate(year, month, 31) &&
  (plan.completion.actual === null || plan.completion.actual >= `${year}-01-01`);

function projectRow(model: DemoModel, plan: DemoProjectPlan, year: number, month: number): TableCell[] {
  const end = isoDate(year, month, 31);
  const reached = (milestone: DemoMilestone | null) =>
    milestone?.actual !== null && milestone?.actual !== undefined && milestone.actual <= end ? milestone.actual : null;
  const renovation = plan.kind === '技术改造';
  const short = plan.firm.name.replace(/(股份)?有限公司（演示）$/, '');
  const area = DEMO_UNITS[plan.firm.unit]?.areaCode ?? '330400';
  const status = reached(plan.completion) !== null ? '已竣工' : reached(plan.start) !== null ? '在建' : '未开工';
  return [
    `${plan.signing.slice(2, 4)}${plan.signing.slice(5, 7)}-${area}-04-0${renovation ? 2 : 1}-${String(plan.serial).padStart(6, '0')}`,
    `${short}${plan.product}${renovation ? '技术改造' : ''}项目（演示）`,
    plan.firm.uscc,
    plan.firm.name,
    unitName(plan.firm),
    clusterLabel(model, plan.firm, year),
    plan.kind,
    plan.totalWan,
    plannedAnnualWan(plan, year),
    cumulativeAt(plan, year, month),
    plan.landMu,
    plan.expectedOutputWan,
    plan.signing,
    plan.filing.planned,
    reached(plan.filing),
    plan.landSupply?.planned ?? null,
    reached(plan.landSupply),
    plan.start.planned,
    reached(plan.start),
    plan.completion.planned,
    reached(plan.completion),
    plan.production.planned,
    reached(plan.production),
    plan.fullProduction.planned,
    reached(plan.fullProduction),
    status,
  ];
}

async function writeList(
  model: DemoModel,
  plans: readonly DemoProjectPlan[],
  outDir: string,
  year: number,
  month: number,
) {
  const rows = plans.filter((plan) => listed(plan, year, month)).map((plan) => projectRow(model, plan, year, month));
  const money = (top: string) => ({ top, width: 14, numFmt: '0.0' });
  const date = (top: string) => ({ top, width: 12 });
  const path = projectsPath(year, month);
  await writeXlsxTable(`${outDir}/${path}`, {
    sheetName: '重大工业项目',
    title: title(`嘉兴市${periodText(year, month)}重大工业项目推进情况`),
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
      { top: '用地面积（亩）', width: 12, numFmt: '0.0' },
      money('预计新增产值'),
      date('签约日期'),
      date('计划备案日期'),
      date('备案日期'),
      date('计划供地日期'),
      date('实际供地日期'),
      date('计划开工日期'),
      date('实际开工日期'),
      date('计划竣工日期'),
      date('实际竣工日期'),
      date('计划投产日期'),
      date('实际投产日期'),
      date('计划达产日期'),
      date('实际达产日期'),
      { top: '项目状态', width: 10 },
    ],
    rows,
    notes: [
      SYNTHETIC_NOTE,
      '注：所属集群按“五大”先进制造业产业集群口径；累计完成投资为开工以来累计；实际日期为空表示截至本月尚未达到该节点。',
    ],
    written: writtenAfter(year, month),
  });
  return { path, source: 'projects', periodYear: year, periodMonth: month } satisfies ManifestFile;
}

/** The lists in import order: December of the year two before the last, then every month of the last two years. */
export async function writeProjectsFiles(model: DemoModel, outDir: string, lastYear: number): Promise<ManifestFile[]> {
  const plans = demoProjectPlans(model, lastYear, Math.max(60, Math.round(300 * model.options.scale)));
  const files: ManifestFile[] = [await writeList(model, plans, outDir, lastYear - 2, 12)];
  for (const year of [lastYear - 1, lastYear])
    for (let month = 1; month <= 12; month += 1) files.push(await writeList(model, plans, outDir, year, month));
  return files;
}
