/** Checks of statistics queries, with messages that say what is wrong. */
import { getMeasure, type Measure } from '@observatory/core';
import { AppError } from '../../app-error.ts';

export function requireMeasure(code: string): Measure {
  const measure = getMeasure(code);
  if (!measure) throw new AppError('validation_failed', `没有指标 "${code}" (unknown measure "${code}")`);
  return measure;
}

export function requirePeriod(year: number, month: number): void {
  if (!Number.isInteger(year) || year < 1990 || year > 2100)
    throw new AppError('validation_failed', `年份 ${year} 无效 (year ${year} is not valid)`);
  if (!Number.isInteger(month) || month < 0 || month > 12)
    throw new AppError(
      'validation_failed',
      `月份 ${month} 无效，应为 0（年度）或 1–12 (month must be 0 for annual or 1–12)`,
    );
}

/** Reads "2024-10" (1–10月) or "2024" (annual) into year and month. */
export function parsePeriod(text: string): { year: number; month: number } {
  const match = /^(\d{4})(?:-(\d{1,2}))?$/.exec(text.trim());
  if (!match)
    throw new AppError('validation_failed', `期别 "${text}" 应写作 YYYY-MM 或 YYYY (period must be YYYY-MM or YYYY)`);
  const year = Number(match[1]);
  const month = match[2] === undefined ? 0 : Number(match[2]);
  requirePeriod(year, month);
  return { year, month };
}
