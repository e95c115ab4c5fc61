/** Regions (GB/T 2260 and functional zones) and the reporting units of a city. */
import type { RegionRow, ReportingUnitRow } from '@observatory/core';
import type { Queryable } from './queryable.ts';

export async function upsertRegions(db: Queryable, regions: readonly RegionRow[]): Promise<void> {
  // Parents come before children in the list, so the self-reference holds row by row.
  for (const region of regions) {
    const values = {
      gbt2260_code: region.gbt2260Code,
      name_zh: region.nameZh,
      name_en: region.nameEn,
      level: region.level,
      parent_id: region.parentId,
    };
    await db
      .insertInto('region')
      .values({ id: region.id, ...values })
      .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
      .execute();
  }
}

export async function upsertReportingUnits(db: Queryable, units: readonly ReportingUnitRow[]): Promise<void> {
  for (const unit of units) {
    const values = {
      city_region_id: unit.cityRegionId,
      region_id: unit.regionId,
      name_zh: unit.nameZh,
      name_en: unit.nameEn,
      sort_order: unit.sortOrder,
    };
    await db
      .insertInto('reporting_unit')
      .values({ id: unit.id, ...values })
      .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
      .execute();
  }
}

export interface RegionFilter {
  level?: string | undefined;
  parentId?: string | undefined;
}

export async function listRegions(db: Queryable, filter: RegionFilter = {}) {
  let query = db.selectFrom('region').selectAll().orderBy('id');
  if (filter.level) query = query.where('level', '=', filter.level);
  if (filter.parentId) query = query.where('parent_id', '=', filter.parentId);
  return query.execute();
}

export async function findRegion(db: Queryable, id: string) {
  return db.selectFrom('region').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listRegionIds(db: Queryable): Promise<Set<string>> {
  const rows = await db.selectFrom('region').select('id').execute();
  return new Set(rows.map((row) => row.id));
}

export async function listReportingUnits(db: Queryable, cityRegionId?: string) {
  let query = db
    .selectFrom('reporting_unit')
    .innerJoin('region', 'region.id', 'reporting_unit.region_id')
    .select([
      'reporting_unit.id',
      'reporting_unit.city_region_id',
      'reporting_unit.name_zh',
      'reporting_unit.name_en',
      'reporting_unit.sort_order',
      'region.level',
      'region.gbt2260_code',
    ])
    .orderBy('reporting_unit.city_region_id')
    .orderBy('reporting_unit.sort_order');
  if (cityRegionId) query = query.where('reporting_unit.city_region_id', '=', cityRegionId);
  return query.execute();
}

export async function findReportingUnit(db: Queryable, id: string) {
  return db.selectFrom('reporting_unit').selectAll().where('id', '=', id).executeTakeFirst();
}
