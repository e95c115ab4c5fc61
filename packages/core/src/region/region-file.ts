/**
 * The shipped region list (packages/server/data/reference/regions.yaml) flattened into region rows and
 * reporting units. Functional zones get ids of their own, never a GB/T 2260 code.
 */
import { z } from 'zod';

const gbt2260 = z.string().regex(/^\d{6}$/, 'GB/T 2260 codes have 6 digits');
const countyTuple = z.tuple([gbt2260, z.string().min(1), z.string().min(1)]);

export const regionFileSchema = z.object({
  country: z.object({ id: z.string(), zh: z.string(), en: z.string() }),
  province: z.object({ code: gbt2260, zh: z.string(), en: z.string() }),
  cities: z.array(z.object({ code: gbt2260, zh: z.string(), en: z.string(), counties: z.array(countyTuple) })),
  functionalZones: z.array(
    z.object({ id: z.string().regex(/^[a-z][a-z0-9-]*$/), city: gbt2260, zh: z.string(), en: z.string() }),
  ),
  reportingUnits: z.record(gbt2260, z.array(z.string())),
});
export type RegionFile = z.infer<typeof regionFileSchema>;

export type RegionLevel = 'country' | 'province' | 'city' | 'county' | 'functional_zone';

export interface RegionRow {
  id: string;
  gbt2260Code: string | null;
  nameZh: string;
  nameEn: string;
  level: RegionLevel;
  parentId: string | null;
}

export interface ReportingUnitRow {
  id: string;
  cityRegionId: string;
  regionId: string;
  nameZh: string;
  nameEn: string;
  sortOrder: number;
}

export function flattenRegionFile(file: RegionFile): { regions: RegionRow[]; reportingUnits: ReportingUnitRow[] } {
  const { country, province } = file;
  const regions: RegionRow[] = [
    { id: country.id, gbt2260Code: null, nameZh: country.zh, nameEn: country.en, level: 'country', parentId: null },
    {
      id: province.code,
      gbt2260Code: province.code,
      nameZh: province.zh,
      nameEn: province.en,
      level: 'province',
      parentId: country.id,
    },
  ];
  for (const city of file.cities) {
    if (city.code.slice(0, 2) !== province.code.slice(0, 2)) {
      throw new Error(`城市代码 ${city.code} 不属于省 ${province.code} (city code outside the province)`);
    }
    regions.push({
      id: city.code,
      gbt2260Code: city.code,
      nameZh: city.zh,
      nameEn: city.en,
      level: 'city',
      parentId: province.code,
    });
    for (const [code, zh, en] of city.counties) {
      if (code.slice(0, 4) !== city.code.slice(0, 4)) {
        throw new Error(`区县代码 ${code} 不属于市 ${city.code} (county code ${code} outside city ${city.code})`);
      }
      regions.push({ id: code, gbt2260Code: code, nameZh: zh, nameEn: en, level: 'county', parentId: city.code });
    }
  }
  for (const zone of file.functionalZones) {
    regions.push({
      id: zone.id,
      gbt2260Code: null,
      nameZh: zone.zh,
      nameEn: zone.en,
      level: 'functional_zone',
      parentId: zone.city,
    });
  }
  const byId = new Map(regions.map((region) => [region.id, region]));
  if (byId.size !== regions.length) throw new Error('地区代码重复 (duplicate region ids)');
  const reportingUnits: ReportingUnitRow[] = [];
  for (const [cityId, unitIds] of Object.entries(file.reportingUnits)) {
    unitIds.forEach((regionId, index) => {
      const region = byId.get(regionId);
      if (!region || region.parentId !== cityId) {
        throw new Error(`报送单位 ${regionId} 不是 ${cityId} 的下级地区 (reporting unit is not part of the city)`);
      }
      reportingUnits.push({
        id: regionId,
        cityRegionId: cityId,
        regionId,
        nameZh: region.nameZh,
        nameEn: region.nameEn,
        sortOrder: index + 1,
      });
    });
  }
  return { regions, reportingUnits };
}
