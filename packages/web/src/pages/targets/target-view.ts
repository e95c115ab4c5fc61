/**
 * The targets page's rows, pure: targets grouped by policy section (in the server's order), each with its figures
 * formatted in its own unit (targetFigure of the cockpit), the bar width, the projection sentence and the source
 * badge. Nothing measured shows the reason, never 0. A rate target (reading `rate`: investment growth ≥ 15 %, R&D
 * 3.4 %) compares the rate with the target rate: 已达标/未达标 with the gap in percentage points instead of a
 * percentage done, the bar capped at 100 %, and the latest 1–N月 rate as its projection.
 */
import { targetFigure } from '../../charts/options/target-progress.ts';
import { MISSING_MARK, percent } from '../../format/display.ts';
import { rateGap, rateGapText, rateProjection } from '../../format/rate-target.ts';
import type { Bilingual, Language } from '../../i18n/language.tsx';
import type { SystemTarget, TargetSource } from './target-types.ts';

export const SOURCE_NAMES: Record<TargetSource, Bilingual> = {
  statistics: { zh: '统计', en: 'statistics' },
  register: { zh: '名录', en: 'register' },
  manual: { zh: '人工录入', en: 'manual' },
  unavailable: { zh: '暂无数据', en: 'no figure' },
};

export interface TargetLineView {
  id: string;
  name: string;
  cluster: string | null;
  measured: string;
  target: string;
  actualYear: number | null;
  barPercent: number | null;
  progressText: string;
  projection: string | null;
  onTrack: boolean | null;
  source: TargetSource;
  sourceName: string;
  basis: string | null;
  unavailable: string | null;
  owner: string | null;
  /** A rate target: met or not and the gap to the target rate in percentage points (高于/低于目标 …). */
  rate: { met: boolean; gap: string } | null;
}

export interface TargetSectionView {
  id: string;
  name: string;
  lines: TargetLineView[];
}

const pick = (text: Bilingual, language: Language) => (language === 'zh' ? text.zh : text.en || text.zh);

export function targetLine(target: SystemTarget, language: Language): TargetLineView {
  const zh = language === 'zh';
  const rate = target.reading === 'rate' ? rateGap(target, language) : null;
  const projection =
    target.reading === 'rate'
      ? rateProjection(target, targetFigure(target.projectedValue, target.unit, language), language)
      : target.projectedValue === null
        ? null
        : zh
          ? `按当前进度 ${target.targetYear} 年预计 ${targetFigure(target.projectedValue, target.unit, language)}`
          : `At the current pace: ${targetFigure(target.projectedValue, target.unit, language)} by ${target.targetYear}`;
  return {
    id: target.targetId,
    name: pick(target.name, language),
    cluster: target.clusterName ? pick(target.clusterName, language) : null,
    measured: targetFigure(target.actualValue, target.unit, language),
    target: targetFigure(target.targetValue, target.unit, language),
    actualYear: target.actualYear,
    barPercent: target.progress === null ? null : Math.round(Math.min(1, Math.max(0, target.progress)) * 1000) / 10,
    progressText: rate
      ? rateGapText(rate, language)
      : target.progress === null
        ? MISSING_MARK
        : percent(target.progress),
    projection,
    onTrack: target.onTrack,
    source: target.source,
    sourceName: pick(SOURCE_NAMES[target.source], language),
    basis: target.basis ? pick(target.basis, language) : null,
    unavailable: target.unavailable ? pick(target.unavailable, language) : null,
    owner: target.owner,
    rate,
  };
}

export function targetSections(targets: readonly SystemTarget[], language: Language): TargetSectionView[] {
  const sections: TargetSectionView[] = [];
  for (const target of targets) {
    let section = sections.find((entry) => entry.id === target.section.id);
    if (!section) {
      section = { id: target.section.id, name: pick(target.section.name, language), lines: [] };
      sections.push(section);
    }
    section.lines.push(targetLine(target, language));
  }
  return sections;
}
