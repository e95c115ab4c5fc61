/**
 * The part of a run that weights and baselines do not change, done once (and once for all robustness draws):
 * merge units, compute quantities, put each unit in a group and segment or give the reason it is unrated or out
 * of scope, compute indicator values, and apply the bonus, penalty and veto rules.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import { computeQuantities } from './compute-quantities.ts';
import type { EvaluationGroup, EvaluationScheme } from './evaluation-scheme.ts';
import type { EvaluationInput } from './evaluation-input.ts';
import { buildEvaluationUnits, type EvaluationUnit } from './evaluation-unit.ts';
import { applyRules, type RuleOutcome } from './apply-rules.ts';
import { computeIndicatorValue, type IndicatorValue } from './indicator-value.ts';
import { industryMatches, matchPredicate } from './match-predicate.ts';
import { effectiveQuantities } from './scheme-quantity.ts';
import type { DecimalNumber } from '../units/decimal-number.ts';

export type UnitStatus = 'rated' | 'unrated' | 'excluded';

export interface StatusReason {
  code: string;
  text: BilingualName;
}

export interface PreparedUnit {
  unit: EvaluationUnit;
  quantities: ReadonlyMap<string, DecimalNumber | null>;
  status: UnitStatus;
  reason: StatusReason | null;
  group: EvaluationGroup | null;
  segmentId: string | null;
  values: IndicatorValue[];
  rules: RuleOutcome;
}

export interface PreparedEvaluation {
  scheme: EvaluationScheme;
  input: EvaluationInput;
  units: PreparedUnit[];
}

const NO_RULES: RuleOutcome = { applied: [], bonus: 0, penalty: 0, vetoClass: null };
const OTHER_SEGMENT = 'other';

function segmentOf(group: EvaluationGroup, unit: EvaluationUnit): string | null {
  if (group.segments.length === 0) return null;
  const segment = group.segments.find((s) => s.industries.some((prefix) => industryMatches(unit.industryCode, prefix)));
  return segment?.id ?? OTHER_SEGMENT;
}

function prepareUnit(scheme: EvaluationScheme, unit: EvaluationUnit): PreparedUnit {
  const quantities = computeQuantities(unit.measures, effectiveQuantities(scheme.quantities));
  const group = scheme.groups.find((g) => matchPredicate(g.members, unit, quantities)) ?? null;
  const mode = scheme.rounding.mode;
  const values = group?.indicators.map((indicator) => computeIndicatorValue(indicator, quantities, mode)) ?? [];
  const segmentId = group ? segmentOf(group, unit) : null;
  // Built as one literal with every field (not by spreading): spread objects are slow to read in the scoring loops.
  const prepared = (status: UnitStatus, reason: StatusReason | null, rules: RuleOutcome): PreparedUnit => ({
    unit,
    quantities,
    status,
    reason,
    group,
    segmentId,
    values,
    rules,
  });
  const unratedRule = [...scheme.unrated, ...(group?.unrated ?? [])].find((rule) =>
    matchPredicate(rule.when, unit, quantities),
  );
  if (unratedRule) return prepared('unrated', { code: unratedRule.id, text: unratedRule.reason }, NO_RULES);
  if (group === null) {
    const text = { zh: '不属于任何评价组（不在评价范围内）', en: 'in no evaluation group (out of scope)' };
    return prepared('excluded', { code: 'no_group', text }, NO_RULES);
  }
  const unratedBy = group.indicators.find(
    (indicator, i) => indicator.missing.policy === 'unrated' && values[i]!.value === null,
  );
  if (unratedBy) {
    const text = { zh: `${unratedBy.name.zh}数据缺失，不定等级`, en: `${unratedBy.name.en} missing, not graded` };
    return prepared('unrated', { code: `missing:${unratedBy.id}`, text }, NO_RULES);
  }
  return prepared('rated', null, applyRules(group.rules, unit, quantities, group));
}

export function prepareEvaluation(scheme: EvaluationScheme, input: EvaluationInput): PreparedEvaluation {
  const units = buildEvaluationUnits(input.enterprises, scheme.merge.sharedParcels);
  return { scheme, input, units: units.map((unit) => prepareUnit(scheme, unit)) };
}
