/**
 * The composite engine refuses some combinations only when it meets the data (a geometric mean over a zero
 * after min-max 0–100, a step naming an unknown indicator): such a CompositeError becomes a validation failure
 * naming the definition, with the engine's problems as details, instead of an internal error.
 */
import { CompositeError } from '@observatory/core';
import { AppError } from '../../app-error.ts';

export function withEngineFailures<T>(definitionId: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof CompositeError)) throw error;
    throw new AppError(
      'validation_failed',
      `指数定义 ${definitionId} 无法用于这些数据 (the index definition cannot be applied to these data): ${error.message}`,
      error.problems.map((message) => ({ path: definitionId, message })),
    );
  }
}
