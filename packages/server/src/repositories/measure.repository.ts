/** The measure catalogue as stored (loaded from core's MEASURES with the reference data). */
import type { Measure } from '@observatory/core';
import type { Queryable } from './queryable.ts';

export async function upsertMeasures(
  db: Queryable,
  measures: readonly (Measure & { canonicalUnit: string })[],
): Promise<void> {
  for (const measure of measures) {
    const values = {
      name_zh: measure.name.zh,
      name_en: measure.name.en,
      dimension: measure.dimension,
      canonical_unit: measure.canonicalUnit,
      kind: measure.kind,
      department: measure.department,
      confidential: measure.confidential,
      direction: measure.direction,
    };
    await db
      .insertInto('measure')
      .values({ code: measure.code, ...values })
      .onConflict((conflict) => conflict.column('code').doUpdateSet(values))
      .execute();
  }
}

export async function listMeasures(db: Queryable) {
  return db.selectFrom('measure').selectAll().orderBy('code').execute();
}
