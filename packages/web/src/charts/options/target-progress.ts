/**
 * The cockpit's target progress (GET /api/statistics/targets): for each target the measured value, the target,
 * the progress as a bar width, and the projection to the deadline at the current annual growth ("按当前速度 2025
 * 年可达 …"); a rate target (growth ≥ 15 %) says whether its rate meets the target rate, by how many points, and
 * that the latest rate is its projection. Targets without a measured value say why. Pure: the page draws the bars
 * from these rows.
 */
import { count, growth, MISSING_MARK, money, percent } from '../../format/display.ts';
import { isRateUnit, rateGap, rateGapText, rateProjection } from '../../format/rate-target.ts';
import type { Bilingual, Language } from '../../i18n/language.tsx';

export interface TargetProgress {
  targetId: string;
  clusterId: string | null;
  name: Bilingual;
  indicator: string;
  targetYear: number;
  targetValue: number;
  unit: string;
  actualYear: number | null;
  actualValue: number | null;
  progress: number | null;
  requiredAnnualGrowth: number | null;
  actualAnnualGrowth: number | null;
  projectedValue: number | null;
  onTrack: boolean | null;
  unavailable: Bilingual | null;
}

export interface TargetProgressRow {
  id: string;
  name: string;
  /** 亩均税收: always shown, measured or not. */
  headline: boolean;
  measured: string;
  target: string;
  /** Bar width in percent, 0–100; null without a measured value. */
  barPercent: number | null;
  progressText: string;
  projection: string | null;
  /** Growth still needed each year against the growth achieved. */
  pace: string | null;
  onTrack: boolean | null;
  unavailable: string | null;
}

/** A target's figure in its own unit: money (亿元/万元), money per mu or person, a ratio, or a count. */
export function targetFigure(value: number | null, unit: string, language: Language): string {
  if (value === null) return MISSING_MARK;
  const zh = language === 'zh';
  switch (unit) {
    case 'yuan':
      return money(value, language);
    case 'yuan/mu':
      return `${money(value, language)}${zh ? '/亩' : ' per mu'}`;
    case 'yuan/person':
      return `${money(value, language)}${zh ? '/人' : ' per person'}`;
    case 'ratio':
      return percent(value);
    case 'count':
      return count(value);
    default:
      return `${count(value)} ${unit}`;
  }
}

/** 亩均税收 first (the bureau's headline), then the targets with a measured value, then the others. */
function order(target: TargetProgress): number {
  if (target.indicator === 'tax_per_mu') return 0;
  return target.actualValue === null ? 2 : 1;
}

export function targetProgressRows(targets: readonly TargetProgress[], language: Language): TargetProgressRow[] {
  const zh = language === 'zh';
  return [...targets]
    .sort((left, right) => order(left) - order(right))
    .map((target) => {
      const rate = rateGap(target, language);
      const projection = isRateUnit(target.unit)
        ? rateProjection(target, targetFigure(target.projectedValue, target.unit, language), language)
        : target.projectedValue === null
          ? null
          : zh
            ? `按当前速度 ${target.targetYear} 年可达 ${targetFigure(target.projectedValue, target.unit, language)}`
            : `At the current pace: ${targetFigure(target.projectedValue, target.unit, language)} by ${target.targetYear}`;
      const pace =
        target.requiredAnnualGrowth === null
          ? null
          : zh
            ? `需年均增长 ${growth(target.requiredAnnualGrowth)}，实际 ${growth(target.actualAnnualGrowth)}`
            : `needs ${growth(target.requiredAnnualGrowth)} a year, achieved ${growth(target.actualAnnualGrowth)}`;
      return {
        id: target.targetId,
        headline: target.indicator === 'tax_per_mu',
        name: zh ? target.name.zh : target.name.en || target.name.zh,
        measured: targetFigure(target.actualValue, target.unit, language),
        target: targetFigure(target.targetValue, target.unit, language),
        barPercent: target.progress === null ? null : Math.round(Math.min(1, Math.max(0, target.progress)) * 1000) / 10,
        progressText: rate
          ? rateGapText(rate, language)
          : target.progress === null
            ? MISSING_MARK
            : percent(target.progress),
        projection,
        pace,
        onTrack: target.onTrack,
        unavailable: target.unavailable ? (zh ? target.unavailable.zh : target.unavailable.en) : null,
      };
    });
}
