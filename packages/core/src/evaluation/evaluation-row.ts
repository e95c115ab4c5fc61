/**
 * One enterprise's result as the `observatory evaluate` surfaces print it (issue 5, surface 7): exactly
 * `{uscc, group, indicators, scores, bonus, total, rank, percentile, class, unratedReason}`.
 * - `indicators` / `scores`: keyed by indicator id; a value in the indicator's unit (null = missing), a score in
 *   points (null when not scored: excluded indicator, unit not rated).
 * - `bonus`: the net points of the bonus and penalty rules after the group's caps, bonus − penalty (a penalty
 *   makes it negative), so `total` = Σ scores + bonus before the total is rounded; null when not rated.
 * - `percentile`: the position share of EvaluationResult: position / pool size, where the pool is the units
 *   classified together (the group, or its segment when classes are taken per segment, vetoed units left out) and
 *   tied units share the first position of their block; 0.25 means the top quarter. Null when not placed.
 * - `class`: 初评等级 (the initial class; a veto's forced class); `unratedReason`: the reason code and its Chinese
 *   text for an unrated (不定等级) or excluded (in no group) enterprise, else null.
 * Rows come sorted by group (in scheme order; no group last), rank (unranked last), then uscc.
 */
import { addDecimals, decimalOf, decimalToNumber, negateDecimal } from './exact-decimal.ts';
import type { EvaluationResult, EvaluationRun } from './evaluation-result.ts';

export interface EvaluationRowReason {
  code: string;
  zh: string;
}

export interface EvaluationRow {
  uscc: string;
  group: string | null;
  indicators: Record<string, number | null>;
  scores: Record<string, number | null>;
  bonus: number | null;
  total: number | null;
  rank: number | null;
  percentile: number | null;
  class: string | null;
  unratedReason: EvaluationRowReason | null;
}

/** bonus − penalty, exactly on the decimals the points were written in (2.5 − 0.1 is 2.4, not 2.4000000000000004). */
function netRulePoints(bonus: number, penalty: number): number {
  return decimalToNumber(addDecimals(decimalOf(bonus), negateDecimal(decimalOf(penalty))));
}

export function evaluationRow(result: EvaluationResult): EvaluationRow {
  const rated = result.status === 'rated';
  return {
    uscc: result.uscc,
    group: result.groupId,
    indicators: Object.fromEntries(result.indicators.map((i) => [i.indicatorId, i.value])),
    scores: Object.fromEntries(result.indicators.map((i) => [i.indicatorId, rated ? i.score : null])),
    bonus: rated ? netRulePoints(result.bonus, result.penalty) : null,
    total: rated ? result.total : null,
    rank: result.rank,
    percentile: result.positionShare,
    class: result.initialClass,
    unratedReason: rated || result.reason === null ? null : { code: result.reason.code, zh: result.reason.text.zh },
  };
}

const nullsLast = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);

/** Every enterprise of a run as a row, sorted by group (scheme order), rank, uscc (then enterprise id). */
export function evaluationRows(run: Pick<EvaluationRun, 'scheme' | 'results'>): EvaluationRow[] {
  const groupOrder = new Map(run.scheme.groups.map((group, index) => [group.id, index]));
  const order = (result: EvaluationResult) =>
    result.groupId === null ? null : (groupOrder.get(result.groupId) ?? null);
  return [...run.results]
    .sort(
      (a, b) =>
        nullsLast(order(a), order(b)) ||
        nullsLast(a.rank, b.rank) ||
        (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0) ||
        (a.enterpriseId < b.enterpriseId ? -1 : a.enterpriseId > b.enterpriseId ? 1 : 0),
    )
    .map(evaluationRow);
}
