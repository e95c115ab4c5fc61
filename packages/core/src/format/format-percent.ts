/**
 * Shares, 贡献率 and target progress (fractions of a whole: 0.325 = 32.5 %). Tables: "32.5" under a header
 * that says （%）; text: "32.5%" in both languages (no space before "%", as in the bureau's releases).
 */
import { formatDecimal } from './format-decimal.ts';

/** 32.5. */
export function formatPercentTable(fraction: number, digits = 1): string {
  return formatDecimal(fraction, digits, 2);
}

/** 32.5%. */
export function formatPercentText(fraction: number, digits = 1): string {
  return `${formatPercentTable(fraction, digits)}%`;
}
