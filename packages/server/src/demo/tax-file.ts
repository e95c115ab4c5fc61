/**
 * 税务/企业年度税收_YYYY年.csv: the tax bureau's yearly list of every industrial firm that existed (规上 and
 * 规下), GB18030-encoded as its systems export: 实缴税金, and the add-backs the 亩均 evaluation uses — export
 * 免抵调库 and 退税 (large in 2022, the year of the VAT credit refunds) — in 万元 with two decimals. The tax
 * register also carries each taxpayer's 行业代码.
 */
import type { DemoModel } from './demo-model.ts';
import { byUnitAndCode, SYNTHETIC_NOTE, title, unitName, type ManifestFile } from './file-labels.ts';
import { hundredths, writeCsv, type CsvCell } from './csv-writer.ts';
import { Random } from './random.ts';

export function taxPath(year: number): string {
  return `税务/企业年度税收_${year}年.csv`;
}

/** 1 千元 = 10 hundredths of 万元. */
const HUNDREDTHS_PER_THOUSAND_YUAN = 10;

export async function writeTaxFile(model: DemoModel, outDir: string, year: number): Promise<ManifestFile> {
  const random = new Random(model.options.seed).fork(`tax-${year}`);
  const refundShare = year === 2022 ? 0.35 : 0.1;
  const refundRate = year === 2022 ? 0.012 : 0.003;
  const rows = model.firms
    .filter((firm) => firm.status.has(year))
    .sort(byUnitAndCode)
    .map((firm) => {
      const revenue = (model.revenue(firm, year) ?? 0) * HUNDREDTHS_PER_THOUSAND_YUAN;
      const exported = model.store.has(firm.index, year) ? model.store.annual('export', firm.index, year) : 0;
      const tax = Math.round(revenue * firm.traits.tax * random.logNormal(0, 0.15));
      const credit = Math.round(exported * HUNDREDTHS_PER_THOUSAND_YUAN * 0.05 * random.uniform(0.8, 1.2));
      const refund = random.chance(refundShare) ? Math.round(revenue * refundRate * random.uniform(0.3, 1.7)) : 0;
      return { firm, figures: [tax, credit, refund] };
    });
  const sums = [0, 1, 2].map((k) => rows.reduce((sum, row) => sum + (row.figures[k] ?? 0), 0));
  const lines: CsvCell[][] = [
    [title(`嘉兴市${year}年度工业企业税收情况`)],
    ['单位：万元'],
    ['统一社会信用代码', '纳税人名称', '县（市、区）', '行业代码', '实缴税金', '免抵调库', '退税'],
    ...rows.map(({ firm, figures }) => [firm.uscc, firm.name, unitName(firm), firm.code, ...figures.map(hundredths)]),
    ['合计', null, null, null, ...sums.map(hundredths)],
    [SYNTHETIC_NOTE],
    ['注：实缴税金为年度入库税金合计；免抵调库、退税供亩均效益评价加回使用。'],
  ];
  const path = taxPath(year);
  await writeCsv(`${outDir}/${path}`, { lines, encoding: 'gb18030' });
  return { path, source: 'tax-annual', periodYear: year, periodMonth: 0 };
}
