/**
 * Evaluates one rule on the figures the server computed for it: the input carries the rule's kind, so each
 * kind's evaluator gets exactly the figures it reads. A disabled rule is never evaluated.
 */
import { evaluateBelowCity, type BelowCityInput } from './evaluate-below-city.ts';
import { evaluateConsecutiveDecline, type ConsecutiveDeclineInput } from './evaluate-consecutive-decline.ts';
import { evaluateEnergyOverQuota, type EnergyInput } from './evaluate-energy-over-quota.ts';
import { evaluateGrowthBelow, type GrowthBelowInput } from './evaluate-growth-below.ts';
import { evaluateLeaderOutputDrop, type LeaderOutputInput } from './evaluate-leader-output-drop.ts';
import { evaluateLossShareOver, type LossShareInput } from './evaluate-loss-share-over.ts';
import { evaluateMoreDClass, type MoreDClassInput } from './evaluate-more-d-class.ts';
import { evaluatePoolEntryExpiring, type PoolEntryExpiringInput } from './evaluate-pool-entry-expiring.ts';
import { evaluateProjectOverdue, type ProjectOverdueInput } from './evaluate-project-overdue.ts';
import { evaluateRectificationOverdue, type RectificationOverdueInput } from './evaluate-rectification-overdue.ts';
import { evaluatePlatformReviewDue, type PlatformReviewDueInput } from './evaluate-platform-review-due.ts';
import { evaluateChainLeadStalled, type ChainLeadStalledInput } from './evaluate-chain-lead-stalled.ts';
import type { RuleOutcome } from './warning-finding.ts';
import type { WarningRule } from './warning-rule.ts';

export type WarningInput =
  | ({ kind: 'growth_below' } & GrowthBelowInput)
  | ({ kind: 'below_city' } & BelowCityInput)
  | ({ kind: 'consecutive_decline' } & ConsecutiveDeclineInput)
  | ({ kind: 'loss_share_over' } & LossShareInput)
  | ({ kind: 'leader_output_drop' } & LeaderOutputInput)
  | ({ kind: 'energy_over_quota' } & EnergyInput)
  | ({ kind: 'more_d_class' } & MoreDClassInput)
  | ({ kind: 'project_overdue' } & ProjectOverdueInput)
  | ({ kind: 'pool_entry_expiring' } & PoolEntryExpiringInput)
  | ({ kind: 'rectification_overdue' } & RectificationOverdueInput)
  | ({ kind: 'platform_review_due' } & PlatformReviewDueInput)
  | ({ kind: 'chain_lead_stalled' } & ChainLeadStalledInput);

export function evaluateWarningRule(rule: WarningRule, input: WarningInput): RuleOutcome {
  if (input.kind !== rule.kind) throw new RangeError(`rule ${rule.id} is ${rule.kind}, input is ${input.kind}`);
  switch (input.kind) {
    case 'growth_below':
      return evaluateGrowthBelow(rule, input);
    case 'below_city':
      return evaluateBelowCity(rule, input);
    case 'consecutive_decline':
      return evaluateConsecutiveDecline(rule, input);
    case 'loss_share_over':
      return evaluateLossShareOver(rule, input);
    case 'leader_output_drop':
      return evaluateLeaderOutputDrop(rule, input);
    case 'energy_over_quota':
      return evaluateEnergyOverQuota(rule, input);
    case 'more_d_class':
      return evaluateMoreDClass(rule, input);
    case 'project_overdue':
      return evaluateProjectOverdue(rule, input);
    case 'pool_entry_expiring':
      return evaluatePoolEntryExpiring(rule, input);
    case 'rectification_overdue':
      return evaluateRectificationOverdue(rule, input);
    case 'platform_review_due':
      return evaluatePlatformReviewDue(rule, input);
    case 'chain_lead_stalled':
      return evaluateChainLeadStalled(rule, input);
  }
}
