/**
 * 统计/规上工业企业年报_YYYY年.xlsx: the statistics bureau's annual report of each 规上 firm — R&D
 * expenditure, average employees, value added and main business revenue, the inputs of the 亩均 evaluation
 * (DOMAIN.md §4). Value added equals the firm's 1–12月 cumulative in the monthly report; 主营业务收入 is its
 * 营业收入 less other business. Money is in 千元 in the first year's file, in 万元 afterwards; 合计 at the bottom.
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
import { writeXlsxTable, type TableCell } from './xlsx-table-writer.ts';

const IDENTITY = 4;

export function statsAnnualPath(year: number): string {
  return `统计/规上工业企业年报_${year}年.xlsx`;
}

export async function writeStatsAnnual(model: DemoModel, outDir: string, year: number): Promise<ManifestFile> {
  const { store } = model;
  const money = moneyFormat(year === model.options.fromYear);
  const label = (text: string) => (money.unit === '千元' ? `${text}(千元)` : text);
  const firms = model.firms.filter((firm) => isAbove(firm, year)).sort(byUnitAndCode);
  const raw = firms.map((firm): (string | number)[] => {
    const revenue = store.annual('revenue', firm.index, year);
    return [
      firm.uscc,
      firm.name,
      unitName(firm),
      firm.code,
      Math.round(revenue * firm.traits.rd),
      store.averageEmployees(firm.index, year),
      store.annual('valueAdded', firm.index, year),
      model.mainBusinessRevenue(firm, year),
    ];
  });
  const moneyColumns = new Set([IDENTITY, IDENTITY + 2, IDENTITY + 3]);
  const show = (row: readonly (string | number | null)[]): TableCell[] =>
    row.map((value, k) => (typeof value === 'number' && moneyColumns.has(k) ? money.show(value) : value));
  const path = statsAnnualPath(year);
  await writeXlsxTable(`${outDir}/${path}`, {
    sheetName: `${year}年年报`,
    title: title(`嘉兴市${year}年度规模以上工业企业年报主要指标`),
    ...(money.unit === '万元' ? { unitLine: '单位：万元' } : {}),
    columns: [
      { top: '统一社会信用代码', width: 22 },
      { top: '企业名称', width: 36 },
      { top: '县（市、区）', width: 18 },
      { top: '行业代码', width: 10 },
      { top: label('研究与试验发展经费支出'), width: 16, numFmt: money.numFmt },
      { top: '年平均从业人员(人)', width: 14, numFmt: '0' },
      { top: label('工业增加值'), width: 14, numFmt: money.numFmt },
      { top: label('主营业务收入'), width: 14, numFmt: money.numFmt },
    ],
    rows: raw.map(show),
    total: { position: 'bottom', values: show(['合计', null, null, null, ...columnSums(raw, IDENTITY)]) },
    notes: [SYNTHETIC_NOTE, '注：工业增加值为现价；研究与试验发展经费支出为企业内部支出。'],
    written: writtenAfter(year + 1, 4),
  });
  return { path, source: 'stats-annual', periodYear: year, periodMonth: 0 };
}
