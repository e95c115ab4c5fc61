/**
 * Rectification candidates (整治对象) of a run (core findRectificationCandidates): its own final classes and the
 * latest published runs of earlier years of the same region for the "tax per 亩 under the floor N years" test.
 * Without a run id, the latest published run.
 */
import { findRectificationCandidates } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listEvaluationRunRecords } from '../../repositories/evaluation.repository.ts';
import { earlierPublishedRuns, finalClassesOf } from './class-history.ts';
import { requireRunDocument } from './evaluation-guards.ts';

export async function findEvaluationCandidates(db: Kysely<DatabaseSchema>, runId?: number) {
  let id = runId;
  if (id === undefined) {
    const [latest] = await listEvaluationRunRecords(db, { status: 'published' });
    if (!latest) throw new AppError('not_found', '还没有已发布的评价批次 (no published run yet)');
    id = latest.id;
  }
  const { run } = await requireRunDocument(db, id);
  const [finalClasses, earlier] = await Promise.all([finalClassesOf(db, id), earlierPublishedRuns(db, run)]);
  const candidates = findRectificationCandidates([run, ...earlier.map((e) => e.run)], {
    [run.year]: finalClasses,
    ...Object.fromEntries(earlier.map((e) => [e.run.year, e.finalClasses])),
  });
  return { runId: id, year: run.year, years: [run.year, ...earlier.map((e) => e.run.year)], candidates };
}
