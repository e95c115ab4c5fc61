/**
 * The label of a cumulative period (本年累计, DOMAIN.md §3) as the bureau writes it in bulletins: "1-10月",
 * "2024年1-10月", "1-2月" for February (January is usually published with it), "1月" for January alone; an
 * ASCII hyphen between the months, as in the bureau's releases. English: "Jan–Oct 2024", "Jan 2024".
 * (The intake's formatPeriodLabel writes an en dash; parsePeriodText reads both.)
 */
import type { ReportLanguage } from './report-language.ts';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function checkMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`月份须为1–12的整数：${month} (month must be an integer 1–12)`);
  }
}

/** 1-10月 / 1月 (zh); Jan–Oct / Jan (en). */
export function formatMonthRange(toMonth: number, language: ReportLanguage = 'zh'): string {
  checkMonth(toMonth);
  if (language === 'zh') return toMonth === 1 ? '1月' : `1-${toMonth}月`;
  return toMonth === 1 ? 'Jan' : `Jan–${MONTHS_EN[toMonth - 1]}`;
}

/** 2024年1-10月 / 2024年1月 (zh); Jan–Oct 2024 / Jan 2024 (en). */
export function formatCumulativePeriod(year: number, toMonth: number, language: ReportLanguage = 'zh'): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`年份须为四位整数：${year} (year must be a four-digit integer)`);
  }
  const months = formatMonthRange(toMonth, language);
  return language === 'zh' ? `${year}年${months}` : `${months} ${year}`;
}
