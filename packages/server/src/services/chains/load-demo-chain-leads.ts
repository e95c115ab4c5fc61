/**
 * `demo load`'s roadmap step: adds the demo's chain leads with their dated moves (src/demo/demo-chain-leads.ts) for
 * the data set's last year, once — a database that already holds leads keeps them and gets none added.
 */
import { accessSubject } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { demoChainLeads } from '../../demo/demo-chain-leads.ts';
import { listEveryChainLead } from '../../repositories/chain-lead.repository.ts';
import { addChainLeadWithHistory } from './add-chain-lead-with-history.ts';

export async function loadDemoChainLeads(db: Kysely<DatabaseSchema>, year: number): Promise<number> {
  if ((await listEveryChainLead(db)).length > 0) return 0;
  const subject = accessSubject('demo', 'city_admin', { kind: 'city' });
  const leads = demoChainLeads(year);
  for (const lead of leads) await addChainLeadWithHistory(db, { lead, by: 'demo', subject });
  return leads.length;
}
