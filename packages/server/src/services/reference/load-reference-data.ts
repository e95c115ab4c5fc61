/**
 * Brings the stored reference data up to the shipped version: each data set whose digest differs is
 * upserted, all in one transaction. Cheap when nothing changed, so it runs at every start after migrations.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { upsertIndustries } from '../../repositories/industry.repository.ts';
import { upsertMeasures } from '../../repositories/measure.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { findReferenceDigest, recordReferenceLoad } from '../../repositories/reference-dataset.repository.ts';
import { upsertRegions, upsertReportingUnits } from '../../repositories/region.repository.ts';
import { upsertUnitsOfMeasure } from '../../repositories/unit-of-measure.repository.ts';
import {
  INDUSTRY_EDITION,
  readShippedIndustries,
  readShippedMeasures,
  readShippedRegions,
  readShippedUnits,
} from './read-shipped-reference.ts';

export interface ReferenceLoadResult {
  dataset: string;
  status: 'loaded' | 'current';
  rows: number;
}

interface LoadableDataset {
  name: string;
  digest: string;
  rows: number;
  write(db: Queryable): Promise<void>;
}

function shippedDatasets(): LoadableDataset[] {
  const regions = readShippedRegions();
  const industries = readShippedIndustries();
  const units = readShippedUnits();
  const measures = readShippedMeasures();
  return [
    {
      ...regions,
      rows: regions.rows.regions.length + regions.rows.reportingUnits.length,
      write: async (db) => {
        await upsertRegions(db, regions.rows.regions);
        await upsertReportingUnits(db, regions.rows.reportingUnits);
      },
    },
    {
      ...industries,
      rows: industries.rows.length,
      write: (db) => upsertIndustries(db, INDUSTRY_EDITION, industries.rows),
    },
    { ...units, rows: units.rows.length, write: (db) => upsertUnitsOfMeasure(db, units.rows) },
    { ...measures, rows: measures.rows.length, write: (db) => upsertMeasures(db, measures.rows) },
  ];
}

export async function loadReferenceData(
  db: Kysely<DatabaseSchema>,
  options: { force?: boolean } = {},
): Promise<ReferenceLoadResult[]> {
  const datasets = shippedDatasets();
  return db.transaction().execute(async (trx) => {
    const results: ReferenceLoadResult[] = [];
    for (const dataset of datasets) {
      if (!options.force && (await findReferenceDigest(trx, dataset.name)) === dataset.digest) {
        results.push({ dataset: dataset.name, status: 'current', rows: dataset.rows });
        continue;
      }
      await dataset.write(trx);
      await recordReferenceLoad(trx, dataset.name, dataset.digest, dataset.rows);
      results.push({ dataset: dataset.name, status: 'loaded', rows: dataset.rows });
    }
    return results;
  });
}
