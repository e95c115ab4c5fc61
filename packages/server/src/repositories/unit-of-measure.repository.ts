/** Units of measure and their exact factors to the canonical unit of their dimension. */
import type { Queryable } from './queryable.ts';

export interface UnitOfMeasureRow {
  code: string;
  nameZh: string;
  nameEn: string;
  symbol: string;
  dimension: string;
  factorToCanonical: string;
}

export async function upsertUnitsOfMeasure(db: Queryable, units: readonly UnitOfMeasureRow[]): Promise<void> {
  for (const unit of units) {
    const values = {
      name_zh: unit.nameZh,
      name_en: unit.nameEn,
      symbol: unit.symbol,
      dimension: unit.dimension,
      factor_to_canonical: unit.factorToCanonical,
    };
    await db
      .insertInto('unit_of_measure')
      .values({ code: unit.code, ...values })
      .onConflict((conflict) => conflict.column('code').doUpdateSet(values))
      .execute();
  }
}

export async function listUnitsOfMeasure(db: Queryable) {
  return db.selectFrom('unit_of_measure').selectAll().orderBy('dimension').orderBy('factor_to_canonical').execute();
}
