/**
 * The differentiated-policy ledger (差别化政策台账) of a run: per enterprise what its final class brings (core
 * buildPolicyLedger, consecutive years from the published runs of earlier years of the same region) and the
 * city totals per lever kind (core summarisePolicyLedger).
 */
import { buildPolicyLedger, summarisePolicyLedger } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { classHistory, earlierPublishedRuns, finalClassesOf } from './class-history.ts';
import { requireRunDocument } from './evaluation-guards.ts';

export async function buildEvaluationLedger(db: Kysely<DatabaseSchema>, runId: number) {
  const { record, run } = await requireRunDocument(db, runId);
  const [finalClasses, earlier] = await Promise.all([finalClassesOf(db, runId), earlierPublishedRuns(db, run)]);
  const entries = buildPolicyLedger(run, { history: classHistory(earlier), finalClasses });
  return {
    runId,
    year: run.year,
    status: record.status,
    historyRuns: earlier.map((e) => ({ runId: e.runId, year: e.run.year })),
    entries,
    totals: summarisePolicyLedger(entries, run.year),
  };
}
