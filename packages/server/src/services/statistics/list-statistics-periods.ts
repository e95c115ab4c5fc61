/**
 * The months that have cluster statistics, for the period pickers of the web: every month (1–N月 cumulative
 * periods, not annual ones) for which some source has current data — the same periods the refresh keeps current —
 * newest first, and the latest of them.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listDataPeriods } from './refresh-statistics.ts';

export interface StatisticsPeriods {
  /** YYYY-MM, newest first. */
  periods: string[];
  /** The newest month, or null before any import. */
  latest: string | null;
}

const monthText = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

export async function listStatisticsPeriods(db: Kysely<DatabaseSchema>): Promise<StatisticsPeriods> {
  const periods = (await listDataPeriods(db))
    .filter((period) => period.month > 0)
    .reverse()
    .map((period) => monthText(period.year, period.month));
  return { periods, latest: periods[0] ?? null };
}
