/**
 * The figures of the chain_lead_stalled warning for a period: every roadmap lead of the chains in force as it stood
 * on the last day of the period — its status then and since when, read from its append-only trail (a lead added
 * later is left out) — with its subject `chain-lead/<id>` named by company, chain and link and scoped by the owning
 * unit. Trail times are read as Beijing dates. No lead registered at all: null (not evaluable).
 */
import type { LeadStatus, TrackedChainLead, WarningInput } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listChainLeadEvents, listEveryChainLead } from '../../repositories/chain-lead.repository.ts';
import type { StatisticsPeriod } from '../statistics/refresh-statistics.ts';
import { listCurrentChains } from './current-chains.ts';

const endOfPeriod = ({ year, month }: StatisticsPeriod) =>
  new Date(Date.UTC(year, month === 0 ? 12 : month, 0)).toISOString().slice(0, 10);

/** The calendar date in Beijing (UTC+8) of a stored time. */
const beijingDate = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export async function chainLeadStalledInput(
  db: Kysely<DatabaseSchema>,
  period: StatisticsPeriod,
): Promise<WarningInput> {
  const asOf = endOfPeriod(period);
  const rows = await listEveryChainLead(db);
  if (rows.length === 0) return { kind: 'chain_lead_stalled', leads: null, asOf };
  const [chains, events] = await Promise.all([
    listCurrentChains(db),
    listChainLeadEvents(
      db,
      rows.map((row) => row.id),
    ),
  ]);
  const chainById = new Map(chains.map((stored) => [stored.chain.id, stored.chain]));
  const leads: TrackedChainLead[] = [];
  for (const row of rows) {
    const chain = chainById.get(row.chain_id);
    const last = events.filter((event) => event.lead_id === row.id && beijingDate(event.at) <= asOf).at(-1);
    if (!chain || !last) continue;
    const link = chain.links.find((candidate) => candidate.id === row.link_id);
    const linkName = link?.name ?? { zh: row.link_id, en: row.link_id };
    leads.push({
      subject: {
        kind: 'enterprise',
        id: `chain-lead/${row.id}`,
        name: {
          zh: `${row.company_name}（${chain.name.zh}·${linkName.zh}）`,
          en: `${row.company_name} (${chain.name.en} · ${linkName.en})`,
        },
        reportingUnitId: row.owner_unit_id,
      },
      leadId: row.id,
      chainId: chain.id,
      chainName: chain.name,
      linkName,
      companyName: row.company_name,
      status: last.to_status as LeadStatus,
      since: beijingDate(last.at),
    });
  }
  return { kind: 'chain_lead_stalled', leads, asOf };
}
