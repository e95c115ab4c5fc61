/**
 * What marks every demo file as synthetic — the title prefix 【合成演示数据 SYNTHETIC DEMO】 and a closing
 * 注 line — and the small conventions the writers share: where a file goes, the date it claims to be
 * written, how whole 千元 are shown in 万元 or 千元, and how rows are ordered (by reporting unit, class, code).
 */
import type { DemoFirm } from './demo-firm.ts';
import { DEMO_UNITS } from './reporting-units.ts';
import type { DosMoment } from './zip-archive.ts';

export const SYNTHETIC_LABEL = '合成演示数据 SYNTHETIC DEMO';
export const TITLE_PREFIX = `【${SYNTHETIC_LABEL}】`;
export const SYNTHETIC_NOTE =
  '注：本表为合成演示数据（SYNTHETIC DEMO），企业名称、统一社会信用代码和全部数值均为虚构，仅供平台演示与测试，不代表任何真实企业或官方统计。';

export type SourceProfileId =
  | 'stats-monthly'
  | 'stats-annual'
  | 'tax-annual'
  | 'power-monthly'
  | 'environment-annual'
  | 'land-parcels'
  | 'projects'
  | 'cultivation-pools'
  | 'rectification-list'
  | 'platforms'
  | 'promotion-organisations';

/** One file of the data set as the manifest lists it. */
export interface ManifestFile {
  /** Relative to the output directory, with / separators. */
  path: string;
  source: SourceProfileId;
  periodYear: number;
  /** 1–12 for monthly files (the N of 1–N月, or the month), 0 for annual ones. */
  periodMonth: number;
}

export function title(text: string): string {
  return `${TITLE_PREFIX}${text}`;
}

/** The date a file claims to be written: the 15th of the month after its period. */
export function writtenAfter(year: number, month: number): DosMoment {
  return month >= 12 ? { year: year + 1, month: 1, day: 15 } : { year, month: month + 1, day: 15 };
}

/** Money as a file of `year` shows it: whole 千元 in the first year's files, else 万元 with one decimal. */
export interface MoneyFormat {
  unit: '千元' | '万元';
  numFmt: string;
  show: (thousandYuan: number) => number;
}

export function moneyFormat(inThousands: boolean): MoneyFormat {
  return inThousands
    ? { unit: '千元', numFmt: '0', show: (value) => value }
    : { unit: '万元', numFmt: '0.0', show: (value) => value / 10 };
}

export function unitName(firm: DemoFirm): string {
  return DEMO_UNITS[firm.unit]?.name ?? '';
}

/** Rows ordered as bureaus list them: by reporting unit, then class, then code. */
export function byUnitAndCode(a: DemoFirm, b: DemoFirm): number {
  return a.unit - b.unit || a.code.localeCompare(b.code) || a.uscc.localeCompare(b.uscc);
}

/** Column sums of whole numbers (null cells skipped), for 合计 rows. */
export function columnSums(rows: readonly (readonly (string | number | null)[])[], from: number): number[] {
  const width = rows[0]?.length ?? 0;
  const sums = Array.from({ length: Math.max(0, width - from) }, () => 0);
  for (const row of rows) {
    for (let k = from; k < width; k += 1) {
      const value = row[k];
      if (typeof value === 'number') sums[k - from] = (sums[k - from] ?? 0) + value;
    }
  }
  return sums;
}
