/**
 * Screening one enterprise's stored figures against a tier's criteria (候选筛选): each condition passes, fails or
 * is not measurable — a manual check (national market share), or a figure our data does not have for the year —
 * with the value used and the threshold. The firm is eligible when no condition fails and every measurable one
 * had its figure (the manual checks remain for the bureau), is missing data when none fails but a figure is
 * missing, and is not eligible when any fails. Missing data never passes.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import type { PoolTier } from '../registers/pool-tier.ts';
import type { PoolCondition, PoolMetric, PoolTierCriteria } from './pool-criteria.ts';

/** A firm's figures of the screening year; null when not stored. */
export interface PoolFigures {
  /** 元, the year's 营业收入. */
  revenueYuan: number | null;
  /** 元, the year before's, for growth. */
  previousRevenueYuan: number | null;
  rdExpenseYuan: number | null;
  employees: number | null;
  outputYuan: number | null;
  taxPaidYuan: number | null;
  /** The tiers the firm holds an entry in force in. */
  tiersInForce: readonly PoolTier[];
}

export const CONDITION_OUTCOMES = ['pass', 'fail', 'not_measurable'] as const;
export type ConditionOutcome = (typeof CONDITION_OUTCOMES)[number];
export const SCREENING_OUTCOMES = ['eligible', 'missing_data', 'not_eligible'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

export interface ConditionResult {
  id: string;
  text: BilingualName;
  check: PoolCondition['check'];
  metric: PoolMetric | null;
  /** The threshold (at_least), in the metric's unit. */
  threshold: number | null;
  /** The value used; null when not measurable. */
  value: number | null;
  outcome: ConditionOutcome;
  /** Why not measurable: a manual check, or no figure for the year. */
  reason: 'manual' | 'no_data' | null;
}

export interface ScreeningResult {
  tier: PoolTier;
  outcome: ScreeningOutcome;
  conditions: ConditionResult[];
}

/** The value of a metric from the figures, or null when it cannot be computed. */
export function poolMetricValue(figures: PoolFigures, metric: PoolMetric): number | null {
  const { revenueYuan: revenue, previousRevenueYuan: previous } = figures;
  switch (metric) {
    case 'revenue':
      return revenue;
    case 'rd_expense':
      return figures.rdExpenseYuan;
    case 'rd_share':
      return figures.rdExpenseYuan === null || revenue === null || revenue <= 0
        ? null
        : (figures.rdExpenseYuan / revenue) * 100;
    case 'revenue_growth':
      return revenue === null || previous === null || previous <= 0 ? null : (revenue / previous - 1) * 100;
    case 'employees':
      return figures.employees;
    case 'output':
      return figures.outputYuan;
    case 'tax_paid':
      return figures.taxPaidYuan;
  }
}

function checkCondition(condition: PoolCondition, figures: PoolFigures): ConditionResult {
  const base = { id: condition.id, text: condition.text, check: condition.check };
  switch (condition.check) {
    case 'manual':
      return { ...base, metric: null, threshold: null, value: null, outcome: 'not_measurable', reason: 'manual' };
    case 'in_pool': {
      const held = condition.tiers.some((tier) => figures.tiersInForce.includes(tier));
      return { ...base, metric: null, threshold: null, value: null, outcome: held ? 'pass' : 'fail', reason: null };
    }
    case 'at_least': {
      const value = poolMetricValue(figures, condition.metric);
      const common = { ...base, metric: condition.metric, threshold: condition.value, value };
      if (value === null) return { ...common, outcome: 'not_measurable', reason: 'no_data' };
      return { ...common, outcome: value >= condition.value ? 'pass' : 'fail', reason: null };
    }
  }
}

export function screenEnterprise(criteria: PoolTierCriteria, figures: PoolFigures): ScreeningResult {
  const conditions = criteria.conditions.map((condition) => checkCondition(condition, figures));
  const outcome: ScreeningOutcome = conditions.some((c) => c.outcome === 'fail')
    ? 'not_eligible'
    : conditions.some((c) => c.reason === 'no_data')
      ? 'missing_data'
      : 'eligible';
  return { tier: criteria.tier, outcome, conditions };
}

/** Whether a tier has any condition our data can decide (else screening it lists nothing). */
export function hasMeasurableCondition(criteria: PoolTierCriteria): boolean {
  return criteria.conditions.some((condition) => condition.check !== 'manual');
}
