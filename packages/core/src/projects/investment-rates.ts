/**
 * 完成率 and 开工率 of a group of projects (DOMAIN.md §6). 完成率 (annual) = this year's completed investment
 * (1–N月) / the year's planned investment; 完成率 (total) = completed since the start / planned total. Each sums
 * only projects whose numerator and denominator are both known (and the denominator positive), and says how many
 * were left out. 开工率 = projects started by the as-of date / projects planned to start by then (a project that
 * started early without being due counts in neither); null when none was due.
 */
import type { MilestoneDates } from '../registers/project-milestone.ts';

export interface RateOf {
  numerator: number;
  denominator: number;
  /** Percent (50 = 50 %), null when the denominator is 0. */
  rate: number | null;
  /** Projects left out because a value was unknown. */
  leftOut: number;
}

export function ratioPercent(numerator: number, denominator: number): number | null {
  return denominator > 0 ? (numerator / denominator) * 100 : null;
}

/** Sums numerator/denominator pairs where both are known and the denominator positive. */
export function completionRate(pairs: readonly { done: number | null; planned: number | null }[]): RateOf {
  let numerator = 0;
  let denominator = 0;
  let leftOut = 0;
  for (const { done, planned } of pairs) {
    if (done === null || planned === null || planned <= 0) {
      leftOut++;
      continue;
    }
    numerator += done;
    denominator += planned;
  }
  return { numerator, denominator, rate: ratioPercent(numerator, denominator), leftOut };
}

/** 开工率 at the as-of date from each project's start milestone. */
export function startRate(starts: readonly MilestoneDates[], asOf: string): RateOf {
  let due = 0;
  let started = 0;
  for (const { planned, actual } of starts) {
    if (planned === null || planned > asOf) continue;
    due++;
    if (actual !== null && actual <= asOf) started++;
  }
  return { numerator: started, denominator: due, rate: ratioPercent(started, due), leftOut: 0 };
}
