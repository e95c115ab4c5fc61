/**
 * The rectification 通报 as an .xlsx: a title (2025年1-6月高耗低效企业整治工作进展通报), the day the figures stand
 * for, and one row per reporting unit (then the city) with cases by status, overdue, closed in the month, 亩 and
 * 吨标煤 freed, the closure rate and, where targets are set, progress against them. Cells through the evaluation
 * lists' writers (text never a formula, a missing number shown as —).
 */
import { RECTIFICATION_STATUS_NAMES, RECTIFICATION_STATUSES } from '@observatory/core';
import { loadExcelJS } from '../../lazy-libraries/load-exceljs.ts';
import {
  dataRow,
  decimalFormat,
  headerRow,
  titleLine,
  type ListCell,
  type ListColumn,
} from '../../reports/evaluation/list-sheet-cells.ts';
import type { RectificationBulletin } from './build-rectification-bulletin.ts';

type Row = RectificationBulletin['units'][number] | NonNullable<RectificationBulletin['city']>;

const COLUMNS: ListColumn[] = [
  { header: '县（市、区）\nUnit', width: 16 },
  { header: '案件数\nCases', width: 9 },
  ...RECTIFICATION_STATUSES.map((status) => ({
    header: `${RECTIFICATION_STATUS_NAMES[status].zh}\n${RECTIFICATION_STATUS_NAMES[status].en}`,
    width: 10,
  })),
  { header: '逾期\nOverdue', width: 9 },
  { header: '本月销号\nClosed this month', width: 11 },
  { header: '腾出用地（亩）\nLand freed (mu)', width: 14 },
  { header: '腾出用能（吨标煤）\nEnergy freed (tce)', width: 16 },
  { header: '销号率\nClosure rate', width: 10 },
  { header: '用地目标完成\nLand vs target', width: 12 },
  { header: '用能目标完成\nEnergy vs target', width: 12 },
  { header: '销号目标完成\nClosures vs target', width: 12 },
];

const count = (value: number): ListCell => ({ number: value, numFmt: '#,##0' });
const share = (value: number | null): ListCell => ({ number: value, numFmt: '0.0%' });

function cells(label: string, row: Row): ListCell[] {
  return [
    { text: label },
    count(row.cases),
    ...RECTIFICATION_STATUSES.map((status) => count(row.byStatus[status])),
    count(row.overdue),
    count(row.closedInMonth),
    { number: row.landFreedMu, numFmt: decimalFormat(null) },
    { number: row.energyFreedTce, numFmt: decimalFormat(null) },
    share(row.closureRate),
    share(row.progress?.landMu ?? null),
    share(row.progress?.energyTce ?? null),
    share(row.progress?.closedCases ?? null),
  ];
}

export async function renderRectificationBulletinXlsx(bulletin: RectificationBulletin): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = 'Cluster Observatory 产业集群监测评价平台';
  const title = `${bulletin.year}年1-${bulletin.month}月高耗低效企业整治工作进展通报`;
  workbook.title = title;
  const sheet = workbook.addWorksheet('整治通报', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  titleLine(sheet, COLUMNS.length, title, { bold: true, size: 16 });
  titleLine(
    sheet,
    COLUMNS.length,
    `截至 ${bulletin.asOf}；腾出用地、用能按已验收和已销号案件合计；销号率 = 销号数 ÷（案件数 − 不予认定）。` +
      `\nAs of ${bulletin.asOf}; land and energy freed by accepted and closed cases; closure rate = closed ÷ (cases − dismissed).`,
    { size: 9 },
  );
  headerRow(sheet, COLUMNS);
  for (const row of bulletin.units) dataRow(sheet, cells(row.name.zh, row));
  if (bulletin.city) dataRow(sheet, cells('全市合计', bulletin.city));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
