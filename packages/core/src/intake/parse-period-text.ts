/**
 * Finding the period a sheet's title or a cell states: 1–N月 of a year (`2024年1-10月`, `2024年1—10月`,
 * `2024年1～10月份`, `2024年1至10月`, `2024年1月-10月`), one month (`2024年10月`, `2024年 10 月`, `2024-10`,
 * `2024.10`, `2024/10`, `202410`) or a whole year (`2024年度`, `2024年全年`, `2024年`), also inside a longer
 * title (`嘉兴市2024年1-10月规模以上工业企业主要经济指标`). The earliest period in the text wins.
 *
 * A single month is read literally, fromMonth = toMonth = 10; whether a monthly report's figures are
 * cumulative (本年累计, DOMAIN.md §3) is the source profile's business, not the title's. Dates
 * (2024-11-05), years outside 1900–2099, months outside 1–12 and ranges that run backwards are not periods;
 * Chinese numerals (二〇二四年十月) and quarters or halves (一季度, 上半年) are not read.
 */
import { toHalfWidth } from './to-half-width.ts';

export interface MonthlyPeriodText {
  year: number;
  fromMonth: number;
  toMonth: number;
}

export interface AnnualPeriodText {
  year: number;
  annual: true;
}

export type PeriodText = MonthlyPeriodText | AnnualPeriodText;

const YEAR = '(?<!\\d)((?:19|20)\\d{2})';
const MONTH = '(\\d{1,2})';
const RANGE_SEPARATOR = '[-—–~〜至到]+';
/** After 年, what makes "2024年" more than a bare year: digits, Chinese numerals, quarters and halves. */
const NOT_BARE_YEAR = '(?![\\d一二三四五六七八九十〇零上下前后第首季半])';

type Reading = (match: RegExpExecArray) => PeriodText;

const year = (match: RegExpExecArray): number => Number(match[1]);
const months = (match: RegExpExecArray, from: number, to: number): MonthlyPeriodText => ({
  year: year(match),
  fromMonth: Number(match[from]),
  toMonth: Number(match[to]),
});

/** Patterns in order of precedence when two match at the same place. */
const PATTERNS: readonly [RegExp, Reading][] = [
  [new RegExp(`${YEAR}年${MONTH}月?${RANGE_SEPARATOR}${MONTH}月`, 'gu'), (match) => months(match, 2, 3)],
  [new RegExp(`${YEAR}年${MONTH}月`, 'gu'), (match) => months(match, 2, 2)],
  [new RegExp(`${YEAR}年(?:度|全年)`, 'gu'), (match) => ({ year: year(match), annual: true })],
  [new RegExp(`${YEAR}年${NOT_BARE_YEAR}`, 'gu'), (match) => ({ year: year(match), annual: true })],
  [new RegExp(`${YEAR}[-./]${MONTH}(?!\\d|[-./]\\d)`, 'gu'), (match) => months(match, 2, 2)],
  [new RegExp(`${YEAR}(0[1-9]|1[0-2])(?!\\d)`, 'gu'), (match) => months(match, 2, 2)],
];

function isSound(period: PeriodText): boolean {
  if ('annual' in period) return true;
  const { fromMonth, toMonth } = period;
  return fromMonth >= 1 && fromMonth <= toMonth && toMonth <= 12;
}

/** Whitespace goes (`2024年 10 月`) except between two digits, where it keeps numbers apart (`B204 2024年`). */
function keepBetweenDigits(space: string, offset: number, whole: string): string {
  return /\d/.test(whole.charAt(offset - 1)) && /\d/.test(whole.charAt(offset + space.length)) ? ' ' : '';
}

/** The first period stated in `text`, or null when it states none. */
export function parsePeriodText(text: string): PeriodText | null {
  const compact = toHalfWidth(text).replace(/\s+/gu, keepBetweenDigits);
  let best: { index: number; period: PeriodText } | null = null;
  for (const [pattern, read] of PATTERNS) {
    for (const match of compact.matchAll(pattern)) {
      const period = read(match);
      if (isSound(period) && (best === null || match.index < best.index)) best = { index: match.index, period };
    }
  }
  return best?.period ?? null;
}
