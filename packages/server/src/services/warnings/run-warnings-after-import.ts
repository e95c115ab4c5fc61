/**
 * The warning run after an import (or rollback) committed: guarded so that a failure in the warnings never
 * fails the import. A failure is logged and stored as a `run_failed` event of the warning trail, where
 * `observatory warnings list` and the API report it.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { insertWarningEvent } from '../../repositories/warnings.repository.ts';
import { runWarnings, type WarningRunSummary } from './run-warnings.ts';

export const importActor = 'system:import';

export async function runWarningsAfterImport(
  db: Kysely<DatabaseSchema>,
  log: (line: string) => void = (line) => console.warn(line),
): Promise<{ ok: true; summary: WarningRunSummary } | { ok: false; error: string }> {
  try {
    return { ok: true, summary: await runWarnings(db, { actor: importActor }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`预警运行失败，导入不受影响 (warning run failed; the import stands): ${message}`);
    await insertWarningEvent(db, {
      warningId: null,
      action: 'run_failed',
      actor: importActor,
      details: { error: message },
    }).catch(() => undefined);
    return { ok: false, error: message };
  }
}
