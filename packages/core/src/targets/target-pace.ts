/**
 * Progress and projection of a target whose value comes from a register or a manual entry (statistics use
 * projectTarget): how the target is read depends on its measure —
 * - `count`: a stock that grows (platforms, pool members): projected linearly from the last year's change;
 * - `yearly`: a number to reach every year (…_per_year): the year's value against the target, no projection;
 * - `rate`: a percentage to reach or beat (growth ≥ 15 %, R&D 3.4 %; canonical unit `ratio`): the rate against the
 *   target rate — progress capped at 1 (a growth of 72 % against 15 % is met, not 484 % done; a negative rate is 0),
 *   on track when met, and the projection is the latest rate itself (a 1–N月 growth is not a level to extrapolate);
 * - `level`: a level (亩均税收 万元/亩): projected at the growth from the previous value, like projectTarget.
 */
import { projectTarget } from '../statistics/target-projection.ts';

export type TargetReading = 'count' | 'yearly' | 'rate' | 'level';

export function targetReading(measure: string, unit: string): TargetReading {
  if (measure.endsWith('_per_year')) return 'yearly';
  if (measure.startsWith('count:')) return 'count';
  if (unit === '%' || unit === 'ratio') return 'rate';
  return 'level';
}

export interface TargetPaceInput {
  reading: TargetReading;
  target: number;
  targetYear: number;
  value: number;
  year: number;
  /** The value a year earlier, when known. */
  previous: number | null;
}

export interface TargetPace {
  progress: number | null;
  projectedValue: number | null;
  onTrack: boolean | null;
  /** Per year (counts: added per year; levels: growth rate), when projected. */
  pace: number | null;
}

export function targetPace(input: TargetPaceInput): TargetPace {
  const { reading, target, targetYear, value, year, previous } = input;
  const years = targetYear - year;
  if (reading === 'rate') return ratePace(value, target);
  const progress = target > 0 ? value / target : null;
  if (reading === 'yearly') return { progress, projectedValue: null, onTrack: value >= target, pace: null };
  if (value >= target) return { progress, projectedValue: value, onTrack: true, pace: null };
  if (years <= 0) return { progress, projectedValue: value, onTrack: false, pace: null };
  if (reading === 'count') {
    if (previous === null) return { progress, projectedValue: null, onTrack: null, pace: null };
    const pace = value - previous;
    const projectedValue = value + pace * years;
    return { progress, projectedValue, onTrack: projectedValue >= target, pace };
  }
  const growth = previous !== null && previous > 0 ? value / previous - 1 : null;
  const projection = projectTarget({ target, targetYear, actual: value, actualYear: year, actualGrowth: growth });
  return { progress, projectedValue: projection.projectedValue, onTrack: projection.onTrack, pace: growth };
}

/** A rate against its target rate: progress capped to 0…1, met or not, projected at the latest rate. */
export function ratePace(value: number, target: number): TargetPace {
  const met = value >= target;
  const progress = target > 0 ? Math.min(1, Math.max(0, value / target)) : met ? 1 : 0;
  return { progress, projectedValue: value, onTrack: met, pace: null };
}
