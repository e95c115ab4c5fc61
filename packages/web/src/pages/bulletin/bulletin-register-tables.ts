/**
 * 重点工作推进, the bulletin's register section on screen (the document's `registers`): 重大项目 by reporting unit,
 * 企业培育 by tier, 整治提升 by reporting unit and 平台载体 by kind, with the columns of the printed bulletin.
 * Investment in 亿元 with two decimals through core's formatters; a withheld sum and the rate computed from it
 * show "x". A register without data of the period is an empty table with a note saying so.
 */
import {
  displayUnitOfDimension,
  formatDecimal,
  formatInDisplayUnit,
  formatMonthRange,
  MISSING_FOOTNOTE,
  SUPPRESSED_FOOTNOTE,
} from '@observatory/core/format';
import type {
  BilingualName,
  BulletinCell,
  BulletinPoolRow,
  BulletinProjectRow,
  BulletinRectificationRow,
  BulletinRegisters,
} from '@observatory/core';
import { integerCell, MISSING, percentCell, plainCell, textCell, WITHHELD, type ScreenCell } from './bulletin-cells.ts';
import type { ScreenColumn, ScreenSection, ScreenTable } from './bulletin-tables.ts';

const label = (zh: string, en: string): BilingualName => ({ zh, en });
const PERCENT = label('%', '%');
const FIRMS = label('家', 'firms');
const COUNT = label('个', 'no.');
const INVESTMENT = { ...displayUnitOfDimension('money'), digits: 2 };
const CITY = label('全市', 'City');
const NO_DATA = label('本期无登记数据。', 'No register data for the period.');

/** Rectification statuses in their order (core's RECTIFICATION_STATUS_NAMES, kept here to stay off core's index). */
const STATUSES: [string, BilingualName][] = [
  ['survey', label('摸排', 'Survey')],
  ['confirmed', label('认定', 'Confirmed')],
  ['planned', label('方案', 'Plan')],
  ['implementing', label('实施', 'Implementing')],
  ['accepted', label('验收', 'Accepted')],
  ['closed', label('销号', 'Closed')],
  ['dismissed', label('不予认定', 'Dismissed')],
];

function investmentCell(cell: BulletinCell): ScreenCell {
  if (cell.suppressed !== undefined) return WITHHELD;
  return cell.value === null ? MISSING : { kind: 'number', text: formatInDisplayUnit(cell.value, INVESTMENT) };
}

function table(
  id: string,
  title: BilingualName,
  columns: ScreenColumn[],
  rows: ScreenTable['rows'] | null,
  notes: BilingualName[],
): ScreenTable {
  const marks = (rows ?? []).flatMap((row) => row.cells).filter((cell) => cell.kind === 'mark');
  return {
    id,
    title,
    columns,
    rows: rows ?? [],
    notes: [
      ...(rows === null ? [NO_DATA] : notes),
      ...(marks.some((cell) => cell.suppressed) ? [SUPPRESSED_FOOTNOTE] : []),
      ...(marks.some((cell) => !cell.suppressed) ? [MISSING_FOOTNOTE] : []),
    ],
  };
}

function projectCells(row: BulletinProjectRow): ScreenCell[] {
  const withheld = row.plannedAnnual.suppressed !== undefined || row.yearCompleted.suppressed !== undefined;
  return [
    textCell(row.unit?.name ?? CITY),
    integerCell(row.projects),
    investmentCell(row.plannedAnnual),
    investmentCell(row.yearCompleted),
    percentCell(row.annualCompletionRate, withheld),
    percentCell(row.startRate),
    textCell(`${row.startedProjects}/${row.dueProjects}`),
    integerCell(row.overdueProjects),
  ];
}

function projectsTable(registers: BulletinRegisters): ScreenTable {
  const projects = registers.projects;
  const months = projects
    ? label(formatMonthRange(projects.month, 'zh'), formatMonthRange(projects.month, 'en'))
    : label('1-N月', 'year to date');
  return table(
    'register-projects',
    label(`重大项目推进情况（${months.zh}）`, `Major projects (${months.en})`),
    [
      { label: label('县（市、区）', 'Reporting unit'), numeric: false },
      { label: label('项目数', 'Projects'), unit: COUNT, numeric: true },
      { label: label('年度计划投资', 'Annual plan'), unit: INVESTMENT.name, numeric: true },
      { label: label(`${months.zh}完成投资`, `Completed ${months.en}`), unit: INVESTMENT.name, numeric: true },
      { label: label('年度完成率', 'Annual completion'), unit: PERCENT, numeric: true },
      { label: label('开工率', 'Start rate'), unit: PERCENT, numeric: true },
      { label: label('已开工/应开工', 'Started/due'), numeric: true },
      { label: label('逾期项目', 'Overdue'), unit: COUNT, numeric: true },
    ],
    projects &&
      [projects.city, ...projects.units].map((row) => ({
        key: row.unit?.id ?? 'city',
        style: row.unit === null ? ('total' as const) : ('normal' as const),
        cells: projectCells(row),
      })),
    [
      label(
        '年度完成率 = 1-N月完成投资 / 年度计划投资；开工率 = 已开工 / 应开工。',
        'Completion = completed this year / annual plan; start rate = started / due to start.',
      ),
    ],
  );
}

const TARGET_COLUMNS: ScreenColumn[] = [
  { label: label('2025年目标', '2025 target'), numeric: false },
  { label: label('目标值', 'Target'), numeric: true },
  { label: label('目标口径实际', 'Measured'), numeric: true },
  { label: label('完成进度', 'Progress'), unit: PERCENT, numeric: true },
];

function targetCells(target: BulletinPoolRow['target']): ScreenCell[] {
  if (target === null) return [textCell('—'), MISSING, MISSING, MISSING];
  return [
    textCell(target.name),
    plainCell(target.value, 0),
    plainCell(target.measured, 0),
    percentCell(target.progress),
  ];
}

function poolsTable(registers: BulletinRegisters): ScreenTable {
  const pools = registers.pools;
  return table(
    'register-pools',
    label(`企业培育库（截至${pools?.asOf ?? '期末'}）`, `Cultivation pools (as at ${pools?.asOf ?? 'the period end'})`),
    [
      { label: label('培育层级', 'Tier'), numeric: false },
      { label: label('在库企业', 'In the pool'), unit: FIRMS, numeric: true },
      { label: label('本年新增', 'New this year'), unit: FIRMS, numeric: true },
      ...TARGET_COLUMNS,
    ],
    pools &&
      pools.rows.map((row) => ({
        key: row.tier,
        style: 'normal' as const,
        cells: [textCell(row.name), integerCell(row.inPool), integerCell(row.newThisYear), ...targetCells(row.target)],
      })),
    [],
  );
}

const TARGET_GROUP = label('考核目标完成进度（%）', 'Progress on the unit targets (%)');

function rectificationCells(row: BulletinRectificationRow): ScreenCell[] {
  const progress = (target: { progress: number | null } | null | undefined) =>
    target ? percentCell(target.progress) : MISSING;
  return [
    textCell(row.unit?.name ?? CITY),
    integerCell(row.cases),
    ...STATUSES.map(([status]) => integerCell(row.byStatus[status] ?? 0)),
    integerCell(row.overdue),
    { kind: 'number', text: formatDecimal(row.landFreedMu, 1) },
    { kind: 'number', text: formatDecimal(row.energyFreedTce, 1) },
    percentCell(row.closureRate),
    progress(row.targets?.closedCases),
    progress(row.targets?.landMu),
    progress(row.targets?.energyTce),
  ];
}

function rectificationTable(registers: BulletinRegisters): ScreenTable {
  const rectification = registers.rectification;
  const byStatus = label('按进度（家）', 'By status (firms)');
  return table(
    'register-rectification',
    label(
      `高耗低效企业整治提升（截至${rectification?.asOf ?? '期末'}）`,
      `Rectification (as at ${rectification?.asOf ?? 'the period end'})`,
    ),
    [
      { label: label('县（市、区）', 'Reporting unit'), numeric: false },
      { label: label('整治企业', 'Cases'), unit: FIRMS, numeric: true },
      ...STATUSES.map(([, name]) => ({ label: name, group: byStatus, numeric: true })),
      { label: label('逾期', 'Overdue'), unit: FIRMS, numeric: true },
      { label: label('腾出用地', 'Land freed'), unit: label('亩', 'mu'), numeric: true },
      { label: label('腾出能耗', 'Energy freed'), unit: label('吨标煤', 'tce'), numeric: true },
      { label: label('销号率', 'Closure rate'), unit: PERCENT, numeric: true },
      { label: label('销号', 'Closed'), group: TARGET_GROUP, numeric: true },
      { label: label('用地', 'Land'), group: TARGET_GROUP, numeric: true },
      { label: label('能耗', 'Energy'), group: TARGET_GROUP, numeric: true },
    ],
    rectification &&
      [rectification.city, ...rectification.units].map((row) => ({
        key: row.unit?.id ?? 'city',
        style: row.unit === null ? ('total' as const) : ('normal' as const),
        cells: rectificationCells(row),
      })),
    [
      label(
        '腾出用地、能耗按已验收、销号案件计；销号率 = 销号 / （整治企业 − 不予认定）。',
        'Land and energy freed by accepted and closed cases; closure rate = closed / (cases − dismissed).',
      ),
    ],
  );
}

function platformsTable(registers: BulletinRegisters): ScreenTable {
  const platforms = registers.platforms;
  return table(
    'register-platforms',
    label(
      `平台载体建设（截至${platforms?.asOf ?? '期末'}）`,
      `Platforms (as at ${platforms?.asOf ?? 'the period end'})`,
    ),
    [
      { label: label('平台类别', 'Kind'), numeric: false },
      { label: label('在册认定', 'In force'), unit: COUNT, numeric: true },
      ...TARGET_COLUMNS,
    ],
    platforms &&
      platforms.rows.map((row, index) => ({
        key: `${row.kind}-${index}`,
        style: 'normal' as const,
        cells: [textCell(row.name), integerCell(row.inForce), ...targetCells(row.target)],
      })),
    [
      label(
        '在册认定：期末处于认定或复核状态的各级平台；目标口径实际按目标所定级别与时点（年末）计。',
        'In force: recognised or reviewed at the period end, any level; measured as the target counts (its levels, at the year end).',
      ),
    ],
  );
}

/** The section, or none when the document has no register section. */
export function registerSections(registers: BulletinRegisters | undefined): ScreenSection[] {
  if (!registers) return [];
  return [
    {
      title: registers.title,
      tables: [
        projectsTable(registers),
        poolsTable(registers),
        rectificationTable(registers),
        platformsTable(registers),
      ],
    },
  ];
}
