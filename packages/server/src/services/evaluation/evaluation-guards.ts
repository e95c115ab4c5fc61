/**
 * Checks every evaluation use case shares: a named actor, a run that exists (with its stored run JSON when asked),
 * an enterprise in that run, and the scheme's class ids. Failures are AppErrors with bilingual messages.
 */
import type { EvaluationRun } from '@observatory/core';
import { AppError, notFound } from '../../app-error.ts';
import {
  findEvaluationResultByUscc,
  findEvaluationRunRecord,
  findEvaluationRunWithDocument,
} from '../../repositories/evaluation.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';

/** A person's name (until accounts exist, actors are strings); trimmed, never empty. */
export function requireActor(actor: string, field: string): string {
  const name = actor.trim();
  if (name === '')
    throw new AppError('validation_failed', `必须注明${field} (${field} is required)`, [
      { path: field, message: 'empty' },
    ]);
  return name;
}

export function requireText(text: string, field: string, what: string): string {
  const value = text.trim();
  if (value === '')
    throw new AppError('validation_failed', `必须填写${what} (${field} is required)`, [
      { path: field, message: 'empty' },
    ]);
  return value;
}

export async function requireRunRecord(db: Queryable, runId: number) {
  const record = await findEvaluationRunRecord(db, runId);
  if (!record) throw notFound('评价批次', String(runId));
  return record;
}

export async function requireRunDocument(db: Queryable, runId: number) {
  const record = await findEvaluationRunWithDocument(db, runId);
  if (!record) throw notFound('评价批次', String(runId));
  return { record, run: record.run as unknown as EvaluationRun };
}

export async function requireResult(db: Queryable, runId: number, uscc: string) {
  const result = await findEvaluationResultByUscc(db, runId, uscc.trim().toUpperCase());
  if (!result)
    throw new AppError('not_found', `评价批次 ${runId} 中没有企业 ${uscc} (enterprise ${uscc} is not in run ${runId})`);
  return result;
}

export function requireClass(run: EvaluationRun, classId: string, field: string): string {
  if (!run.scheme.classes.some((c) => c.id === classId))
    throw new AppError(
      'validation_failed',
      `等级 ${classId} 不是方案 ${run.schemeId} 的等级 (class ${classId} is not one of the scheme's: ${run.scheme.classes.map((c) => c.id).join(', ')})`,
      [{ path: field, message: 'unknown class' }],
    );
  return classId;
}

export function requireStatus(record: { id: number; status: string }, allowed: readonly string[], action: string) {
  if (!allowed.includes(record.status))
    throw new AppError(
      'conflict',
      `评价批次 ${record.id} 状态为 ${record.status}，不能${action} (run ${record.id} is ${record.status}; allowed: ${allowed.join(', ')})`,
    );
}
