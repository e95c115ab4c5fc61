/** A lead of the roadmap as the API and CLI show it, with its trail of moves (oldest first). */
import type { LeadStatus } from '@observatory/core';
import type { Selectable } from 'kysely';
import type { ChainLeadEventTable, ChainLeadTable } from '../../db/schema.ts';

export function presentChainLead(lead: Selectable<ChainLeadTable>, events: readonly Selectable<ChainLeadEventTable>[]) {
  return {
    id: lead.id,
    chainId: lead.chain_id,
    linkId: lead.link_id,
    companyName: lead.company_name,
    uscc: lead.uscc,
    expectedInvestmentYuan: lead.expected_investment_yuan === null ? null : Number(lead.expected_investment_yuan),
    ownerUnitId: lead.owner_unit_id,
    status: lead.status as LeadStatus,
    note: lead.note,
    createdBy: lead.created_by,
    createdAt: lead.created_at.toISOString(),
    statusChangedAt: lead.status_changed_at.toISOString(),
    history: events
      .filter((event) => event.lead_id === lead.id)
      .map((event) => ({
        from: event.from_status as LeadStatus | null,
        to: event.to_status as LeadStatus,
        at: event.at.toISOString(),
        by: event.by,
        reason: event.reason,
      })),
  };
}

export type PresentedChainLead = ReturnType<typeof presentChainLead>;
