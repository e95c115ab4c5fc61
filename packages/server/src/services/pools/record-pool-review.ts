/**
 * Records a review (复核) of a pool entry: the firm's entry in the tier (the one entered on `entryDate`, else its
 * latest entered on or before the review date), the outcome — kept (保留) or withdrawn (撤销, the entry ends from
 * the review date) — and a note; the reviewer is the acting account, never a name from the request. A unit's
 * staff review only their own unit's firms (core's authorize on the entry's unit). A withdrawn entry cannot be
 * reviewed again.
 */
import type { AccessSubject, PoolTier } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findEnterpriseByUscc } from '../../repositories/enterprise.repository.ts';
import { insertPoolReview } from '../../repositories/pool-review.repository.ts';
import { assertAuthorized } from '../access/assert-authorized.ts';
import { readPoolEntryStates } from './pool-entry-states.ts';

export interface RecordPoolReviewInput {
  uscc: string;
  tier: PoolTier;
  entryDate?: string | undefined;
  reviewedOn: string;
  outcome: 'kept' | 'withdrawn';
  note?: string | null | undefined;
  by: string;
  subject: AccessSubject;
}

export async function recordPoolReview(db: Kysely<DatabaseSchema>, input: RecordPoolReviewInput) {
  const enterprise = await findEnterpriseByUscc(db, input.uscc);
  if (!enterprise) throw new AppError('not_found', `没有企业 ${input.uscc} (no such enterprise)`);
  assertAuthorized(input.subject, 'register.write', {
    reportingUnitId: enterprise.reporting_unit_id,
    uscc: input.uscc,
  });
  const states = await readPoolEntryStates(db, {
    date: input.entryDate && input.entryDate > input.reviewedOn ? input.entryDate : input.reviewedOn,
    scope: { kind: 'all' },
    tier: input.tier,
  });
  const entry = states.find(
    (state) =>
      state.enterpriseId === enterprise.id && (input.entryDate === undefined || state.entryDate === input.entryDate),
  );
  if (!entry)
    throw new AppError('not_found', `${input.uscc} 没有该层级的入库记录 (no entry of the firm in this tier)`, [
      { path: 'body.tier', message: input.tier },
    ]);
  assertAuthorized(input.subject, 'register.write', { reportingUnitId: entry.reportingUnit, uscc: input.uscc });
  if (input.reviewedOn < entry.entryDate)
    throw new AppError('validation_failed', '复核日期早于入库日期 (review before the entry date)', [
      { path: 'body.reviewedOn', message: `${input.reviewedOn} < ${entry.entryDate}` },
    ]);
  if (entry.lastReview?.outcome === 'withdrawn')
    throw new AppError('conflict', '该入库记录已撤销，不能再复核 (the entry was withdrawn already)');
  const row = await insertPoolReview(db, {
    enterprise_id: enterprise.id,
    reporting_unit_id: entry.reportingUnit,
    tier: input.tier,
    entry_date: entry.entryDate,
    reviewed_on: input.reviewedOn,
    outcome: input.outcome,
    note: input.note?.trim() || null,
    reviewer: input.by,
  });
  return {
    id: row.id,
    uscc: input.uscc,
    tier: input.tier,
    entryDate: entry.entryDate,
    reviewedOn: row.reviewed_on,
    outcome: row.outcome,
    note: row.note,
    reviewer: row.reviewer,
    recordedAt: row.recorded_at.toISOString(),
  };
}
