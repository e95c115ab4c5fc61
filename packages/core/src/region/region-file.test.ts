import { describe, expect, it } from 'vitest';
import { flattenRegionFile, regionFileSchema } from './region-file.ts';

const base = {
  country: { id: 'cn', zh: '中华人民共和国', en: 'China' },
  province: { code: '330000', zh: '浙江省', en: 'Zhejiang' },
  cities: [
    {
      code: '330400',
      zh: '嘉兴市',
      en: 'Jiaxing',
      counties: [
        ['330402', '南湖区', 'Nanhu'],
        ['330483', '桐乡市', 'Tongxiang'],
      ],
    },
  ],
  functionalZones: [{ id: 'jiaxing-port', city: '330400', zh: '嘉兴港区', en: 'Jiaxing Port Area' }],
  reportingUnits: { '330400': ['330402', '330483', 'jiaxing-port'] },
};

describe('flattenRegionFile', () => {
  it('flattens the hierarchy and keeps zones without a GB/T 2260 code', () => {
    const { regions, reportingUnits } = flattenRegionFile(regionFileSchema.parse(base));
    expect(regions.map((region) => [region.id, region.level, region.parentId])).toEqual([
      ['cn', 'country', null],
      ['330000', 'province', 'cn'],
      ['330400', 'city', '330000'],
      ['330402', 'county', '330400'],
      ['330483', 'county', '330400'],
      ['jiaxing-port', 'functional_zone', '330400'],
    ]);
    expect(regions.find((region) => region.id === 'jiaxing-port')?.gbt2260Code).toBeNull();
    expect(reportingUnits.map((unit) => [unit.id, unit.sortOrder])).toEqual([
      ['330402', 1],
      ['330483', 2],
      ['jiaxing-port', 3],
    ]);
  });

  it.each([
    [
      'a county outside its city',
      { cities: [{ ...base.cities[0], counties: [['330502', '吴兴区', 'Wuxing']] }], reportingUnits: {} },
      /outside city/,
    ],
    ['a reporting unit that is not in the city', { reportingUnits: { '330400': ['330000'] } }, /not part of the city/],
  ])('refuses %s', (_name, patch, message) => {
    expect(() => flattenRegionFile(regionFileSchema.parse({ ...base, ...patch }))).toThrow(message);
  });

  it('refuses a made-up zone code that looks like GB/T 2260 in the schema', () => {
    expect(
      regionFileSchema.safeParse({ ...base, functionalZones: [{ id: '330499', city: '330400', zh: 'x', en: 'x' }] })
        .success,
    ).toBe(false);
  });
});
