/**
 * Applying a group's bonus, penalty and veto rules to a unit. Each applied rule keeps the evidence facts that made
 * it apply (the facts whose tags its predicate or count names), so an enterprise sees why it gained or lost points.
 */
import type { EvidenceFact } from './evaluation-input.ts';
import type { EvaluationUnit } from './evaluation-unit.ts';
import type { QuantityValues } from './compute-quantities.ts';
import { factCount, matchPredicate } from './match-predicate.ts';
import { pointsForCount, type EvaluationRule } from './scheme-rule.ts';
import { predicateReferences } from './scope-predicate.ts';

export interface AppliedRule {
  ruleId: string;
  kind: EvaluationRule['kind'];
  /** Points added (bonus) or taken off (penalty), before the group's caps; 0 for a veto. */
  points: number;
  forceClass: string | null;
  evidence: EvidenceFact[];
}

export interface RuleOutcome {
  applied: AppliedRule[];
  bonus: number;
  penalty: number;
  vetoClass: string | null;
}

export function applyRules(
  rules: readonly EvaluationRule[],
  unit: EvaluationUnit,
  quantities: QuantityValues,
  caps: { bonusCap: number | null; penaltyCap: number | null },
): RuleOutcome {
  const applied: AppliedRule[] = [];
  for (const rule of rules) {
    if (!matchPredicate(rule.when, unit, quantities)) continue;
    const points =
      rule.points ?? (rule.perCount ? pointsForCount(rule.perCount, factCount(unit, rule.perCount.fact)) : 0);
    if (rule.kind !== 'veto' && points === 0) continue;
    const tags = new Set(predicateReferences(rule.when).facts);
    if (rule.perCount) tags.add(rule.perCount.fact);
    applied.push({
      ruleId: rule.id,
      kind: rule.kind,
      points: rule.kind === 'veto' ? 0 : points,
      forceClass: rule.forceClass,
      evidence: unit.facts.filter((fact) => tags.has(fact.tag)),
    });
  }
  const sum = (kind: EvaluationRule['kind']) =>
    applied.filter((a) => a.kind === kind).reduce((total, a) => total + a.points, 0);
  const capped = (value: number, cap: number | null) => (cap === null ? value : Math.min(value, cap));
  return {
    applied,
    bonus: capped(sum('bonus'), caps.bonusCap),
    penalty: capped(sum('penalty'), caps.penaltyCap),
    vetoClass: applied.find((a) => a.kind === 'veto')?.forceClass ?? null,
  };
}
