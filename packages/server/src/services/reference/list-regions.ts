/** Regions, reporting units and units of measure as callers see them. */
import type { Kysely } from 'kysely';
import { notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findRegion,
  listRegions as queryRegions,
  listReportingUnits as queryUnits,
  type RegionFilter,
} from '../../repositories/region.repository.ts';
import { listUnitsOfMeasure } from '../../repositories/unit-of-measure.repository.ts';

type RegionRecord = Awaited<ReturnType<typeof queryRegions>>[number];

const toRegionView = (row: RegionRecord) => ({
  id: row.id,
  gbt2260Code: row.gbt2260_code,
  name: { zh: row.name_zh, en: row.name_en },
  level: row.level,
  parentId: row.parent_id,
});

export async function listRegions(db: Kysely<DatabaseSchema>, filter: RegionFilter) {
  return (await queryRegions(db, filter)).map(toRegionView);
}

export async function getRegion(db: Kysely<DatabaseSchema>, id: string) {
  const row = await findRegion(db, id);
  if (!row) throw notFound('地区', id);
  return toRegionView(row);
}

export async function listReportingUnits(db: Kysely<DatabaseSchema>, cityRegionId?: string) {
  const rows = await queryUnits(db, cityRegionId);
  return rows.map((row) => ({
    id: row.id,
    city: row.city_region_id,
    name: { zh: row.name_zh, en: row.name_en },
    kind: row.level === 'functional_zone' ? 'functional_zone' : 'county',
    gbt2260Code: row.gbt2260_code,
    order: row.sort_order,
  }));
}

export async function listUnits(db: Kysely<DatabaseSchema>) {
  const rows = await listUnitsOfMeasure(db);
  return rows.map((row) => ({
    code: row.code,
    name: { zh: row.name_zh, en: row.name_en },
    symbol: row.symbol,
    dimension: row.dimension,
    factorToCanonical: Number(row.factor_to_canonical),
  }));
}
