/**
 * The classes that count for the ledger and rectification: the final classes (调档后) of a run, and of the latest
 * published run of each earlier year of the same region (with those runs' stored JSON).
 */
import type { ClassHistoryEntry, EvaluationRun } from '@observatory/core';
import { listEvaluationResults, listLatestPublishedRunsBefore } from '../../repositories/evaluation.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';

export async function finalClassesOf(db: Queryable, runId: number): Promise<Record<string, string>> {
  const rows = await listEvaluationResults(db, runId, { kind: 'all' });
  return Object.fromEntries(
    rows.filter((row) => row.final_class !== null).map((row) => [String(row.enterprise_id), row.final_class!]),
  );
}

export async function earlierPublishedRuns(db: Queryable, run: EvaluationRun) {
  const rows = await listLatestPublishedRunsBefore(db, run.scheme.region, run.year);
  return Promise.all(
    rows.map(async (row) => ({
      runId: row.id,
      run: row.run as unknown as EvaluationRun,
      finalClasses: await finalClassesOf(db, row.id),
    })),
  );
}

export function classHistory(earlier: Awaited<ReturnType<typeof earlierPublishedRuns>>): ClassHistoryEntry[] {
  return earlier.flatMap(({ run, finalClasses }) =>
    Object.entries(finalClasses).map(([enterpriseId, classId]) => ({ enterpriseId, year: run.year, classId })),
  );
}
