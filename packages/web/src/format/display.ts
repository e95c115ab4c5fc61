/**
 * Numbers on screen as the bureau writes them, through core's formatters (the same as the bulletin): money in
 * 亿元/万元, growth "+8.3%", shares, 拉动 in points, periods "2024年1-10月"; null shows "—" (missing), a withheld
 * cell "x". Pages use these and never format numbers themselves.
 */
import {
  formatCumulativePeriod,
  formatDecimal,
  formatGrowthSigned,
  groupThousands,
  formatInDisplayUnitText,
  displayUnitOfMeasure,
  formatMoneyText,
  formatPercentText,
  formatPointsText,
  MISSING_MARK,
  SUPPRESSED_MARK,
} from '@observatory/core/format';
import type { Language } from '../i18n/language.tsx';

export { MISSING_MARK, SUPPRESSED_MARK };

/** 2278.3亿元 / 227.83 billion yuan; — for missing. */
export function money(yuan: number | null, language: Language = 'zh'): string {
  return yuan === null ? MISSING_MARK : formatMoneyText(yuan, language);
}

/** +8.3% / -1.2%; — for missing. */
export function growth(fraction: number | null): string {
  return fraction === null ? MISSING_MARK : formatGrowthSigned(fraction);
}

/** 12.5%; — for missing. */
export function percent(fraction: number | null): string {
  return fraction === null ? MISSING_MARK : formatPercentText(fraction);
}

/** 1.2个百分点 / 1.2 points. */
export function points(value: number | null, language: Language = 'zh'): string {
  return value === null ? MISSING_MARK : formatPointsText(value, language);
}

/** A measure's value in its display unit with the unit (money in 亿元, power in 万千瓦时, …). */
export function measureValue(measure: string, value: number | null, language: Language = 'zh'): string {
  return value === null ? MISSING_MARK : formatInDisplayUnitText(value, displayUnitOfMeasure(measure), language);
}

/** "2024-10" → 2024年1-10月 / Jan–Oct 2024. */
export function cumulativePeriod(period: string, language: Language = 'zh'): string {
  const [year, month] = period.split('-').map(Number);
  if (!year || !month) return period;
  return formatCumulativePeriod(year, month, language);
}

/**
 * A whole number with thousands separators (enterprise counts), by core's grouping rather than Intl: building an
 * Intl.NumberFormat costs a page 20–40 ms the first time, and toLocaleString builds one on every call.
 */
export function count(value: number | null): string {
  return value === null ? MISSING_MARK : groupThousands(formatDecimal(value, 0));
}

/** A cell: "x" when withheld by disclosure control, else the formatted value. */
export function cell(value: number | null, suppressed: boolean, format: (value: number | null) => string): string {
  return suppressed ? SUPPRESSED_MARK : format(value);
}

/** A plain number with a fixed number of decimals, rounded 四舍五入 (scores, indicator values); — for missing. */
export function decimal(value: number | null, digits = 2): string {
  return value === null ? MISSING_MARK : formatDecimal(value, digits);
}
