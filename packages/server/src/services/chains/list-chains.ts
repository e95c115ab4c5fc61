/**
 * The chains in force with their assessment for a year (default: the latest year with enterprise attributes):
 * name, cluster, version, link count, counts by strength, strong share, and the open leads of the roadmap.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listChainLeads } from '../../repositories/chain-lead.repository.ts';
import { assessStoredChain } from './assess-stored-chain.ts';
import { listCurrentChains } from './current-chains.ts';
import { chainCluster } from './present-chain.ts';
import { chainYear, readChainInput } from './read-chain-input.ts';

export async function listChains(db: Kysely<DatabaseSchema>, options: { year?: number | undefined }) {
  const chains = await listCurrentChains(db);
  const year = await chainYear(db, options.year);
  const input = await readChainInput(db, year);
  const listed = [];
  for (const stored of chains) {
    const { assessment } = await assessStoredChain(db, stored.chain, input);
    const leads = await listChainLeads(db, stored.chain.id);
    listed.push({
      id: stored.chain.id,
      name: stored.chain.name,
      cluster: await chainCluster(db, stored.chain.cluster),
      version: stored.version,
      links: stored.chain.links.length,
      counts: assessment.counts,
      strongShare: assessment.strongShare,
      openLeads: leads.filter((lead) => lead.status !== 'landed' && lead.status !== 'dropped').length,
      landedLeads: leads.filter((lead) => lead.status === 'landed').length,
    });
  }
  return { year, basis: input.basis, chains: listed };
}
