/**
 * Growth rates (fractions: 0.083 = 8.3 %) as the bureau writes them. Tables: the bare per-cent number under a
 * 增长（%） header, "8.3" and "-1.2". Standing alone (chart labels, cards): "+8.3%" and "-1.2%". Prose: "增长8.3%",
 * "下降1.2%", "持平" when it rounds to zero; English "up 8.3%", "down 1.2%", "unchanged".
 * Conventions: no space before "%" (GB/T 15835 and the bureau's releases); the minus is the ASCII hyphen-minus,
 * as in the bureau's tables and as spreadsheets display and read back negative numbers; the sign and the
 * choice of 增长/下降/持平 follow the rounded figure, so no "-0.0" and no "下降0.0%".
 */
import { formatDecimal } from './format-decimal.ts';
import type { ReportLanguage } from './report-language.ts';

/** 8.3 / -1.2 / 0.0. */
export function formatGrowthTable(fraction: number, digits = 1): string {
  return formatDecimal(fraction, digits, 2);
}

/** +8.3% / -1.2% / 0.0%. */
export function formatGrowthSigned(fraction: number, digits = 1): string {
  const text = formatGrowthTable(fraction, digits);
  return `${text.startsWith('-') || Number(text) === 0 ? '' : '+'}${text}%`;
}

/** 增长8.3% / 下降1.2% / 持平 (zh); up 8.3% / down 1.2% / unchanged (en). */
export function formatGrowthProse(fraction: number, language: ReportLanguage = 'zh', digits = 1): string {
  const text = formatGrowthTable(fraction, digits);
  const magnitude = `${text.replace(/^-/, '')}%`;
  if (Number(text) === 0) return language === 'zh' ? '持平' : 'unchanged';
  if (text.startsWith('-')) return language === 'zh' ? `下降${magnitude}` : `down ${magnitude}`;
  return language === 'zh' ? `增长${magnitude}` : `up ${magnitude}`;
}
