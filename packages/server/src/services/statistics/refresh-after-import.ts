/**
 * Aggregates are maintained on import: after a committed import (or a rollback), every period whose inputs
 * changed is recomputed before the caller answers, so the dashboard and the bulletin read current figures.
 * (The import's own transaction only marks what changed, through the database's triggers, which keeps the
 * import itself fast and makes the refresh happen once after a series of files.)
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import type { ImportResult } from '../intake/import-result.ts';
import { refreshAllStatistics, type RefreshOutcome } from './refresh-statistics.ts';
import { runWarningsAfterImport } from '../warnings/run-warnings-after-import.ts';

export async function refreshAfterImport(
  db: Kysely<DatabaseSchema>,
  result: Pick<ImportResult, 'status'>,
): Promise<RefreshOutcome | null> {
  if (result.status !== 'committed') return null;
  const outcome = await refreshAllStatistics(db);
  await runWarningsAfterImport(db); // early warnings on the new figures; guarded: never fails the import
  return outcome;
}
