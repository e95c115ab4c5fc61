/**
 * Robustness of a stored run's classes before publication (core assessRobustness on the run's own scheme and
 * input): seeded, so the same seed gives the same report; fragile enterprises deserve a look before publishing.
 */
import { assessRobustness, type RobustnessOptions } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { requireRunDocument } from './evaluation-guards.ts';

export async function assessEvaluationRobustness(
  db: Kysely<DatabaseSchema>,
  runId: number,
  options: RobustnessOptions,
) {
  const { run } = await requireRunDocument(db, runId);
  try {
    return { runId, ...assessRobustness(run.scheme, run.input, options) };
  } catch (error) {
    if (error instanceof RangeError) throw new AppError('validation_failed', error.message);
    throw error;
  }
}
