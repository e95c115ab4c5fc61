/**
 * 培育库/企业培育库_YYYY年.xlsx for the last year: the enterprise cultivation pools (DOMAIN.md §6) — 雄鹰,
 * 雏鹰, 专精特新, 专精特新“小巨人”, 单项冠军, 隐形冠军, 上市后备 — with entry date, validity (three years) and
 * the designating document. Leaders come from the largest 规上 firms, 专精特新 and 雏鹰 from the middle; a firm
 * may sit in several pools.
 */
import { isAbove, type DemoFirm } from './demo-firm.ts';
import type { DemoModel } from './demo-model.ts';
import { SYNTHETIC_NOTE, title, unitName, writtenAfter, type ManifestFile } from './file-labels.ts';
import { addMonths, randomDate } from './iso-dates.ts';
import { Random } from './random.ts';
import { writeXlsxTable, type TableCell } from './xlsx-table-writer.ts';

export function poolsPath(year: number): string {
  return `培育库/企业培育库_${year}年.xlsx`;
}

/** Pool, entries at scale 1, and the band of 规上 firms by output rank it draws from (0 = largest). */
const POOLS: readonly (readonly [string, number, number, number])[] = [
  ['雄鹰企业', 30, 0, 0.03],
  ['雏鹰企业', 300, 0.3, 0.9],
  ['专精特新中小企业', 500, 0.15, 0.8],
  ['专精特新“小巨人”企业', 50, 0.03, 0.3],
  ['单项冠军企业', 15, 0, 0.1],
  ['隐形冠军企业', 40, 0.05, 0.4],
  ['上市后备企业', 120, 0, 0.25],
];

export async function writePoolsFile(model: DemoModel, outDir: string, year: number): Promise<ManifestFile> {
  const random = new Random(model.options.seed).fork(`pools-${year}`);
  const ranked = model.firms.filter((firm) => isAbove(firm, year));
  ranked.sort((a, b) => model.store.annual('output', b.index, year) - model.store.annual('output', a.index, year));
  const rows: TableCell[][] = [];
  POOLS.forEach(([pool, entries, from, to], poolIndex) => {
    const band = ranked.slice(Math.floor(from * ranked.length), Math.max(1, Math.ceil(to * ranked.length)));
    const chosen = random.shuffle([...band]).slice(0, Math.max(1, Math.round(entries * model.options.scale)));
    chosen.sort((a, b) => a.unit - b.unit || a.uscc.localeCompare(b.uscc));
    chosen.forEach((firm: DemoFirm, k) => {
      const entered = randomDate(random, year - 2, year);
      rows.push([
        firm.uscc,
        firm.name,
        unitName(firm),
        pool,
        entered,
        addMonths(entered, 36),
        `嘉经信〔${entered.slice(0, 4)}〕${10 + poolIndex * 7 + (k % 5)}号（演示）`,
      ]);
    });
  });
  const path = poolsPath(year);
  await writeXlsxTable(`${outDir}/${path}`, {
    sheetName: '企业培育库',
    title: title(`嘉兴市${year}年企业培育库名单`),
    columns: [
      { top: '统一社会信用代码', width: 22 },
      { top: '企业名称', width: 36 },
      { top: '县（市、区）', width: 18 },
      { top: '培育库类别', width: 22 },
      { top: '入库日期', width: 12 },
      { top: '有效期至', width: 12 },
      { top: '认定文件', width: 24 },
    ],
    rows,
    notes: [SYNTHETIC_NOTE, '注：有效期一般为三年，期满复核。'],
    written: writtenAfter(year + 1, 1),
  });
  return { path, source: 'cultivation-pools', periodYear: year, periodMonth: 0 };
}
