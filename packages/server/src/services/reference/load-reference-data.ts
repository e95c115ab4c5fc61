/**
 * Brings the stored reference data up to the shipped version: each data set whose digest differs is
 * upserted in one transaction. Cheap when nothing changed, so it runs at every start after migrations.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findReferenceDigest, recordReferenceLoad } from '../../repositories/reference-dataset.repository.ts';
import { upsertIndustries } from '../../repositories/industry.repository.ts';
import { upsertRegions, upsertReportingUnits } from '../../repositories/region.repository.ts';
import { upsertUnitsOfMeasure } from '../../repositories/unit-of-measure.repository.ts';
import {
  INDUSTRY_EDITION,
  readShippedIndustries,
  readShippedRegions,
  readShippedUnits,
} from './read-shipped-reference.ts';

export interface ReferenceLoadResult {
  dataset: string;
  status: 'loaded' | 'current';
  rows: number;
}

export async function loadReferenceData(
  db: Kysely<DatabaseSchema>,
  options: { force?: boolean } = {},
): Promise<ReferenceLoadResult[]> {
  const regions = readShippedRegions();
  const industries = readShippedIndustries();
  const units = readShippedUnits();
  return db.transaction().execute(async (trx) => {
    const results: ReferenceLoadResult[] = [];
    const isCurrent = async (name: string, digest: string) =>
      !options.force && (await findReferenceDigest(trx, name)) === digest;

    const regionRows = regions.rows.regions.length + regions.rows.reportingUnits.length;
    if (await isCurrent(regions.name, regions.digest))
      results.push({ dataset: regions.name, status: 'current', rows: regionRows });
    else {
      await upsertRegions(trx, regions.rows.regions);
      await upsertReportingUnits(trx, regions.rows.reportingUnits);
      await recordReferenceLoad(trx, regions.name, regions.digest, regionRows);
      results.push({ dataset: regions.name, status: 'loaded', rows: regionRows });
    }

    if (await isCurrent(industries.name, industries.digest))
      results.push({ dataset: industries.name, status: 'current', rows: industries.rows.length });
    else {
      await upsertIndustries(trx, INDUSTRY_EDITION, industries.rows);
      await recordReferenceLoad(trx, industries.name, industries.digest, industries.rows.length);
      results.push({ dataset: industries.name, status: 'loaded', rows: industries.rows.length });
    }

    if (await isCurrent(units.name, units.digest))
      results.push({ dataset: units.name, status: 'current', rows: units.rows.length });
    else {
      await upsertUnitsOfMeasure(trx, units.rows);
      await recordReferenceLoad(trx, units.name, units.digest, units.rows.length);
      results.push({ dataset: units.name, status: 'loaded', rows: units.rows.length });
    }
    return results;
  });
}
