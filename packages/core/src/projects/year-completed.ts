/**
 * A project's completed investment of one year, 1–N月, from its list points. Project lists give 累计完成投资 since
 * the project began (the profile's `completed`), one point per list (year, month). The year's figure is the latest
 * point of the year at or before month N minus the last point of the year before (its December, or the latest
 * list of that year). Without a point of the year before, the base is 0 when the project had not started before
 * the year (no actual start, or one on or after 1 January); otherwise it is unknown (null), never guessed.
 * Without a point of the year by month N: 0 when the project had not started by the end of month N, else null.
 */
import { endOfMonth } from './day-number.ts';

export interface CumulativePoint {
  year: number;
  month: number;
  /** 累计完成投资 since the start, 元. */
  completedYuan: number;
}

export interface YearCompletedQuery {
  year: number;
  month: number;
  points: readonly CumulativePoint[];
  /** Actual start date (ISO) or null. */
  actualStart: string | null;
}

const latestAtOrBefore = (points: readonly CumulativePoint[], year: number, month: number) =>
  points
    .filter((point) => point.year === year && point.month <= month)
    .reduce<CumulativePoint | null>((best, point) => (best === null || point.month > best.month ? point : best), null);

/** 元 completed in the year up to month N, or null when it cannot be known. */
export function yearCompleted({ year, month, points, actualStart }: YearCompletedQuery): number | null {
  const current = latestAtOrBefore(points, year, month);
  const startedBy = (iso: string) => actualStart !== null && actualStart <= iso;
  if (current === null) return startedBy(endOfMonth(year, month)) ? null : 0;
  const before = latestAtOrBefore(points, year - 1, 12);
  if (before === null) return startedBy(`${year - 1}-12-31`) ? null : current.completedYuan;
  return Math.max(0, current.completedYuan - before.completedYuan);
}
