/** Manual target actuals (target_actual): append-only, the latest per system, target and year wins. */
import type { Queryable } from './queryable.ts';

export async function insertTargetActual(
  db: Queryable,
  actual: { systemId: string; targetId: string; year: number; value: string; sourceText: string; recordedBy: string },
): Promise<number> {
  const { id } = await db
    .insertInto('target_actual')
    .values({
      system_id: actual.systemId,
      target_id: actual.targetId,
      year: actual.year,
      value: actual.value,
      source_text: actual.sourceText,
      recorded_by: actual.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Every recorded actual of the system's targets up to a year, newest first within a target and year. */
export async function listTargetActuals(db: Queryable, systemId: string, upToYear: number) {
  return db
    .selectFrom('target_actual')
    .selectAll()
    .where('system_id', '=', systemId)
    .where('year', '<=', upToYear)
    .orderBy('target_id')
    .orderBy('year', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
