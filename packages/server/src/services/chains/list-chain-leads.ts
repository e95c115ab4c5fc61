/**
 * The roadmap of one chain: its target companies with their status and trail, in the order they were added. The
 * roadmap is the city's plan and names no local firm's confidential figures, so every caller with register.read
 * sees all of it; changes are limited to the owning unit (add-chain-lead.ts, move-chain-lead.ts).
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listChainLeadEvents, listChainLeads } from '../../repositories/chain-lead.repository.ts';
import { requireChain } from './current-chains.ts';
import { presentChainLead, type PresentedChainLead } from './present-chain-lead.ts';

export async function listChainRoadmap(db: Kysely<DatabaseSchema>, chainId: string): Promise<PresentedChainLead[]> {
  await requireChain(db, chainId);
  const leads = await listChainLeads(db, chainId);
  const events = await listChainLeadEvents(
    db,
    leads.map((lead) => lead.id),
  );
  return leads.map((lead) => presentChainLead(lead, events));
}
