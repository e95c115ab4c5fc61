/**
 * Evaluating a data year on the stored data WITHOUT storing a run (`observatory evaluate --year`; storing one is
 * `evaluation run`): the year's input is built once from the store (build-evaluation-input.ts) and each loaded scheme
 * of that year — the one named, or every scheme id whose latest version of the year is loaded — is run by the pure
 * engine exactly as start-evaluation-run.ts runs it, so the results agree with a stored run of the same scheme.
 */
import { runEvaluation, type EvaluationRun } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findEvaluationScheme, listEvaluationSchemes } from '../../repositories/evaluation.repository.ts';
import { buildEvaluationInput } from './build-evaluation-input.ts';
import { sha256Digest } from './evaluation-digest.ts';

export interface EvaluateStoredDataInput {
  year: number;
  /** One scheme id (its latest version of the year); every scheme of the year when absent. */
  schemeId?: string | undefined;
}

/** The scheme versions to run: the named id's, or the latest of each id among the schemes of the year. */
async function schemeVersions(db: Kysely<DatabaseSchema>, input: EvaluateStoredDataInput) {
  const ofYear = (await listEvaluationSchemes(db)).filter((row) => row.year === input.year);
  const latest = new Map<string, number>();
  for (const row of ofYear)
    if (input.schemeId === undefined || row.id === input.schemeId)
      latest.set(row.id, Math.max(row.version, latest.get(row.id) ?? 0));
  if (latest.size > 0) return [...latest].sort(([a], [b]) => (a < b ? -1 : 1));
  if (input.schemeId === undefined)
    throw new AppError(
      'not_found',
      `没有载入 ${input.year} 年的评价方案；请先运行 observatory evaluation schemes (no scheme of ${input.year} is loaded; load the schemes first)`,
    );
  const other = await findEvaluationScheme(db, input.schemeId);
  throw other
    ? new AppError(
        'validation_failed',
        `评价方案 ${input.schemeId} 的数据年份是 ${other.year}，不是 ${input.year} (scheme ${input.schemeId} evaluates ${other.year}, not ${input.year})`,
      )
    : new AppError(
        'not_found',
        `未载入评价方案 ${input.schemeId}，请先载入方案 (scheme ${input.schemeId} is not loaded; load the schemes first)`,
      );
}

export async function evaluateStoredData(
  db: Kysely<DatabaseSchema>,
  input: EvaluateStoredDataInput,
): Promise<EvaluationRun[]> {
  const versions = await schemeVersions(db, input);
  const evaluationInput = await buildEvaluationInput(db, input.year);
  const runs: EvaluationRun[] = [];
  for (const [id, version] of versions) {
    const stored = (await findEvaluationScheme(db, id, version))!;
    try {
      runs.push(runEvaluation(stored.document as never, evaluationInput, { digest: sha256Digest }));
    } catch (error) {
      throw new AppError(
        'validation_failed',
        `评价方案 ${id}@${version} 无法运行 (the evaluation cannot run): ${(error as Error).message}`,
      );
    }
  }
  return runs;
}
