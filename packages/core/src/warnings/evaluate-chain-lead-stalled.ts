/**
 * chain_lead_stalled: a target company of an industry chain's roadmap (招商线索) whose pipeline stage (线索 → 接洽 →
 * 考察 → 签约) has not moved for longer than the stage allows (`stalledDays`, per stage; 落地 and 放弃 are final and
 * never stall). The severity ladder grades the days beyond the allowance (strictly over each threshold). The
 * subject is the lead, named with its company, chain and link. Without any lead registered the input is null and
 * the rule is not evaluable.
 */
import { LEAD_STATUS_NAMES, type LeadStatus } from '../chains/lead-pipeline.ts';
import { daysBetween } from '../pools/entry-validity.ts';
import { gradeSeverity } from './severity-ladder.ts';
import {
  evaluated,
  notEvaluable,
  type RuleOutcome,
  type WarningFinding,
  type WarningSubject,
} from './warning-finding.ts';
import { stalledDaysOf, type WarningRule } from './warning-rule.ts';

export interface TrackedChainLead {
  /** The lead (its id in the subject id), named with company, chain and link; scoped by its owning unit. */
  subject: WarningSubject;
  leadId: number;
  chainId: string;
  chainName: { zh: string; en: string };
  linkName: { zh: string; en: string };
  companyName: string;
  /** The status on the day asked about. */
  status: LeadStatus;
  /** ISO date the lead entered that status. */
  since: string;
}

export interface ChainLeadStalledInput {
  /** null: no lead registered on any chain. */
  leads: readonly TrackedChainLead[] | null;
  /** The end of the period, ISO date. */
  asOf: string;
}

export function evaluateChainLeadStalled(rule: WarningRule, input: ChainLeadStalledInput): RuleOutcome {
  if (input.leads === null)
    return notEvaluable(rule, {
      zh: '尚未登记招商线索，无法判断',
      en: 'no chain lead registered: cannot be evaluated',
    });
  const allowed = stalledDaysOf(rule);
  const findings: WarningFinding[] = [];
  for (const lead of input.leads) {
    if (lead.status === 'landed' || lead.status === 'dropped') continue;
    const days = daysBetween(lead.since, input.asOf);
    const daysOver = days - allowed[lead.status];
    if (daysOver <= 0) continue;
    const grade = gradeSeverity(daysOver, rule.severity, 'gt');
    if (!grade) continue;
    const stage = LEAD_STATUS_NAMES[lead.status];
    findings.push({
      ruleId: rule.id,
      subject: lead.subject,
      severity: grade.severity,
      figures: {
        leadId: lead.leadId,
        chainId: lead.chainId,
        status: lead.status,
        since: lead.since,
        days,
        allowedDays: allowed[lead.status],
        daysOver,
        thresholdDays: grade.threshold,
      },
      message: {
        zh: `${lead.chainName.zh}·${lead.linkName.zh}：${lead.companyName}自${lead.since}停留在「${stage.zh}」${days}天（允许${allowed[lead.status]}天）`,
        en: `${lead.chainName.en} · ${lead.linkName.en}: ${lead.companyName} at "${stage.en}" since ${lead.since}, ${days} days (${allowed[lead.status]} allowed)`,
      },
    });
  }
  return evaluated(rule, findings, []);
}
