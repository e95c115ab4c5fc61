/**
 * Reads the reference data shipped with the product: regions (regions.yaml), the GB/T 4754-2017 table
 * (gbt4754_2017.csv) and the units catalogue (from core). Each set comes with a content digest, so a
 * load can tell whether the stored copy is current.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  checkIndustryTable,
  factorValue,
  flattenRegionFile,
  industryLevelOf,
  regionFileSchema,
  CANONICAL_UNITS,
  MEASURES,
  UNITS,
  type IndustryRow,
  type Measure,
  type RegionRow,
  type ReportingUnitRow,
} from '@observatory/core';
import { shippedReferenceDir } from '../../data-files.ts';
import { parseCsvRecords } from '../../readers/parse-csv-text.ts';
import type { UnitOfMeasureRow } from '../../repositories/unit-of-measure.repository.ts';

export const INDUSTRY_EDITION = 'GB/T 4754-2017';

export class ReferenceDataError extends Error {
  override name = 'ReferenceDataError';
}

export interface ShippedDataset<T> {
  name: string;
  digest: string;
  rows: T;
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex');

export function readShippedRegions(
  dir = shippedReferenceDir,
): ShippedDataset<{ regions: RegionRow[]; reportingUnits: ReportingUnitRow[] }> {
  const text = readFileSync(join(dir, 'regions.yaml'), 'utf8');
  const parsed = regionFileSchema.safeParse(parseYaml(text));
  if (!parsed.success) throw new ReferenceDataError(`regions.yaml 格式错误 (invalid): ${parsed.error.message}`);
  return { name: 'regions', digest: digestOf(text), rows: flattenRegionFile(parsed.data) };
}

export function readShippedIndustries(dir = shippedReferenceDir): ShippedDataset<IndustryRow[]> {
  const text = readFileSync(join(dir, 'gbt4754_2017.csv'), 'utf8');
  const rows = parseCsvRecords(text).map((record, index): IndustryRow => {
    const level = industryLevelOf(record.code ?? '');
    if (!level || level !== record.level) {
      throw new ReferenceDataError(
        `gbt4754_2017.csv 第 ${index + 2} 行代码 "${record.code}" 与层级 "${record.level}" 不符`,
      );
    }
    return {
      code: record.code!,
      level,
      name: record.name!,
      parentCode: record.parent_code || null,
      section: record.section!,
    };
  });
  const problems = checkIndustryTable(rows);
  if (problems.length > 0) throw new ReferenceDataError(`gbt4754_2017.csv: ${problems.slice(0, 5).join('; ')}`);
  return { name: INDUSTRY_EDITION, digest: digestOf(text), rows };
}

export function readShippedUnits(): ShippedDataset<UnitOfMeasureRow[]> {
  const rows = UNITS.map((unit) => ({
    code: unit.code,
    nameZh: unit.name.zh,
    nameEn: unit.name.en,
    symbol: unit.symbol,
    dimension: unit.dimension,
    factorToCanonical: String(factorValue(unit.factor)),
  }));
  return { name: 'units', digest: digestOf(JSON.stringify(rows)), rows };
}

export function readShippedMeasures(): ShippedDataset<(Measure & { canonicalUnit: string })[]> {
  const rows = MEASURES.map((measure) => ({ ...measure, canonicalUnit: CANONICAL_UNITS[measure.dimension] }));
  return { name: 'measures', digest: digestOf(JSON.stringify(rows)), rows };
}
