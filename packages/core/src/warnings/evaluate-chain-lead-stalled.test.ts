import { describe, expect, it } from 'vitest';
import { evaluateChainLeadStalled, type TrackedChainLead } from './evaluate-chain-lead-stalled.ts';
import { ruleOf, subject } from './warnings.test-kit.ts';

const rule = ruleOf('chain_lead_stalled', {
  parameters: { stalledDays: { lead: 90, contact: 60 } },
  severity: { red: 90, orange: 30, yellow: 0 },
});
const lead = (status: TrackedChainLead['status'], since: string): TrackedChainLead => ({
  subject: subject('chain-lead/3', 'enterprise'),
  leadId: 3,
  chainId: 'photovoltaic',
  chainName: { zh: '光伏新能源产业链', en: 'Photovoltaic chain' },
  linkName: { zh: '电池片', en: 'Cells' },
  companyName: '某光伏科技有限公司',
  status,
  since,
});
const run = (item: TrackedChainLead) => evaluateChainLeadStalled(rule, { leads: [item], asOf: '2024-12-31' });

describe('chain_lead_stalled', () => {
  it.each([
    ['lead', '2024-10-02', null], // 90 days: allowed
    ['lead', '2024-10-01', 'yellow'], // 91 days
    ['contact', '2024-09-01', 'orange'], // 121 days, 61 over
    ['visit', '2024-05-01', 'red'], // default 60: 244 days, 184 over
    ['signed', '2024-07-04', null], // default 180: 180 days
    ['signed', '2024-06-15', 'yellow'], // 199 days, 19 over
    ['landed', '2020-01-01', null],
    ['dropped', '2020-01-01', null],
  ] as const)('%s since %s on 2024-12-31: %s', (status, since, severity) => {
    const outcome = run(lead(status, since));
    expect(outcome.evaluable).toBe(true);
    expect(outcome.findings.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  });

  it('names the chain, the link and the company', () => {
    const [finding] = run(lead('contact', '2024-09-01')).findings;
    expect(finding!.figures).toMatchObject({ chainId: 'photovoltaic', days: 121, allowedDays: 60, daysOver: 61 });
    expect(finding!.message.zh).toBe(
      '光伏新能源产业链·电池片：某光伏科技有限公司自2024-09-01停留在「接洽」121天（允许60天）',
    );
  });

  it('is not evaluable without any lead registered', () => {
    expect(evaluateChainLeadStalled(rule, { leads: null, asOf: '2024-12-31' }).evaluable).toBe(false);
  });
});
