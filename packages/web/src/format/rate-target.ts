/**
 * A rate target (investment growth ≥ 15 %, R&D intensity 3.4 %: unit `%` or `ratio`, where a ratio holds 0.15 for
 * 15 %) read against its target rate: met or not with the gap in percentage points, and the projection that the
 * latest year-to-date rate is what the deadline year will show. The targets page and the cockpit say it the same.
 */
import type { Language } from '../i18n/language.tsx';
import { points } from './display.ts';

export interface RateTargetFigures {
  unit: string;
  actualValue: number | null;
  targetValue: number;
  projectedValue: number | null;
  targetYear: number;
}

export const isRateUnit = (unit: string): boolean => unit === '%' || unit === 'ratio';

/** 已达标/未达标 and 高于/低于目标 N个百分点; null for a level or count target or without a value. */
export function rateGap(target: RateTargetFigures, language: Language): { met: boolean; gap: string } | null {
  if (!isRateUnit(target.unit) || target.actualValue === null) return null;
  const difference = (target.actualValue - target.targetValue) * (target.unit === 'ratio' ? 100 : 1);
  const met = target.actualValue >= target.targetValue;
  const size = points(Math.abs(difference), language);
  const zh = language === 'zh';
  return {
    met,
    gap: met ? (zh ? `高于目标 ${size}` : `${size} above target`) : zh ? `低于目标 ${size}` : `${size} below target`,
  };
}

/** "已达标（高于目标 57.7个百分点）" / "Met (57.7 points above target)". */
export function rateGapText(gap: { met: boolean; gap: string }, language: Language): string {
  return language === 'zh'
    ? `${gap.met ? '已达标' : '未达标'}（${gap.gap}）`
    : `${gap.met ? 'Met' : 'Not met'} (${gap.gap})`;
}

/** The projection of a rate target, with its figure already formatted in the target's unit. */
export function rateProjection(target: RateTargetFigures, figure: string, language: Language): string | null {
  if (target.projectedValue === null) return null;
  const met = target.projectedValue >= target.targetValue;
  return language === 'zh'
    ? `按最新累计增速（率）${figure}，${target.targetYear} 年${met ? '可达标' : '未达标'}`
    : `At the latest year-to-date rate of ${figure}: ${met ? 'met' : 'not met'} by ${target.targetYear}`;
}
