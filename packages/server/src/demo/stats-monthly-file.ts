/**
 * 统计/规上工业企业主要经济指标_YYYY年1-M月.xlsx: the statistics bureau's cumulative monthly report, one row
 * per 规上 firm of the year, each measure as 本年累计 | 上年同期 under a two-row header, a 合计 row on top.
 * 上年同期 is the firm's own cumulative of the same months a year earlier — for an entrant, what it reported
 * from before it was 规上. The first year's files state money in 千元 in the header, later ones in 万元 by a
 * 单位 line. January is not published alone: the first file of a year is 1–2月.
 */
import { isAbove } from './demo-firm.ts';
import type { DemoModel } from './demo-model.ts';
import {
  byUnitAndCode,
  columnSums,
  moneyFormat,
  SYNTHETIC_NOTE,
  title,
  unitName,
  writtenAfter,
  type ManifestFile,
} from './file-labels.ts';
import type { MonthlyMeasure } from './monthly-store.ts';
import { writeXlsxTable, type TableCell, type TableColumn } from './xlsx-table-writer.ts';

const MONEY: readonly [MonthlyMeasure, string][] = [
  ['output', '工业总产值'],
  ['revenue', '营业收入'],
  ['valueAdded', '工业增加值'],
  ['profit', '利润总额'],
  ['export', '出口交货值'],
];
const IDENTITY = 4;

export function statsMonthlyPath(year: number, month: number): string {
  return `统计/规上工业企业主要经济指标_${year}年1-${month}月.xlsx`;
}

export async function writeStatsMonthly(
  model: DemoModel,
  outDir: string,
  year: number,
  month: number,
): Promise<ManifestFile> {
  const { store } = model;
  const money = moneyFormat(year === model.options.fromYear);
  const moneyTop = (label: string) => (money.unit === '千元' ? `${label}(千元)` : label);
  const columns: TableColumn[] = [
    { top: '统一社会信用代码', width: 22 },
    { top: '企业名称', width: 36 },
    { top: '县（市、区）', width: 18 },
    { top: '行业代码', width: 10 },
    ...MONEY.flatMap(([, label]) => [
      { top: moneyTop(label), sub: '本年累计', numFmt: money.numFmt },
      { top: moneyTop(label), sub: '上年同期', numFmt: money.numFmt },
    ]),
    { top: '从业人员期末人数(人)', sub: '本年', numFmt: '0' },
    { top: '从业人员期末人数(人)', sub: '上年同期', numFmt: '0' },
    { top: '综合能源消费量(吨标煤)', sub: '本年累计', numFmt: '0' },
    { top: '综合能源消费量(吨标煤)', sub: '上年同期', numFmt: '0' },
  ];
  const firms = model.firms.filter((firm) => isAbove(firm, year)).sort(byUnitAndCode);
  const raw = firms.map((firm): (string | number | null)[] => {
    const base = (read: () => number) => (store.has(firm.index, year - 1) ? read() : null);
    return [
      firm.uscc,
      firm.name,
      unitName(firm),
      firm.code,
      ...MONEY.flatMap(([measure]) => [
        store.cumulative(measure, firm.index, year, month),
        base(() => store.cumulative(measure, firm.index, year - 1, month)),
      ]),
      store.employees(firm.index, year, month),
      base(() => store.employees(firm.index, year - 1, month)),
      store.cumulative('energy', firm.index, year, month),
      base(() => store.cumulative('energy', firm.index, year - 1, month)),
    ];
  });
  const moneyColumns = MONEY.length * 2;
  const show = (row: readonly (string | number | null)[]): TableCell[] =>
    row.map((value, k) =>
      typeof value === 'number' && k >= IDENTITY && k < IDENTITY + moneyColumns ? money.show(value) : value,
    );
  const path = statsMonthlyPath(year, month);
  await writeXlsxTable(`${outDir}/${path}`, {
    sheetName: `${year}年1-${month}月`,
    title: title(`嘉兴市${year}年1-${month}月规模以上工业企业主要经济指标`),
    ...(money.unit === '万元' ? { unitLine: '单位：万元' } : {}),
    columns,
    rows: raw.map(show),
    total: { position: 'top', values: show(['合计', null, null, null, ...columnSums(raw, IDENTITY)]) },
    notes: [
      SYNTHETIC_NOTE,
      '注：本年累计为1月至本月累计数，1月数据并入1-2月发布；上年同期为各企业上年同期数，按可比口径计算增速。',
      ...(money.unit === '千元' ? ['注：本表金额单位为千元。'] : []),
    ],
    written: writtenAfter(year, month),
  });
  return { path, source: 'stats-monthly', periodYear: year, periodMonth: month };
}
