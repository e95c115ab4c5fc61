import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedReferenceDir } from '../../src/data-files.ts';
import { countIndustriesByLevel } from '../../src/repositories/industry.repository.ts';
import { showIndustry } from '../../src/services/industry/show-industry.ts';
import { loadReferenceData } from '../../src/services/reference/load-reference-data.ts';
import { INDUSTRY_EDITION } from '../../src/services/reference/read-shipped-reference.ts';
import { listRegions, listReportingUnits } from '../../src/services/reference/list-regions.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

describe(`reference data on ${testEngine}`, () => {
  it('holds the complete GB/T 4754-2017 table: 20 sections, 97 divisions, 473 groups, 1381 classes', async () => {
    const counts = Object.fromEntries(
      (await countIndustriesByLevel(database.db, INDUSTRY_EDITION)).map((row) => [row.level, Number(row.count)]),
    );
    expect(counts).toEqual({ section: 20, division: 97, group: 473, class: 1381 });
  });

  it('shows a class with its parents and a division with its children', async () => {
    const cotton = await showIndustry(database.db, '1711');
    expect(cotton.name).toBe('棉纺纱加工');
    expect(cotton.parents.map((parent) => `${parent.code} ${parent.name}`)).toEqual([
      'C 制造业',
      '17 纺织业',
      '171 棉纺织及印染精加工',
    ]);
    expect(cotton.industrial).toBe(true);
    const textiles = await showIndustry(database.db, '17');
    expect(textiles.children.map((child) => child.code)).toEqual([
      '171',
      '172',
      '173',
      '174',
      '175',
      '176',
      '177',
      '178',
    ]);
    const section = await showIndustry(database.db, 'c');
    expect(section.code).toBe('C');
    expect(section.children).toHaveLength(31);
  });

  it('answers a wrong or unknown code with a clear error', async () => {
    await expect(showIndustry(database.db, '17a')).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(showIndustry(database.db, '9999')).rejects.toMatchObject({ code: 'not_found' });
  });

  it("has Zhejiang's 11 cities and 90 counties, and Jiaxing's 9 reporting units with the two zones", async () => {
    expect(await listRegions(database.db, { level: 'city' })).toHaveLength(11);
    expect(await listRegions(database.db, { level: 'county' })).toHaveLength(90);
    const units = await listReportingUnits(database.db, '330400');
    expect(units.map((unit) => unit.name.zh)).toEqual([
      '南湖区',
      '秀洲区',
      '嘉善县',
      '海盐县',
      '海宁市',
      '平湖市',
      '桐乡市',
      '嘉兴经济技术开发区',
      '嘉兴港区（浙江乍浦经济开发区）',
    ]);
    const zones = units.filter((unit) => unit.kind === 'functional_zone');
    expect(zones.map((zone) => [zone.id, zone.gbt2260Code])).toEqual([
      ['jiaxing-etdz', null],
      ['jiaxing-port', null],
    ]);
  });

  it('reloads only what changed, and a forced reload keeps every count', async () => {
    const again = await loadReferenceData(database.db);
    expect(again.map((row) => row.status)).toEqual(['current', 'current', 'current', 'current']);
    const forced = await loadReferenceData(database.db, { force: true });
    expect(forced.map((row) => row.status)).toEqual(['loaded', 'loaded', 'loaded', 'loaded']);
    expect(await listRegions(database.db, { level: 'county' })).toHaveLength(90);
  });

  it('ships the same GB/T 4754 table as shared/reference when that folder is present', () => {
    const shared = fileURLToPath(new URL('../../../../../shared/reference/gbt4754/gbt4754_2017.csv', import.meta.url));
    const shipped = readFileSync(`${shippedReferenceDir}gbt4754_2017.csv`);
    expect(createHash('sha256').update(shipped).digest('hex')).toBe(
      '1b7f4a37a15d1febac3b6588afcbb893f3c53755dfe404bea1b4bf9c8c3fadcd',
    );
    if (existsSync(shared)) expect(readFileSync(shared).equals(shipped)).toBe(true);
  });
});
