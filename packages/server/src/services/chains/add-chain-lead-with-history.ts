/**
 * Adds a roadmap lead together with its past moves, each on its own date (线索 on the first date, then 接洽, 考察, …):
 * for a roadmap kept elsewhere before the register, and for the demo data set, whose leads must have aged for the
 * chain_lead_stalled warning to mean anything. The moves obey the pipeline (forward only; 放弃 with a reason); the
 * chain, its link and the owning unit must exist. City-wide callers only (it writes history in others' names).
 */
import { leadMoveProblem, type AccessSubject, type LeadStatus } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  insertChainLead,
  insertChainLeadEvent,
  updateChainLeadStatus,
} from '../../repositories/chain-lead.repository.ts';
import { findReportingUnit } from '../../repositories/region.repository.ts';
import { assertAuthorized } from '../access/assert-authorized.ts';
import { requireChain } from './current-chains.ts';

export interface ChainLeadWithHistory {
  chainId: string;
  linkId: string;
  companyName: string;
  ownerUnitId: string;
  expectedInvestmentYuan?: number | null | undefined;
  note?: string | null | undefined;
  /** The moves after 线索, oldest first; `on` is a Beijing date (YYYY-MM-DD). */
  moves: readonly { to: LeadStatus; on: string; reason?: string | undefined }[];
  /** The date it became a 线索. */
  since: string;
}

const beijingNoon = (day: string) => new Date(`${day}T12:00:00+08:00`);

export async function addChainLeadWithHistory(
  db: Kysely<DatabaseSchema>,
  input: { lead: ChainLeadWithHistory; by: string; subject: AccessSubject },
): Promise<number> {
  assertAuthorized(input.subject, 'register.write', {});
  if (input.subject.scope.kind !== 'city')
    throw new AppError('forbidden', '只有全市账户可以补录线索历史 (city-wide accounts only)');
  const { lead } = input;
  const { chain } = await requireChain(db, lead.chainId);
  const problem = (message: string) =>
    new AppError('validation_failed', `${lead.companyName}：${message}`, [{ path: 'lead', message }]);
  if (!chain.links.some((link) => link.id === lead.linkId)) throw problem(`没有环节 ${lead.linkId} (no such link)`);
  if (!(await findReportingUnit(db, lead.ownerUnitId)))
    throw problem(`没有报送单位 ${lead.ownerUnitId} (no such unit)`);
  let status: LeadStatus = 'lead';
  let last = lead.since;
  for (const move of lead.moves) {
    const refused = leadMoveProblem(status, move.to, move.reason);
    if (refused) throw problem(`${refused.zh} (${refused.en})`);
    if (move.on < last) throw problem(`${move.on} 早于上一步 ${last} (moves must be in date order)`);
    status = move.to;
    last = move.on;
  }
  return db.transaction().execute(async (trx) => {
    const id = await insertChainLead(trx, {
      chainId: chain.id,
      linkId: lead.linkId,
      companyName: lead.companyName.trim(),
      uscc: null,
      expectedInvestmentYuan:
        lead.expectedInvestmentYuan === undefined || lead.expectedInvestmentYuan === null
          ? null
          : String(lead.expectedInvestmentYuan),
      ownerUnitId: lead.ownerUnitId,
      note: lead.note?.trim() || null,
      createdBy: input.by,
      at: beijingNoon(lead.since),
    });
    await insertChainLeadEvent(trx, {
      leadId: id,
      from: null,
      to: 'lead',
      by: input.by,
      reason: null,
      at: beijingNoon(lead.since),
    });
    let from: LeadStatus = 'lead';
    for (const move of lead.moves) {
      const at = beijingNoon(move.on);
      await insertChainLeadEvent(trx, { leadId: id, from, to: move.to, by: input.by, reason: move.reason ?? null, at });
      await updateChainLeadStatus(trx, id, move.to, at);
      from = move.to;
    }
    return id;
  });
}
