/**
 * 重点工作推进: the bulletin's register section as four tables (重大项目, 企业培育, 整治提升, 平台载体), drawn by the xlsx
 * (one sheet each) and the PDF. Investment in 亿元 with two decimals; a withheld sum (and the rate computed from it)
 * is "x"; a register without data of the period is one line saying so.
 */
import {
  displayUnitOfDimension,
  formatMonthRange,
  RECTIFICATION_STATUS_NAMES,
  RECTIFICATION_STATUSES,
  type BilingualName,
  type BulletinDocument,
  type BulletinPlatformRow,
  type BulletinPoolRow,
  type BulletinProjectRow,
  type BulletinRectificationRow,
  type BulletinRegisters,
} from '@observatory/core';
import type { BulletinTable, TableCell, TableColumn, TableRow } from './bulletin-table.ts';
import { amountCell, integerCell, MISSING, percentCell, plainCell, textCell } from './table-cells.ts';
import { UNITS } from './table-labels.ts';

const label = (zh: string, en: string): BilingualName => ({ zh, en });
const INVESTMENT_UNIT = { ...displayUnitOfDimension('money'), digits: 2 };
const COUNT = label('个', 'no.');
const CITY = '全市';

const noData = (width: number): TableRow => ({
  style: 'normal',
  cells: [textCell('本期无登记数据'), ...Array.from({ length: width - 1 }, () => textCell(''))],
});

const unitName = (unit: { name: BilingualName } | null) => (unit === null ? CITY : unit.name.zh);
const style = (unit: unknown): TableRow['style'] => (unit === null ? 'total' : 'normal');

function projectCells(row: BulletinProjectRow): TableCell[] {
  const withheld = row.plannedAnnual.suppressed !== undefined || row.yearCompleted.suppressed !== undefined;
  return [
    textCell(unitName(row.unit)),
    integerCell(row.projects),
    amountCell(row.plannedAnnual, INVESTMENT_UNIT),
    amountCell(row.yearCompleted, INVESTMENT_UNIT),
    percentCell(row.annualCompletionRate, withheld),
    percentCell(row.startRate),
    textCell(`${row.startedProjects}/${row.dueProjects}`),
    integerCell(row.overdueProjects),
  ];
}

function projectsTable(registers: BulletinRegisters): BulletinTable {
  const projects = registers.projects;
  const months = projects ? formatMonthRange(projects.month, 'zh') : '1-N月';
  const columns: TableColumn[] = [
    { label: label('县（市、区）', 'Reporting unit'), width: 16 },
    { label: label('项目数', 'Projects'), unit: COUNT, width: 8 },
    { label: label('年度计划投资', 'Annual plan'), unit: INVESTMENT_UNIT.name, width: 12 },
    {
      label: label(`${months}完成投资`, `Completed ${projects ? formatMonthRange(projects.month, 'en') : ''}`),
      unit: INVESTMENT_UNIT.name,
      width: 13,
    },
    { label: label('年度完成率', 'Annual completion'), unit: UNITS.percent, width: 11 },
    { label: label('开工率', 'Start rate'), unit: UNITS.percent, width: 9 },
    { label: label('已开工/应开工', 'Started/due'), width: 11 },
    { label: label('逾期项目', 'Overdue'), unit: COUNT, width: 9 },
  ];
  return {
    sheetName: '重大项目',
    title: label(`重大项目推进情况（${months}）`, 'Major projects'),
    columns,
    rows: projects
      ? [projects.city, ...projects.units].map((row) => ({ style: style(row.unit), cells: projectCells(row) }))
      : [noData(columns.length)],
    notes: [
      label(
        '年度完成率 = 1-N月完成投资 / 年度计划投资；开工率 = 已开工 / 应开工（计划开工日期在期末之前）。',
        'Completion = completed this year / annual plan; start rate = started / due to start by the period end.',
      ),
    ],
  };
}

function targetCells(target: BulletinPoolRow['target']): TableCell[] {
  if (target === null) return [textCell('—'), MISSING, MISSING, MISSING];
  return [
    textCell(target.name.zh),
    plainCell(target.value, 0),
    target.measured === null ? MISSING : plainCell(target.measured, 0),
    percentCell(target.progress),
  ];
}

const TARGET_COLUMNS: TableColumn[] = [
  { label: label('2025年目标', '2025 target'), width: 30 },
  { label: label('目标值', 'Target'), width: 8 },
  { label: label('目标口径实际', 'Measured'), width: 10 },
  { label: label('完成进度', 'Progress'), unit: UNITS.percent, width: 10 },
];

function poolsTable(registers: BulletinRegisters): BulletinTable {
  const columns: TableColumn[] = [
    { label: label('培育层级', 'Tier'), width: 22 },
    { label: label('在库企业', 'In the pool'), unit: UNITS.enterprises, width: 9 },
    { label: label('本年新增', 'New this year'), unit: UNITS.enterprises, width: 9 },
    ...TARGET_COLUMNS,
  ];
  return {
    sheetName: '企业培育',
    title: label(
      `企业培育库（截至${registers.pools?.asOf ?? '期末'}）`,
      `Cultivation pools (as at ${registers.pools?.asOf ?? 'the period end'})`,
    ),
    columns,
    rows: registers.pools
      ? registers.pools.rows.map((row) => ({
          style: 'normal' as const,
          cells: [
            textCell(row.name.zh),
            integerCell(row.inPool),
            integerCell(row.newThisYear),
            ...targetCells(row.target),
          ],
        }))
      : [noData(columns.length)],
    notes: [],
  };
}

const TARGET_GROUP = label('考核目标完成进度', 'Progress on the unit targets');

function rectificationCells(row: BulletinRectificationRow): TableCell[] {
  const progress = (target: { progress: number | null } | null | undefined) =>
    target ? percentCell(target.progress) : MISSING;
  return [
    textCell(unitName(row.unit)),
    integerCell(row.cases),
    ...RECTIFICATION_STATUSES.map((status) => integerCell(row.byStatus[status] ?? 0)),
    integerCell(row.overdue),
    plainCell(row.landFreedMu, 1),
    plainCell(row.energyFreedTce, 1),
    percentCell(row.closureRate),
    progress(row.targets?.closedCases),
    progress(row.targets?.landMu),
    progress(row.targets?.energyTce),
  ];
}

function rectificationTable(registers: BulletinRegisters): BulletinTable {
  const rectification = registers.rectification;
  const columns: TableColumn[] = [
    { label: label('县（市、区）', 'Reporting unit'), width: 16 },
    { label: label('整治企业', 'Cases'), unit: UNITS.enterprises, width: 8 },
    ...RECTIFICATION_STATUSES.map((status) => ({
      label: RECTIFICATION_STATUS_NAMES[status],
      group: label('按进度', 'By status'),
      width: 7,
    })),
    { label: label('逾期', 'Overdue'), unit: UNITS.enterprises, width: 7 },
    { label: label('腾出用地', 'Land freed'), unit: label('亩', 'mu'), width: 9 },
    { label: label('腾出能耗', 'Energy freed'), unit: label('吨标煤', 'tce'), width: 10 },
    { label: label('销号率', 'Closure rate'), unit: UNITS.percent, width: 8 },
    { label: label('销号', 'Closed'), group: TARGET_GROUP, width: 8 },
    { label: label('用地', 'Land'), group: TARGET_GROUP, width: 8 },
    { label: label('能耗', 'Energy'), group: TARGET_GROUP, width: 8 },
  ];
  return {
    sheetName: '整治提升',
    title: label(
      `高耗低效企业整治提升（截至${rectification?.asOf ?? '期末'}）`,
      `Rectification (as at ${rectification?.asOf ?? 'the period end'})`,
    ),
    columns,
    rows: rectification
      ? [rectification.city, ...rectification.units].map((row) => ({
          style: style(row.unit),
          cells: rectificationCells(row),
        }))
      : [noData(columns.length)],
    notes: [
      label(
        '腾出用地、能耗按已验收、销号案件计；销号率 = 销号 / （整治企业 − 不予认定）；考核目标完成进度（%）= 实际 / 目标。',
        'Land and energy freed by accepted and closed cases; closure rate = closed / (cases − dismissed); progress (%) = actual / target.',
      ),
    ],
  };
}

function platformCells(row: BulletinPlatformRow): TableCell[] {
  return [textCell(row.name.zh), integerCell(row.inForce), ...targetCells(row.target)];
}

function platformsTable(registers: BulletinRegisters): BulletinTable {
  const columns: TableColumn[] = [
    { label: label('平台类别', 'Kind'), width: 24 },
    { label: label('在册认定', 'In force'), unit: COUNT, width: 9 },
    ...TARGET_COLUMNS,
  ];
  return {
    sheetName: '平台载体',
    title: label(
      `平台载体建设（截至${registers.platforms?.asOf ?? '期末'}）`,
      `Platforms (as at ${registers.platforms?.asOf ?? 'the period end'})`,
    ),
    columns,
    rows: registers.platforms
      ? registers.platforms.rows.map((row) => ({ style: 'normal' as const, cells: platformCells(row) }))
      : [noData(columns.length)],
    notes: [
      label(
        '在册认定：期末处于认定或复核状态的各级平台；目标口径实际按目标所定级别与时点（年末）计。',
        'In force: recognised or reviewed at the period end, any level; measured: as the target counts (its levels, at the year end).',
      ),
    ],
  };
}

/** The section's tables, none when the document has no register section. */
export function buildRegisterTables(document: BulletinDocument): BulletinTable[] {
  const registers = document.registers;
  if (!registers) return [];
  return [projectsTable(registers), poolsTable(registers), rectificationTable(registers), platformsTable(registers)];
}
