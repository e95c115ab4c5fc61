/**
 * Verifies a stored run: its stored JSON still hashes to its digest (intact), recomputing it from its stored
 * scheme and input gives the same digest (reproducible), and whether the store's data for the year have changed
 * since (the input the store gives today has another digest).
 */
import { normaliseEvaluationInput, verifyEvaluationRun as verifyRun } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { buildEvaluationInput } from './build-evaluation-input.ts';
import { digestOf, sha256Digest } from './evaluation-digest.ts';
import { requireRunDocument } from './evaluation-guards.ts';

export interface RunVerificationReport {
  runId: number;
  digest: string;
  recomputedDigest: string;
  intact: boolean;
  reproducible: boolean;
  inputDigest: string;
  currentInputDigest: string;
  inputChangedSince: boolean;
}

export async function verifyEvaluationRun(db: Kysely<DatabaseSchema>, runId: number): Promise<RunVerificationReport> {
  const { record, run } = await requireRunDocument(db, runId);
  const verification = verifyRun(run, { digest: sha256Digest });
  const currentInputDigest = digestOf(normaliseEvaluationInput(await buildEvaluationInput(db, run.year)));
  return {
    runId,
    digest: record.digest,
    recomputedDigest: verification.recomputedDigest,
    intact: verification.intact && run.digest === record.digest,
    reproducible: verification.reproducible,
    inputDigest: run.inputDigest,
    currentInputDigest,
    inputChangedSince: currentInputDigest !== run.inputDigest,
  };
}
