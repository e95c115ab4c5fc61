/**
 * The re-grade requests (调档申请) of a run, oldest first, optionally of one status: pending ones wait for a second
 * person; approved and rejected ones keep who decided, when and why. Within the caller's data scope (the HTTP
 * route serves city-wide accounts only).
 */
import type { DataScope } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listEvaluationApprovals } from '../../repositories/evaluation-approval.repository.ts';
import { requireRunRecord, requireRunVisible } from './evaluation-guards.ts';
import { presentEvaluationApproval } from './present-evaluation-approval.ts';

export async function listRegradeRequests(
  db: Kysely<DatabaseSchema>,
  runId: number,
  filter: { scope: DataScope; status?: 'pending' | 'approved' | 'rejected' | undefined },
) {
  const record = await requireRunRecord(db, runId);
  requireRunVisible(record, filter.scope);
  const rows = await listEvaluationApprovals(db, {
    runId,
    kind: 'regrade',
    status: filter.status,
    scope: filter.scope,
  });
  return rows.map(presentEvaluationApproval);
}
