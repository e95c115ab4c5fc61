/** Assessment targets of the rectification work (rectification_target): rows are added, the latest per unit counts. */
import type { Queryable } from './queryable.ts';

export interface NewRectificationTarget {
  year: number;
  unitId: string;
  closedCases: number | null;
  landMu: number | null;
  energyTce: number | null;
  setBy: string;
}

export async function insertRectificationTarget(db: Queryable, target: NewRectificationTarget): Promise<void> {
  await db
    .insertInto('rectification_target')
    .values({
      year: target.year,
      unit_id: target.unitId,
      closed_cases: target.closedCases,
      land_mu: target.landMu,
      energy_tce: target.energyTce,
      set_by: target.setBy,
    })
    .execute();
}

/** The latest target row of each unit for the year. */
export async function listRectificationTargets(db: Queryable, year: number) {
  return db
    .selectFrom('rectification_target')
    .selectAll()
    .distinctOn('unit_id')
    .where('year', '=', year)
    .orderBy('unit_id')
    .orderBy('id', 'desc')
    .execute();
}
