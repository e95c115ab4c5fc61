/**
 * Manual target actuals as the targets service reads them: for each target, the latest entry (by id) for each year
 * — later entries replace earlier ones, nothing is deleted — and the one to show as of a year: the latest year at
 * or before it.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listTargetActuals } from '../../repositories/target-actual.repository.ts';

export interface ManualActual {
  year: number;
  value: number;
  sourceText: string;
  recordedBy: string;
  recordedAt: string;
}

/** target id → year → the entry in force (latest recorded). */
export async function readManualActuals(
  db: Kysely<DatabaseSchema>,
  systemId: string,
  upToYear: number,
): Promise<Map<string, Map<number, ManualActual>>> {
  const byTarget = new Map<string, Map<number, ManualActual>>();
  for (const row of await listTargetActuals(db, systemId, upToYear)) {
    const years = byTarget.get(row.target_id) ?? new Map<number, ManualActual>();
    if (!years.has(row.year))
      years.set(row.year, {
        year: row.year,
        value: Number(row.value),
        sourceText: row.source_text,
        recordedBy: row.recorded_by,
        recordedAt: row.recorded_at.toISOString(),
      });
    byTarget.set(row.target_id, years);
  }
  return byTarget;
}

/** The entry to show as of a year (the latest year at or before it), and the one of the year before that. */
export function manualActualAsOf(years: Map<number, ManualActual> | undefined, asOfYear: number) {
  if (!years) return { current: null, previous: null };
  const sorted = [...years.keys()].filter((year) => year <= asOfYear).sort((a, b) => b - a);
  const current = sorted[0] === undefined ? null : years.get(sorted[0])!;
  const previous = current === null ? null : (years.get(current.year - 1) ?? null);
  return { current, previous };
}
