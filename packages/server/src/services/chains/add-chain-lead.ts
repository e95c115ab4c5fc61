/**
 * Adds a target company for a link of a chain to the roadmap (status 线索), with its first trail entry. The link
 * must be one of the chain's; the owning unit must exist, and a unit's staff add leads for their own unit only
 * (core's authorize on the owner unit). The person adding is the caller, never a name from a request body.
 */
import type { AccessSubject } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findChainLead, insertChainLead, insertChainLeadEvent } from '../../repositories/chain-lead.repository.ts';
import { findReportingUnit } from '../../repositories/region.repository.ts';
import { assertAuthorized } from '../access/assert-authorized.ts';
import { requireChain } from './current-chains.ts';
import { presentChainLead, type PresentedChainLead } from './present-chain-lead.ts';

export interface AddChainLeadInput {
  chainId: string;
  linkId: string;
  companyName: string;
  uscc?: string | null | undefined;
  /** 元. */
  expectedInvestmentYuan?: number | null | undefined;
  /** Defaults to the subject's own unit for a unit's staff. */
  ownerUnitId?: string | undefined;
  note?: string | null | undefined;
  by: string;
  subject: AccessSubject;
}

export async function addChainLead(db: Kysely<DatabaseSchema>, input: AddChainLeadInput): Promise<PresentedChainLead> {
  const { chain } = await requireChain(db, input.chainId);
  if (!chain.links.some((link) => link.id === input.linkId))
    throw new AppError('validation_failed', `产业链 ${chain.id} 没有环节 ${input.linkId} (no such link on the chain)`, [
      { path: 'body.linkId', message: `not a link of ${chain.id}` },
    ]);
  const ownScope = input.subject.scope;
  const ownerUnitId = input.ownerUnitId ?? (ownScope.kind === 'unit' ? ownScope.reportingUnitId : undefined);
  if (ownerUnitId === undefined)
    throw new AppError('validation_failed', '须指定负责单位 (name the owning reporting unit)', [
      { path: 'body.ownerUnit', message: 'required' },
    ]);
  assertAuthorized(input.subject, 'register.write', { reportingUnitId: ownerUnitId });
  if (!(await findReportingUnit(db, ownerUnitId)))
    throw new AppError('validation_failed', `没有报送单位 ${ownerUnitId} (no such reporting unit)`, [
      { path: 'body.ownerUnit', message: 'unknown reporting unit' },
    ]);
  return db.transaction().execute(async (trx) => {
    const id = await insertChainLead(trx, {
      chainId: chain.id,
      linkId: input.linkId,
      companyName: input.companyName.trim(),
      uscc: input.uscc ?? null,
      expectedInvestmentYuan:
        input.expectedInvestmentYuan === undefined || input.expectedInvestmentYuan === null
          ? null
          : String(input.expectedInvestmentYuan),
      ownerUnitId,
      note: input.note?.trim() || null,
      createdBy: input.by,
    });
    await insertChainLeadEvent(trx, { leadId: id, from: null, to: 'lead', by: input.by, reason: null });
    const lead = (await findChainLead(trx, id))!;
    return presentChainLead(lead, [
      { id: 0, lead_id: id, from_status: null, to_status: 'lead', at: lead.created_at, by: input.by, reason: null },
    ]);
  });
}
