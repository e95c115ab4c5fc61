/**
 * The bulletin document (core's BulletinDocument from GET /api/reports/bulletin) as the tables the page shows, in
 * the order and with the columns of the printed bulletin: city totals, each system's clusters, reporting unit ×
 * cluster, the units' ranking, targets, 重点工作推进 of the registers (bulletin-register-tables.ts) and warnings.
 * Each table knows its footnotes (the "*" flag, and the legends of the marks it uses).
 */
import {
  displayUnitOfMeasure,
  formatMonthRange,
  MISSING_FOOTNOTE,
  SUPPRESSED_FOOTNOTE,
} from '@observatory/core/format';
import type {
  BilingualName,
  BulletinClusterRow,
  BulletinDocument,
  BulletinPeriod,
  BulletinSystemSection,
  BulletinUnitMatrix,
} from '@observatory/core';
import {
  growthCell,
  integerCell,
  measureCell,
  percentCell,
  plainCell,
  pointsCell,
  textCell,
  type ScreenCell,
} from './bulletin-cells.ts';
import { registerSections } from './bulletin-register-tables.ts';

export interface ScreenColumn {
  label: BilingualName;
  /** A header over this and the adjacent columns with the same group. */
  group?: BilingualName;
  unit?: BilingualName;
  /** Text columns are left-aligned, numbers right-aligned. */
  numeric: boolean;
}

export type ScreenRowStyle = 'normal' | 'total' | 'red' | 'orange' | 'yellow';

export interface ScreenTable {
  id: string;
  title: BilingualName;
  columns: ScreenColumn[];
  rows: { key: string; style: ScreenRowStyle; cells: ScreenCell[] }[];
  notes: BilingualName[];
}

export interface ScreenSection {
  title: BilingualName;
  tables: ScreenTable[];
}

const label = (zh: string, en: string): BilingualName => ({ zh, en });
const PERCENT = label('%', '%');
const POINTS = label('百分点', 'pp');
const FIRMS = label('家', 'firms');
export const DERIVED_NOTE = label(
  '* 部分企业未报上年同期数，以其上年在库数据推算。',
  '* Some enterprises reported no figure for a year earlier; their stored value of last year was used.',
);

const periodLabel = (period: BulletinPeriod) =>
  label(formatMonthRange(period.month, 'zh'), formatMonthRange(period.month, 'en'));

function withFootnotes(table: Omit<ScreenTable, 'notes'> & { notes?: BilingualName[] }): ScreenTable {
  const marks = table.rows.flatMap((row) => row.cells).filter((cell) => cell.kind === 'mark');
  return {
    ...table,
    notes: [
      ...(table.notes ?? []),
      ...(marks.some((cell) => cell.suppressed) ? [SUPPRESSED_FOOTNOTE] : []),
      ...(marks.some((cell) => !cell.suppressed) ? [MISSING_FOOTNOTE] : []),
    ],
  };
}

function cityTable(document: BulletinDocument): ScreenTable {
  return withFootnotes({
    id: 'city',
    title: label('全市规上工业主要指标', "The city's above-scale industry"),
    columns: [
      { label: label('指标', 'Indicator'), numeric: false },
      { label: label('单位', 'Unit'), numeric: false },
      { label: periodLabel(document.period), numeric: true },
      { label: label('上年同期', 'Year earlier'), numeric: true },
      { label: label('增长', 'Growth'), unit: PERCENT, numeric: true },
      { label: label('可比价增长', 'Real growth (official)'), unit: PERCENT, numeric: true },
    ],
    rows: document.city.map((row) => ({
      key: row.measure,
      style: 'normal',
      cells: [
        textCell(row.name),
        textCell(displayUnitOfMeasure(row.measure).name),
        measureCell(row.value, row.measure),
        measureCell(row.base, row.measure),
        growthCell(row.growth.value, row.value.suppressed !== undefined, row.growth.derived),
        growthCell(row.officialGrowth),
      ],
    })),
    notes: document.city.some((row) => row.growth.derived) ? [DERIVED_NOTE] : [],
  });
}

function clusterCells(row: BulletinClusterRow, measure: string): ScreenCell[] {
  const withheld = row.value.suppressed !== undefined;
  return [
    textCell(row.name, row.depth),
    measureCell(row.value, measure),
    measureCell(row.base, measure),
    growthCell(row.growth.value, withheld, row.growth.derived),
    percentCell(row.share, withheld),
    pointsCell(row.pull, withheld),
    percentCell(row.contribution, withheld),
    integerCell(row.rank, withheld),
    integerCell(row.enterprises, withheld),
  ];
}

function systemTable(section: BulletinSystemSection, period: BulletinPeriod): ScreenTable {
  const unit = displayUnitOfMeasure(section.measure).name;
  const group = { zh: `${section.measureName.zh}（${unit.zh}）`, en: `${section.measureName.en} (${unit.en})` };
  const all = [section.total, ...section.rows];
  return withFootnotes({
    id: `system-${section.systemId}`,
    title: { zh: `${section.name.zh}${section.measureName.zh}`, en: `${section.name.en}: ${section.measureName.en}` },
    columns: [
      { label: label('集群', 'Cluster'), numeric: false },
      { label: periodLabel(period), group, numeric: true },
      { label: label('上年同期', 'Year earlier'), group, numeric: true },
      { label: label('增长', 'Growth'), unit: PERCENT, numeric: true },
      { label: label('占全市比重', 'Share of city'), unit: PERCENT, numeric: true },
      { label: label('拉动', 'Pull'), unit: POINTS, numeric: true },
      { label: label('贡献率', 'Contribution'), unit: PERCENT, numeric: true },
      { label: label('位次', 'Rank'), numeric: true },
      { label: label('企业数', 'Enterprises'), unit: FIRMS, numeric: true },
    ],
    rows: [
      {
        key: 'total',
        style: 'total',
        cells: clusterCells({ ...section.total, name: label('合计', 'Total') }, section.measure),
      },
      ...section.rows.map((row) => ({
        key: row.clusterId,
        style: 'normal' as const,
        cells: clusterCells(row, section.measure),
      })),
    ],
    notes: all.some((row) => row.growth.derived && row.value.suppressed === undefined) ? [DERIVED_NOTE] : [],
  });
}

function matrixTable(matrix: BulletinUnitMatrix, systemName: BilingualName, period: BulletinPeriod): ScreenTable {
  const unit = displayUnitOfMeasure(matrix.measure).name;
  return withFootnotes({
    id: `matrix-${matrix.systemId}`,
    title: {
      zh: `各县（市、区）${systemName.zh}${matrix.measureName.zh}（${period.label.zh}，${unit.zh}）`,
      en: `${systemName.en} by reporting unit: ${matrix.measureName.en} (${period.label.en}, ${unit.en})`,
    },
    columns: [
      { label: label('县（市、区）', 'Reporting unit'), numeric: false },
      ...matrix.clusters.map((cluster) => ({ label: cluster.name, numeric: true })),
      { label: label('合计', 'Total'), numeric: true },
    ],
    rows: [
      ...matrix.units.map((unitRow, index) => ({
        key: unitRow.id,
        style: 'normal' as const,
        cells: [
          textCell(unitRow.name),
          ...(matrix.cells[index] ?? []).map((cell) => measureCell(cell, matrix.measure)),
          measureCell(matrix.unitTotals[index] ?? { value: null }, matrix.measure),
        ],
      })),
      {
        key: 'total',
        style: 'total',
        cells: [
          textCell(label('合计', 'Total')),
          ...matrix.clusterTotals.map((cell) => measureCell(cell, matrix.measure)),
          textCell(''),
        ],
      },
    ],
  });
}

function rankingTable(document: BulletinDocument): ScreenTable {
  const { measure, measureName, rows } = document.unitRanking;
  const unit = displayUnitOfMeasure(measure).name;
  return withFootnotes({
    id: 'ranking',
    title: { zh: `各县（市、区）${measureName.zh}排名`, en: `Reporting units ranked: ${measureName.en}` },
    columns: [
      { label: label('县（市、区）', 'Reporting unit'), numeric: false },
      { label: periodLabel(document.period), unit, numeric: true },
      { label: label('增长', 'Growth'), unit: PERCENT, numeric: true },
      { label: label('占全市比重', 'Share of city'), unit: PERCENT, numeric: true },
      { label: label('拉动', 'Pull'), unit: POINTS, numeric: true },
      { label: label('总量位次', 'Rank by value'), numeric: true },
      { label: label('增速位次', 'Rank by growth'), numeric: true },
    ],
    rows: rows.map((row) => {
      const withheld = row.value.suppressed !== undefined;
      return {
        key: row.unit.id,
        style: 'normal' as const,
        cells: [
          textCell(row.unit.name),
          measureCell(row.value, measure),
          growthCell(row.growth.value, withheld, row.growth.derived),
          percentCell(row.share, withheld),
          pointsCell(row.pull, withheld),
          integerCell(row.rankByValue, withheld),
          integerCell(row.rankByGrowth, withheld),
        ],
      };
    }),
  });
}

function targetsTable(document: BulletinDocument): ScreenTable {
  return withFootnotes({
    id: 'targets',
    title: label('目标完成进度', 'Progress towards targets'),
    columns: [
      { label: label('目标', 'Target'), numeric: false },
      { label: label('指标', 'Indicator'), numeric: false },
      { label: label('目标年', 'Target year'), numeric: true },
      { label: label('目标值', 'Target'), numeric: true },
      { label: label('实际年', 'Actual year'), numeric: true },
      { label: label('实际值', 'Actual'), numeric: true },
      { label: label('完成进度', 'Progress'), unit: PERCENT, numeric: true },
      { label: label('需年均增长', 'Growth needed a year'), unit: PERCENT, numeric: true },
      { label: label('实际增长', 'Actual growth'), unit: PERCENT, numeric: true },
      { label: label('进度判断', 'On track'), numeric: false },
    ],
    rows: document.targets.map((target, index) => {
      const money = target.unit === 'yuan';
      const value = (amount: number | null) =>
        money ? measureCell({ value: amount }, 'industrial_output') : plainCell(amount, 0);
      const unitName = money ? '亿元' : target.unit === 'count' ? '家' : target.unit;
      return {
        key: `${target.systemId}-${target.clusterId ?? ''}-${index}`,
        style: 'normal' as const,
        cells: [
          textCell(target.name),
          textCell({ zh: `${target.indicator.zh}（${unitName}）`, en: `${target.indicator.en} (${unitName})` }),
          plainCell(target.targetYear, 0),
          value(target.targetValue),
          plainCell(target.actualYear, 0),
          value(target.actualValue),
          percentCell(target.progress),
          growthCell(target.requiredAnnualGrowth),
          growthCell(target.actualAnnualGrowth),
          target.onTrack === null
            ? textCell('—')
            : textCell(target.onTrack ? label('按期可达', 'on track') : label('进度滞后', 'behind')),
        ],
      };
    }),
  });
}

const SEVERITY = {
  red: label('红色', 'red'),
  orange: label('橙色', 'orange'),
  yellow: label('黄色', 'yellow'),
} as const;

function warningsTable(document: BulletinDocument): ScreenTable {
  return withFootnotes({
    id: 'warnings',
    title: label('预警提示', 'Warnings'),
    columns: [
      { label: label('级别', 'Level'), numeric: false },
      { label: label('对象', 'Subject'), numeric: false },
      { label: label('提示', 'Message'), numeric: false },
    ],
    rows: document.warnings.map((warning, index) => ({
      key: String(index),
      style: warning.severity,
      cells: [textCell(SEVERITY[warning.severity]), textCell(warning.subject), textCell(warning.message)],
    })),
  });
}

/** The bulletin's sections as the printed bulletin orders them. */
export function bulletinSections(document: BulletinDocument): ScreenSection[] {
  const systemNames = new Map(document.systems.map((system) => [system.systemId, system.name]));
  return [
    { title: label('全市规上工业主要指标', 'The city at a glance'), tables: [cityTable(document)] },
    {
      title: label('产业集群运行情况', 'Clusters'),
      tables: document.systems.map((system) => systemTable(system, document.period)),
    },
    {
      title: label('各区县产业集群情况', 'Clusters by reporting unit'),
      tables: document.unitMatrices.map((matrix) =>
        matrixTable(
          matrix,
          systemNames.get(matrix.systemId) ?? label(matrix.systemId, matrix.systemId),
          document.period,
        ),
      ),
    },
    { title: label('区县排名', 'Ranking of reporting units'), tables: [rankingTable(document)] },
    { title: label('目标完成进度', 'Progress towards targets'), tables: [targetsTable(document)] },
    ...registerSections(document.registers),
    { title: label('预警提示', 'Warnings'), tables: [warningsTable(document)] },
  ];
}

/** The document's own notes without the marks' legends (each table carries those where its marks appear). */
export function documentNotes(document: BulletinDocument): BilingualName[] {
  return document.notes.filter((note) => !/^[“"](x|—)[”"]/.test(note.zh));
}
