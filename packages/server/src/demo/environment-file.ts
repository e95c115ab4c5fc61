/**
 * 生态环境/主要污染物排放_YYYY年.csv (UTF-8 with BOM) for the last two years: COD, SO2, 氨氮 and NOx in 当量吨
 * with three decimals for the monitored firms only — chemicals, PV and the dyeing classes of textiles. Other
 * firms are absent, not zero: the 亩均 evaluation treats a missing emission figure differently from a clean one.
 */
import type { DemoFirm } from './demo-firm.ts';
import type { DemoModel } from './demo-model.ts';
import { byUnitAndCode, SYNTHETIC_NOTE, title, unitName, type ManifestFile } from './file-labels.ts';
import { thousandths, writeCsv, type CsvCell } from './csv-writer.ts';
import { THOUSAND_YUAN_PER_YI } from './published-figures.ts';
import { Random } from './random.ts';
import { sectorOf } from './sectors.ts';

export function environmentPath(year: number): string {
  return `生态环境/主要污染物排放_${year}年.csv`;
}

/** Whether the environment bureau monitors the firm's emissions. */
export function isMonitored(firm: DemoFirm): boolean {
  const sector = sectorOf(firm.sector);
  return sector.pollution !== null && (sector.pollutingCodes?.includes(firm.code) ?? true);
}

export async function writeEnvironmentFile(model: DemoModel, outDir: string, year: number): Promise<ManifestFile> {
  const random = new Random(model.options.seed).fork(`environment-${year}`);
  const rows = model.firms
    .filter((firm) => firm.status.has(year) && isMonitored(firm))
    .sort(byUnitAndCode)
    .map((firm) => {
      const intensity = sectorOf(firm.sector).pollution ?? { cod: 0, so2: 0, ammonia: 0, nox: 0 };
      const output = model.store.has(firm.index, year)
        ? model.store.annual('output', firm.index, year)
        : (model.revenue(firm, year) ?? 0);
      const yi = output / THOUSAND_YUAN_PER_YI;
      const amount = (perYi: number) => Math.round(yi * perYi * 1000 * random.logNormal(0, 0.4));
      return {
        firm,
        figures: [amount(intensity.cod), amount(intensity.so2), amount(intensity.ammonia), amount(intensity.nox)],
      };
    });
  const sums = [0, 1, 2, 3].map((k) => rows.reduce((sum, row) => sum + (row.figures[k] ?? 0), 0));
  const lines: CsvCell[][] = [
    [title(`嘉兴市${year}年度重点排污单位主要污染物排放量`)],
    ['单位：当量吨'],
    ['统一社会信用代码', '企业名称', '县（市、区）', '化学需氧量', '二氧化硫', '氨氮', '氮氧化物'],
    ...rows.map(({ firm, figures }) => [firm.uscc, firm.name, unitName(firm), ...figures.map(thousandths)]),
    ['合计', null, null, ...sums.map(thousandths)],
    [SYNTHETIC_NOTE],
    ['注：仅列入重点排污单位名录的企业（化工、光伏、印染）；未列入的企业无监测数据，不等于零排放。'],
  ];
  const path = environmentPath(year);
  await writeCsv(`${outDir}/${path}`, { lines, encoding: 'utf8-bom' });
  return { path, source: 'environment-annual', periodYear: year, periodMonth: 0 };
}
