/**
 * 整治/高耗低效企业整治清单_YYYY年.xlsx for the last demo year: the counties' rectification list (高耗低效企业整治
 * and 低效用地, DOMAIN.md §6) — about one in twenty firms owning land, in every county, each with its land (亩, the
 * first certificate), energy (吨标煤), the plan type, the status reached (摸排 … 销号, or 不予认定), a deadline in the
 * year (some already passed and still open: overdue), and for cases accepted or closed the 亩 and 吨标煤 freed and
 * 亩均税收 before and after. Loaded by services/rectification/import-rectification-list.ts.
 */
import { mkdir } from 'node:fs/promises';
import type { DemoModel } from './demo-model.ts';
import { SYNTHETIC_NOTE, title, unitName, writtenAfter, type ManifestFile } from './file-labels.ts';
import { landRows } from './land-file.ts';
import { Random } from './random.ts';
import { writeXlsxTable, type TableCell, type TableLayout } from './xlsx-table-writer.ts';

export function rectificationPath(year: number): string {
  return `整治/高耗低效企业整治清单_${year}年.xlsx`;
}

const PLANS = ['改造提升', '兼并重组', '回收盘活', '集聚入园', '关停退出'];
const STATUSES = ['摸排', '认定', '方案', '实施', '验收', '销号', '不予认定'];
/** How often a case has reached each status by the time of the list. */
const STATUS_WEIGHTS = [1, 1, 2, 3, 1, 3, 0.5];

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

export function rectificationRows(model: DemoModel, year: number): TableCell[][] {
  const random = new Random(model.options.seed).fork(`rectification-${year}`);
  const own = landRows(model, year).filter((row) => row.type === '自有');
  const seen = new Set<string>();
  const rows: TableCell[][] = [];
  for (const parcel of own) {
    if (seen.has(parcel.firm.uscc) || !random.chance(0.05)) continue;
    seen.add(parcel.firm.uscc);
    const mu = round(parcel.area / 100, 2);
    const energy = Math.round(mu * random.uniform(5, 40));
    const total = STATUS_WEIGHTS.reduce((a, b) => a + b, 0);
    let roll = random.uniform(0, total);
    let index = 0;
    while (index < STATUS_WEIGHTS.length - 1 && roll > STATUS_WEIGHTS[index]!) roll -= STATUS_WEIGHTS[index++]!;
    const status = STATUSES[index]!;
    const planned = index >= 2 && index <= 5;
    const done = status === '验收' || status === '销号';
    const plan = planned ? random.pick(PLANS) : null;
    const deadline = `${year}-${String(random.int(3, 12)).padStart(2, '0')}-${random.chance(0.5) ? '15' : '28'}`;
    const freed = plan === '关停退出' || plan === '回收盘活' ? mu : round(mu * random.uniform(0, 0.4), 2);
    const before = round(random.uniform(0.5, 4), 2);
    rows.push([
      parcel.firm.uscc,
      parcel.firm.name,
      unitName(parcel.firm),
      random.chance(0.3) ? '属地上报' : '亩均评价',
      mu,
      parcel.certificate,
      energy,
      plan,
      status,
      deadline,
      done ? freed : null,
      done ? Math.round(energy * random.uniform(0.2, 1)) : null,
      done ? before : null,
      done && plan !== '关停退出' ? round(before * random.uniform(1.5, 4), 2) : null,
      status === '不予认定' ? '核查后已转型，不属于整治对象' : null,
    ]);
  }
  return rows;
}

/** The list as the counties send it: title, header, the rows and the closing 注 lines (also used by tests). */
export function rectificationListLayout(year: number, rows: readonly (readonly TableCell[])[]): TableLayout {
  return {
    sheetName: '整治清单',
    title: title(`嘉兴市${year}年高耗低效企业整治清单`),
    columns: [
      { top: '统一社会信用代码', width: 22 },
      { top: '企业名称', width: 36 },
      { top: '县（市、区）', width: 14 },
      { top: '来源', width: 10 },
      { top: '用地面积（亩）', width: 12, numFmt: '0.00' },
      { top: '地块', width: 34 },
      { top: '综合能耗（吨标煤）', width: 14 },
      { top: '整治方式', width: 12 },
      { top: '整治状态', width: 10 },
      { top: '完成期限', width: 12 },
      { top: '腾出用地（亩）', width: 12, numFmt: '0.00' },
      { top: '腾出用能（吨标煤）', width: 14 },
      { top: '整治前亩均税收（万元/亩）', width: 16, numFmt: '0.00' },
      { top: '整治后亩均税收（万元/亩）', width: 16, numFmt: '0.00' },
      { top: '备注', width: 30 },
    ],
    rows,
    notes: [
      SYNTHETIC_NOTE,
      '注：整治状态为摸排、认定、方案、实施、验收、销号或不予认定；验收、销号须填腾出用地、用能。',
    ],
    written: writtenAfter(year, 12),
  };
}

export async function writeRectificationFile(model: DemoModel, outDir: string, year: number): Promise<ManifestFile> {
  const path = rectificationPath(year);
  await mkdir(`${outDir}/整治`, { recursive: true });
  await writeXlsxTable(`${outDir}/${path}`, rectificationListLayout(year, rectificationRows(model, year)));
  return { path, source: 'rectification-list', periodYear: year, periodMonth: 0 };
}
