/**
 * Checks every evaluation use case shares: a named actor, a run that exists (with its stored run JSON when asked),
 * an enterprise in that run, and the scheme's class ids; for scoped readers, that the run is published and the
 * enterprise in their data scope. Failures are AppErrors with bilingual messages.
 */
import type { DataScope, EvaluationRun } from '@observatory/core';
import { AppError, notFound } from '../../app-error.ts';
import { assertInDataScope } from '../access/assert-in-data-scope.ts';
import {
  findEvaluationResultByUscc,
  findEvaluationRunRecord,
  findEvaluationRunWithDocument,
} from '../../repositories/evaluation.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';

/** The acting person (a session's login, or the name an admin-token call gives); trimmed, never empty. */
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

/**
 * How a read reaches the enterprise-level rows of a run: directly, or (over HTTP) through `withScopedRead`, so that
 * PostgreSQL's row-level security repeats the scope. The run's own document is read before, by the system: the
 * scoped role may not read `evaluation_run.run`, which holds every firm's figures.
 */
export type RowReader = <T>(work: (db: Queryable) => Promise<T>) => Promise<T>;

/** Reads the rows on the given database itself (the CLI, tests). */
export const directRows =
  (db: Queryable): RowReader =>
  (work) =>
    work(db);

/**
 * Which runs a caller sees: a city-wide scope every run; a unit's or an enterprise's scope only published runs (a
 * draft's classes may still change and stay with the bureau until two people approved the publication).
 */
export function requireRunVisible(record: { id: number; status: string }, scope: DataScope): void {
  if (scope.kind === 'all' || (scope.kind !== 'none' && record.status === 'published')) return;
  throw new AppError(
    'forbidden',
    `评价批次 ${record.id} 尚未发布，仅全市范围的账号可查看 (run ${record.id} is not published: city-wide accounts only)`,
  );
}

/**
 * An enterprise's result in a run, for a caller with this data scope: 403 outside the scope, and the same 403 for
 * a scoped caller when the enterprise is not in the run (a county cannot probe which other firms were evaluated).
 */
export async function requireResultInScope(db: Queryable, runId: number, uscc: string, scope: DataScope) {
  const code = uscc.trim().toUpperCase();
  const result = await findEvaluationResultByUscc(db, runId, code);
  assertInDataScope(scope, { uscc: result?.uscc ?? code, reportingUnitId: result?.reporting_unit_id ?? null });
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
