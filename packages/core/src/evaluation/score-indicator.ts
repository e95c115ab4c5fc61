/**
 * The scoring functions of DOMAIN.md §4, one indicator at a time:
 * - ratio to a baseline: weight × x / base (a negative-direction indicator: weight × base / x), optionally capped at
 *   cap × weight (开化: 1.5) and floored at floor × weight;
 * - bounded min-max: weight × [floor + (100 − floor) × (x − min) / (max − min)] / 100 (旌德: floor 20); when every
 *   firm has the same value (max = min) each gets the full weight; a fixed range clips x into [min, max].
 */

export interface IndicatorScore {
  score: number;
  capped: boolean;
  floored: boolean;
}

export function scoreRatio(
  value: number,
  baseline: number,
  weight: number,
  direction: 'positive' | 'negative',
  cap: number | null,
  floor: number | null,
): IndicatorScore {
  let raw: number;
  if (direction === 'positive') raw = (weight * value) / baseline;
  else raw = value <= 0 ? Infinity : (weight * baseline) / value;
  if (cap !== null && raw > cap * weight) return { score: cap * weight, capped: true, floored: false };
  if (floor !== null && raw < floor * weight) return { score: floor * weight, capped: false, floored: true };
  return { score: raw, capped: false, floored: false };
}

export function scoreMinMax(
  value: number,
  min: number,
  max: number,
  weight: number,
  direction: 'positive' | 'negative',
  floor: number,
): IndicatorScore {
  if (max <= min) return { score: weight, capped: false, floored: false };
  const clipped = Math.min(max, Math.max(min, value));
  const position = direction === 'positive' ? (clipped - min) / (max - min) : (max - clipped) / (max - min);
  const score = (weight * (floor + (100 - floor) * position)) / 100;
  const [high, low] = direction === 'positive' ? [value > max, value < min] : [value < min, value > max];
  return { score, capped: high, floored: low };
}
