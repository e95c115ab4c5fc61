/**
 * The explanation an enterprise sees of its result: each indicator's value, unit, baseline (or range), weight and
 * score, how a missing value was scored, the bonuses, penalties and veto with their evidence, and what would move it
 * to the next better class: the total to reach and, indicator by indicator, the value (and e.g. the extra tax in 元)
 * that alone would get it there.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import { getUnit } from '../units/index.ts';
import type { AppliedRule } from './apply-rules.ts';
import type { EvaluationResult, EvaluationRun, IndicatorResult } from './evaluation-result.ts';
import {
  indicatorRequirement,
  quantityRequirements,
  type IndicatorRequirement,
  type QuantityRequirement,
} from './indicator-requirement.ts';
import { nextClassRequirement, type ClassRequirement } from './next-class-requirement.ts';
import type { Indicator } from './scheme-indicator.ts';

export interface IndicatorExplanation extends IndicatorResult {
  name: BilingualName;
  unitLabel: string;
  /** The most this indicator can score (cap × weight, or the weight for min-max); null when uncapped. */
  maxScore: number | null;
}

export interface ResultExplanation {
  result: EvaluationResult;
  className: BilingualName | null;
  indicators: IndicatorExplanation[];
  bonuses: AppliedRule[];
  penalties: AppliedRule[];
  veto: AppliedRule | null;
  nextClass:
    | (ClassRequirement & {
        className: BilingualName;
        steps: IndicatorRequirement[];
        quantities: QuantityRequirement[];
      })
    | null;
  note: BilingualName | null;
}

/** 万元/亩, 元/千瓦时, or '' for a ratio of like quantities. */
export function indicatorUnitLabel(indicator: Pick<Indicator, 'unit'>): string {
  const top = getUnit(indicator.unit.numerator)!;
  const bottom = getUnit(indicator.unit.denominator)!;
  if (top.code === bottom.code) return '';
  return `${top.symbol}/${bottom.symbol}`;
}

function maxScore(indicator: Indicator, result: IndicatorResult): number | null {
  const scoring = indicator.scoring;
  if (scoring.method === 'min_max') return result.effectiveWeight;
  return scoring.cap === null ? null : scoring.cap * result.effectiveWeight;
}

export function explainEvaluationResult(run: EvaluationRun, enterpriseId: string): ResultExplanation {
  const result = run.results.find((r) => r.enterpriseId === enterpriseId);
  if (!result) throw new RangeError(`评价结果中没有企业 ${enterpriseId} (enterprise not in this run)`);
  const group = run.scheme.groups.find((g) => g.id === result.groupId);
  const className = (id: string | null) => run.scheme.classes.find((c) => c.id === id)?.name ?? null;
  const indicators = result.indicators.map((r) => {
    const indicator = group!.indicators.find((i) => i.id === r.indicatorId)!;
    return { ...r, name: indicator.name, unitLabel: indicatorUnitLabel(indicator), maxScore: maxScore(indicator, r) };
  });
  const outcome = nextClassRequirement(run, result);
  const requirement = outcome.requirement;
  const nextClass =
    requirement === null
      ? null
      : {
          ...requirement,
          className: className(requirement.classId)!,
          steps: result.indicators.map((r, i) => indicatorRequirement(group!.indicators[i]!, r, requirement.gap)),
          quantities: quantityRequirements(group!.indicators, result.indicators, requirement.gap, result.quantities),
        };
  return {
    result,
    className: className(result.initialClass),
    indicators,
    bonuses: result.rules.filter((r) => r.kind === 'bonus'),
    penalties: result.rules.filter((r) => r.kind === 'penalty'),
    veto: result.rules.find((r) => r.kind === 'veto') ?? null,
    nextClass,
    note: result.reason?.text ?? outcome.note,
  };
}
