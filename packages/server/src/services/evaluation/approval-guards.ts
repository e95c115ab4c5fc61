/**
 * Checks the two-person approval use cases share: the request exists and is of the expected kind, it is still
 * pending, and the second person is not the one who asked (nor, for an appeal, the one who filed it).
 */
import { AppError, notFound } from '../../app-error.ts';
import { findEvaluationApproval } from '../../repositories/evaluation-approval.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';

export type ApprovalRow = NonNullable<Awaited<ReturnType<typeof findEvaluationApproval>>>;

export async function requireApproval(db: Queryable, id: number, kind: 'regrade' | 'appeal'): Promise<ApprovalRow> {
  const approval = await findEvaluationApproval(db, id);
  if (!approval || approval.kind !== kind) throw notFound(kind === 'regrade' ? '调档申请' : '改档申请', String(id));
  return approval;
}

export function requirePending(approval: ApprovalRow): void {
  if (approval.status !== 'pending')
    throw new AppError(
      'conflict',
      `申请 ${approval.id} 已处理：${approval.status} (request ${approval.id} is already ${approval.status})`,
    );
}

/** The second person must differ from the requester: 403 naming the field otherwise. */
export function requireSecondPerson(approval: ApprovalRow, person: string, field: string): void {
  if (approval.requested_by === person)
    throw new AppError(
      'forbidden',
      `须由申请人 ${person} 以外的另一人处理 (two-person rule: ${person} made this request and cannot decide it)`,
      [{ path: field, message: 'same person as requestedBy' }],
    );
}

/** 409: a change already waits for approval (`id` null when a concurrent request won the race). */
export function pendingConflict(what: string, id: number | null) {
  const label = id === null ? '' : ` ${id}`;
  return new AppError(
    'conflict',
    `${what}已有待批准的申请${label}，请先批准或驳回 (request${label} is awaiting approval: approve or reject it first)`,
  );
}
