/**
 * 电力/企业月度用电量_YYYY年M月.xls: the power company's monthly consumption by account (户号) for every
 * month of the last year, in 千瓦时, as legacy .xls. Every firm that existed that year has an account; a few
 * large firms have two, which the platform adds up through the USCC. 规上 firms use power in step with their
 * monthly output, 规下 firms with their revenue and the usual seasons.
 */
import { apportion } from './apportion.ts';
import type { DemoFirm } from './demo-firm.ts';
import type { DemoModel } from './demo-model.ts';
import { byUnitAndCode, SYNTHETIC_NOTE, title, unitName, type ManifestFile } from './file-labels.ts';
import { SEASON } from './monthly-series.ts';
import { Random } from './random.ts';
import { writeXls, type XlsCell } from './xls-writer.ts';

export function powerPath(year: number, month: number): string {
  return `电力/企业月度用电量_${year}年${month}月.xls`;
}

interface Account {
  number: string;
  firm: DemoFirm;
  /** 千瓦时 of each month. */
  months: number[];
}

/** Accounts of the firms that existed in `year`, with each month's consumption. */
function powerAccounts(model: DemoModel, year: number): Account[] {
  const random = new Random(model.options.seed).fork(`power-${year}`);
  const issued = new Set<string>();
  const accountNumber = () => {
    for (;;) {
      const number = `33${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
      if (!issued.has(number)) {
        issued.add(number);
        return number;
      }
    }
  };
  return model.firms
    .filter((firm) => firm.status.has(year))
    .sort(byUnitAndCode)
    .flatMap((firm) => {
      const { store } = model;
      const perTenThousandYuan = firm.traits.power / 10;
      const months = store.has(firm.index, year)
        ? store.months('output', firm.index, year).map((value) => Math.round(value * perTenThousandYuan))
        : apportion(Math.round((model.revenue(firm, year) ?? 0) * perTenThousandYuan), SEASON);
      if (!(firm.track && random.chance(0.02))) return [{ number: accountNumber(), firm, months }];
      const parts = months.map((value) => apportion(value, [7, 3]));
      return [0, 1].map((k) => ({ number: accountNumber(), firm, months: parts.map((pair) => pair[k] ?? 0) }));
    });
}

export async function writePowerFiles(model: DemoModel, outDir: string, year: number): Promise<ManifestFile[]> {
  const accounts = powerAccounts(model, year);
  const files: ManifestFile[] = [];
  for (let month = 1; month <= 12; month += 1) {
    const rows: XlsCell[][] = accounts.map(({ number, firm, months }) => [
      number,
      firm.uscc,
      firm.name,
      unitName(firm),
      months[month - 1] ?? 0,
    ]);
    const total = accounts.reduce((sum, { months }) => sum + (months[month - 1] ?? 0), 0);
    const path = powerPath(year, month);
    await writeXls(`${outDir}/${path}`, {
      sheetName: `${month}月用电量`,
      rows: [
        [title(`国网嘉兴供电公司${year}年${month}月工业企业用电量`)],
        ['单位：千瓦时'],
        ['户号', '统一社会信用代码', '户名', '县（市、区）', '当月用电量'],
        ...rows,
        ['合计', null, null, null, total],
        [SYNTHETIC_NOTE],
      ],
      widths: [14, 22, 36, 18, 14],
      titleWidth: 5,
    });
    files.push({ path, source: 'power-monthly', periodYear: year, periodMonth: month });
  }
  return files;
}
