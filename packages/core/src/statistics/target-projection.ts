/**
 * Progress towards a target and a projection to its deadline: the annual growth still required from the latest
 * actual to reach the target ((target / actual)^(1 / years) − 1) against the growth actually achieved, and
 * the value the current growth would reach by the deadline.
 */
export interface TargetProjectionInput {
  target: number;
  targetYear: number;
  actual: number | null;
  actualYear: number;
  /** Latest annual growth on the comparable basis. */
  actualGrowth: number | null;
}

export interface TargetProjection {
  progress: number | null;
  requiredAnnualGrowth: number | null;
  projectedValue: number | null;
  onTrack: boolean | null;
}

export function projectTarget(input: TargetProjectionInput): TargetProjection {
  const { target, targetYear, actual, actualYear, actualGrowth } = input;
  if (actual === null || actual <= 0 || target <= 0)
    return { progress: null, requiredAnnualGrowth: null, projectedValue: null, onTrack: null };
  const progress = actual / target;
  const years = targetYear - actualYear;
  if (years <= 0) return { progress, requiredAnnualGrowth: null, projectedValue: actual, onTrack: actual >= target };
  const requiredAnnualGrowth = (target / actual) ** (1 / years) - 1;
  const projectedValue = actualGrowth === null ? null : actual * (1 + actualGrowth) ** years;
  const onTrack = actualGrowth === null ? null : actualGrowth >= requiredAnnualGrowth;
  return { progress, requiredAnnualGrowth, projectedValue, onTrack };
}
