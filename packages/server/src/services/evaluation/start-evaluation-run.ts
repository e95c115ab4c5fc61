/**
 * Starts an evaluation run (draft): the stored scheme (its latest version unless one is named) is run by the
 * pure engine on the input built from the store for the scheme's data year; the whole run (scheme, input,
 * baselines, results) is stored with its SHA-256 digests, one result row per enterprise with its initial class
 * (the final class starts equal to it), and a run_created event.
 */
import { runEvaluation, type EvaluationRun } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { transactionRenewingStatistics } from '../../db/table-statistics.ts';
import {
  findEvaluationScheme,
  insertEvaluationEvent,
  insertEvaluationResults,
  insertEvaluationRun,
} from '../../repositories/evaluation.repository.ts';
import { buildEvaluationInput } from './build-evaluation-input.ts';
import { sha256Digest } from './evaluation-digest.ts';
import { requireActor } from './evaluation-guards.ts';

export interface StartRunInput {
  schemeId: string;
  schemeVersion?: number | undefined;
  createdBy: string;
}

export interface StartedRun {
  runId: number;
  run: EvaluationRun;
}

export async function startEvaluationRun(db: Kysely<DatabaseSchema>, input: StartRunInput): Promise<StartedRun> {
  const createdBy = requireActor(input.createdBy, 'createdBy');
  const stored = await findEvaluationScheme(db, input.schemeId, input.schemeVersion);
  if (!stored)
    throw new AppError(
      'not_found',
      `未载入评价方案 ${input.schemeId}${input.schemeVersion ? ` 第 ${input.schemeVersion} 版` : ''}，请先载入方案 (scheme ${input.schemeId} is not loaded; load the schemes first)`,
    );
  const evaluationInput = await buildEvaluationInput(db, stored.year);
  let run: EvaluationRun;
  try {
    run = runEvaluation(stored.document as never, evaluationInput, { digest: sha256Digest });
  } catch (error) {
    throw new AppError('validation_failed', `评价无法运行 (the evaluation cannot run): ${(error as Error).message}`);
  }
  const runId = await transactionRenewingStatistics(db, async (trx) => {
    const id = await insertEvaluationRun(trx, {
      schemeId: run.schemeId,
      schemeVersion: run.schemeVersion,
      year: run.year,
      region: run.scheme.region,
      digest: run.digest,
      schemeDigest: run.schemeDigest,
      inputDigest: run.inputDigest,
      run,
      createdBy,
    });
    await insertEvaluationResults(
      trx,
      run.results.map((result) => ({
        runId: id,
        enterpriseId: Number(result.enterpriseId),
        reportingUnitId: result.reportingUnitId,
        unitId: result.unitId,
        groupId: result.groupId,
        status: result.status,
        total: result.total,
        rank: result.rank,
        percentile: result.positionShare,
        initialClass: result.initialClass,
        reason: result.reason && { code: result.reason.code, zh: result.reason.text.zh, en: result.reason.text.en },
      })),
    );
    await insertEvaluationEvent(trx, {
      runId: id,
      schemeId: run.schemeId,
      action: 'run_created',
      actor: createdBy,
      details: {
        schemeVersion: run.schemeVersion,
        year: run.year,
        digest: run.digest,
        inputDigest: run.inputDigest,
        enterprises: run.results.length,
        issues: run.issues,
      },
    });
    return id;
  });
  return { runId, run };
}
