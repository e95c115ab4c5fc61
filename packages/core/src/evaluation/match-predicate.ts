/**
 * Whether a scope predicate holds for an evaluation unit. Quantity bounds are compared exactly on decimals
 * (land ≥ 3 亩 holds for 3 and not for 2.9999); a missing quantity satisfies no bound, only `missing`. An unknown
 * 规上 or 在产 flag (null) satisfies neither true nor false, so such a firm falls in no group and is reported.
 */
import { compareDecimals, decimalOf } from './exact-decimal.ts';
import type { EvaluationUnit } from './evaluation-unit.ts';
import type { QuantityValues } from './compute-quantities.ts';
import type { ScopePredicate } from './scope-predicate.ts';

const SECTION_DIVISIONS: Record<string, [number, number]> = { B: [6, 12], C: [13, 43], D: [44, 46] };

/** Whether a GB/T 4754 code lies under a prefix (digits, or the industrial sections B, C, D). */
export function industryMatches(code: string | null, prefix: string): boolean {
  if (code === null) return false;
  const section = SECTION_DIVISIONS[prefix];
  if (section) {
    if (!/^\d{2,4}$/.test(code)) return code === prefix;
    const division = Number(code.slice(0, 2));
    return division >= section[0] && division <= section[1];
  }
  return code.startsWith(prefix);
}

export function factCount(unit: Pick<EvaluationUnit, 'facts'>, tag: string): number {
  return unit.facts.filter((fact) => fact.tag === tag).reduce((sum, fact) => sum + fact.count, 0);
}

export function matchPredicate(predicate: ScopePredicate, unit: EvaluationUnit, quantities: QuantityValues): boolean {
  const match = (p: ScopePredicate): boolean => {
    if ('always' in p) return true;
    if ('aboveScale' in p) return unit.aboveScale === p.aboveScale;
    if ('inProduction' in p) return unit.inProduction === p.inProduction;
    if ('industry' in p) return p.industry.some((prefix) => industryMatches(unit.industryCode, prefix));
    if ('missing' in p) return (quantities.get(p.missing) ?? null) === null;
    if ('quantity' in p) {
      const value = quantities.get(p.quantity) ?? null;
      if (value === null) return false;
      const cmp = (bound: number) => compareDecimals(value, decimalOf(bound));
      return (
        (p.atLeast === undefined || cmp(p.atLeast) >= 0) &&
        (p.above === undefined || cmp(p.above) > 0) &&
        (p.atMost === undefined || cmp(p.atMost) <= 0) &&
        (p.below === undefined || cmp(p.below) < 0)
      );
    }
    if ('fact' in p) return factCount(unit, p.fact) >= (p.minCount ?? 1);
    if ('all' in p) return p.all.every(match);
    if ('any' in p) return p.any.some(match);
    return !match(p.not);
  };
  return match(predicate);
}
