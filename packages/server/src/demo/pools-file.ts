/**
 * 培育库/企业培育库_YYYY年.xlsx, one list per demo year: the enterprise cultivation pools (DOMAIN.md §6) — 雄鹰,
 * 雏鹰, 专精特新, 专精特新“小巨人”, 单项冠军, 隐形冠军, 上市后备, 上市 — each list naming the entries valid at some
 * time in its year with entry date, validity (three years) and the designating document. The history behind the
 * lists (renewals, upgrades, expiries) is pool-designations.ts, so tier transitions between years are real.
 */
import type { DemoModel } from './demo-model.ts';
import { SYNTHETIC_NOTE, title, unitName, writtenAfter, type ManifestFile } from './file-labels.ts';
import { buildPoolDesignations, designationsOfYear, type DemoDesignation } from './pool-designations.ts';
import { writeXlsxTable, type TableCell } from './xlsx-table-writer.ts';

export function poolsPath(year: number): string {
  return `培育库/企业培育库_${year}年.xlsx`;
}

const POOL_ORDER = ['雄鹰企业', '雏鹰企业', '专精特新中小企业', '专精特新“小巨人”企业', '单项冠军企业'];

function order(a: DemoDesignation, b: DemoDesignation): number {
  const rank = (d: DemoDesignation) => (POOL_ORDER.indexOf(d.pool) + 10) % 10;
  return (
    rank(a) - rank(b) ||
    a.pool.localeCompare(b.pool) ||
    a.firm.unit - b.firm.unit ||
    a.firm.uscc.localeCompare(b.firm.uscc) ||
    a.entered.localeCompare(b.entered)
  );
}

async function writeYear(outDir: string, year: number, designations: DemoDesignation[]): Promise<ManifestFile> {
  const rows: TableCell[][] = [...designations]
    .sort(order)
    .map((d) => [d.firm.uscc, d.firm.name, unitName(d.firm), d.pool, d.entered, d.validUntil, d.document]);
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
      { top: '认定文件', width: 28 },
    ],
    rows,
    notes: [SYNTHETIC_NOTE, '注：有效期一般为三年，期满复核；上市企业以上市公告为准。'],
    written: writtenAfter(year + 1, 1),
  });
  return { path, source: 'cultivation-pools', periodYear: year, periodMonth: 0 };
}

/** One list per year from the first demo year to the last, in year order. */
export async function writePoolsFiles(model: DemoModel, outDir: string): Promise<ManifestFile[]> {
  const all = buildPoolDesignations(model);
  const files: ManifestFile[] = [];
  for (let year = model.options.fromYear; year <= model.options.toYear; year += 1)
    files.push(await writeYear(outDir, year, designationsOfYear(all, year)));
  return files;
}
