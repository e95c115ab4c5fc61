/**
 * Percentage points (百分点), the unit of 拉动 (DOMAIN.md §3: part's increase / whole's base × 100). Tables: "1.2"
 * under a 拉动（百分点） header. Text: "1.2个百分点" / "1.2 percentage points". Prose of a pull: "拉动1.2个百分点",
 * a negative one "下拉0.3个百分点" (the bureau's word for a drag); English "adding 1.2 percentage points",
 * "subtracting 0.3 percentage points". Values are already in points.
 */
import { formatDecimal } from './format-decimal.ts';
import type { ReportLanguage } from './report-language.ts';

/** 1.2 / -0.3. */
export function formatPointsTable(points: number, digits = 1): string {
  return formatDecimal(points, digits);
}

/** 1.2个百分点 / 1.2 percentage points (1 percentage point). */
export function formatPointsText(points: number, language: ReportLanguage = 'zh', digits = 1): string {
  const text = formatPointsTable(points, digits);
  if (language === 'zh') return `${text}个百分点`;
  return `${text} percentage ${text === '1' || text === '-1' ? 'point' : 'points'}`;
}

/** 拉动1.2个百分点 / 下拉0.3个百分点; adding 1.2 percentage points / subtracting 0.3 percentage points. */
export function formatPullProse(points: number, language: ReportLanguage = 'zh', digits = 1): string {
  const negative = formatPointsTable(points, digits).startsWith('-');
  const magnitude = formatPointsText(Math.abs(points), language, digits);
  if (language === 'zh') return `${negative ? '下拉' : '拉动'}${magnitude}`;
  return `${negative ? 'subtracting' : 'adding'} ${magnitude}`;
}
