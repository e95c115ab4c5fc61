/** The roadmap's target companies (chain_lead) and their append-only trail (chain_lead_event). */
import type { ChainLeadStatusColumn } from '../db/schema.ts';
import type { Queryable } from './queryable.ts';

export interface NewChainLead {
  chainId: string;
  linkId: string;
  companyName: string;
  uscc: string | null;
  expectedInvestmentYuan: string | null;
  ownerUnitId: string;
  note: string | null;
  createdBy: string;
  /** When it was added (default now); a demo or a migrated roadmap gives its past date. */
  at?: Date | undefined;
}

export async function insertChainLead(db: Queryable, lead: NewChainLead): Promise<number> {
  const { id } = await db
    .insertInto('chain_lead')
    .values({
      chain_id: lead.chainId,
      link_id: lead.linkId,
      company_name: lead.companyName,
      uscc: lead.uscc,
      expected_investment_yuan: lead.expectedInvestmentYuan,
      owner_unit_id: lead.ownerUnitId,
      note: lead.note,
      created_by: lead.createdBy,
      ...(lead.at ? { created_at: lead.at, status_changed_at: lead.at } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** One lead, locked for a status change when `forUpdate`. */
export async function findChainLead(db: Queryable, id: number, options: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('chain_lead').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function listChainLeads(db: Queryable, chainId: string) {
  return db.selectFrom('chain_lead').selectAll().where('chain_id', '=', chainId).orderBy('id').execute();
}

/** Every lead of every chain (the chain_lead_stalled warning reads them city-wide). */
export async function listEveryChainLead(db: Queryable) {
  return db.selectFrom('chain_lead').selectAll().orderBy('chain_id').orderBy('id').execute();
}

export async function updateChainLeadStatus(
  db: Queryable,
  id: number,
  status: ChainLeadStatusColumn,
  at: Date = new Date(),
): Promise<void> {
  await db.updateTable('chain_lead').set({ status, status_changed_at: at }).where('id', '=', id).execute();
}

export async function insertChainLeadEvent(
  db: Queryable,
  event: {
    leadId: number;
    from: ChainLeadStatusColumn | null;
    to: ChainLeadStatusColumn;
    by: string;
    reason: string | null;
    /** When the move happened (default now). */
    at?: Date | undefined;
  },
): Promise<void> {
  await db
    .insertInto('chain_lead_event')
    .values({
      lead_id: event.leadId,
      from_status: event.from,
      to_status: event.to,
      by: event.by,
      reason: event.reason,
      ...(event.at ? { at: event.at } : {}),
    })
    .execute();
}

/** The trail of the given leads, oldest first. */
export async function listChainLeadEvents(db: Queryable, leadIds: readonly number[]) {
  if (leadIds.length === 0) return [];
  return db
    .selectFrom('chain_lead_event')
    .selectAll()
    .where('lead_id', 'in', [...leadIds])
    .orderBy('lead_id')
    .orderBy('id')
    .execute();
}
