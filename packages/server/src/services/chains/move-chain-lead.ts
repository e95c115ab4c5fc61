/**
 * Moves a lead along the pipeline (线索 → 接洽 → 考察 → 签约 → 落地, forward only, or 放弃 with a reason; core's
 * leadMoveProblem decides) and appends the move to its trail, in one transaction with the lead locked. A unit's
 * staff move only the leads their unit owns.
 */
import { leadMoveProblem, type AccessSubject, type LeadStatus } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findChainLead,
  insertChainLeadEvent,
  listChainLeadEvents,
  updateChainLeadStatus,
} from '../../repositories/chain-lead.repository.ts';
import { assertAuthorized } from '../access/assert-authorized.ts';
import { presentChainLead, type PresentedChainLead } from './present-chain-lead.ts';

export interface MoveChainLeadInput {
  id: number;
  to: LeadStatus;
  reason?: string | null | undefined;
  by: string;
  subject: AccessSubject;
}

export async function moveChainLead(
  db: Kysely<DatabaseSchema>,
  input: MoveChainLeadInput,
): Promise<PresentedChainLead> {
  return db.transaction().execute(async (trx) => {
    const lead = await findChainLead(trx, input.id, { forUpdate: true });
    if (!lead) throw new AppError('not_found', `没有招商线索 #${input.id} (no such lead)`);
    assertAuthorized(input.subject, 'register.write', { reportingUnitId: lead.owner_unit_id });
    const reason = input.reason?.trim() || null;
    const problem = leadMoveProblem(lead.status, input.to, reason);
    if (problem)
      throw new AppError('validation_failed', `${problem.zh} (${problem.en})`, [
        { path: input.to === 'dropped' && !reason ? 'body.reason' : 'body.to', message: problem.en },
      ]);
    await updateChainLeadStatus(trx, lead.id, input.to);
    await insertChainLeadEvent(trx, { leadId: lead.id, from: lead.status, to: input.to, by: input.by, reason });
    return presentChainLead((await findChainLead(trx, lead.id))!, await listChainLeadEvents(trx, [lead.id]));
  });
}
