/** Reference data through the API: regions, reporting units, units of measure, GB/T 4754 codes, USCC checks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../harness/test-database.ts';
import {
  detailPaths,
  expectError,
  makeUscc,
  openApiFixture,
  type ApiClient,
  type ApiFixture,
  setupTimeoutMs,
  testTimeoutMs,
} from './api-test-kit.ts';

interface Name {
  zh: string;
  en: string;
}
interface Region {
  id: string;
  gbt2260Code: string | null;
  name: Name;
  level: string;
  parentId: string | null;
}
interface ReportingUnit {
  id: string;
  city: string;
  name: Name;
  kind: string;
  gbt2260Code: string | null;
  order: number;
}
interface Unit {
  code: string;
  symbol: string;
  dimension: string;
  factorToCanonical: number;
}
interface Industry {
  code: string;
  level: string;
  name: string;
  parentCode: string | null;
  section: string;
}
interface IndustryDetail extends Industry {
  edition: string;
  industrial: boolean;
  parents: Industry[];
  children: Industry[];
}
interface UsccReport {
  input: string;
  code: string;
  valid: boolean;
  reason: string | null;
  warning: string | null;
  area: string | null;
  areaName: string | null;
}

let fixture: ApiFixture;
let api: ApiClient;
beforeAll(async () => {
  fixture = await openApiFixture();
  api = fixture.api;
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

describe(`reference data API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  describe('GET /api/regions', () => {
    it("lists Zhejiang's 11 cities, and Jiaxing's counties and functional zones by parent", async () => {
      const cities = await api.get<Region[]>('/api/regions', { query: 'level=city' });
      expect(cities.status).toBe(200);
      expect(cities.body).toHaveLength(11);
      expect(cities.body.every((region) => region.level === 'city' && region.parentId === '330000')).toBe(true);
      expect(cities.body.find((region) => region.id === '330400')?.name).toEqual({ zh: '嘉兴市', en: 'Jiaxing' });

      const jiaxing = await api.get<Region[]>('/api/regions', { query: 'parent=330400' });
      expect(jiaxing.body.map((region) => `${region.level}:${region.name.zh}`)).toEqual([
        'county:南湖区',
        'county:秀洲区',
        'county:嘉善县',
        'county:海盐县',
        'county:海宁市',
        'county:平湖市',
        'county:桐乡市',
        'functional_zone:嘉兴经济技术开发区',
        'functional_zone:嘉兴港区（浙江乍浦经济开发区）',
      ]);
    });

    it('refuses an unknown level, naming the query field', async () => {
      const error = expectError(await api.get('/api/regions', { query: 'level=village' }), 400, 'validation_failed');
      expect(detailPaths(error)).toEqual(['query.level']);
    });
  });

  describe('GET /api/regions/{id}', () => {
    it.each([
      [
        '330400',
        {
          id: '330400',
          gbt2260Code: '330400',
          name: { zh: '嘉兴市', en: 'Jiaxing' },
          level: 'city',
          parentId: '330000',
        },
      ],
      [
        '330483',
        { gbt2260Code: '330483', name: { zh: '桐乡市', en: 'Tongxiang City' }, level: 'county', parentId: '330400' },
      ],
      ['jiaxing-port', { gbt2260Code: null, level: 'functional_zone', parentId: '330400' }],
      ['cn', { name: { zh: '中华人民共和国', en: "People's Republic of China" }, level: 'country', parentId: null }],
    ])('shows %s', async (id, expected) => {
      const response = await api.get<Region>('/api/regions/{id}', { params: { id } });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id, ...expected });
    });
  });

  describe('GET /api/reporting-units', () => {
    it("gives Jiaxing's 9 reporting units in order, the two functional zones last", async () => {
      const response = await api.get<ReportingUnit[]>('/api/reporting-units', { query: 'city=330400' });
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(9);
      expect(response.body.map((unit) => unit.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(response.body.every((unit) => unit.city === '330400')).toBe(true);
      expect(response.body.filter((unit) => unit.kind === 'county').map((unit) => unit.gbt2260Code)).toEqual([
        '330402',
        '330411',
        '330421',
        '330424',
        '330481',
        '330482',
        '330483',
      ]);
      expect(response.body.filter((unit) => unit.kind === 'functional_zone')).toEqual([
        expect.objectContaining({
          id: 'jiaxing-etdz',
          gbt2260Code: null,
          name: expect.objectContaining({ zh: '嘉兴经济技术开发区' }),
        }),
        expect.objectContaining({
          id: 'jiaxing-port',
          gbt2260Code: null,
          name: expect.objectContaining({ zh: '嘉兴港区（浙江乍浦经济开发区）' }),
        }),
      ]);
    });

    it('has no reporting units for a city without any, and refuses a malformed city code', async () => {
      expect((await api.get('/api/reporting-units', { query: 'city=330100' })).body).toEqual([]);
      const error = expectError(await api.get('/api/reporting-units', { query: 'city=jx' }), 400, 'validation_failed');
      expect(detailPaths(error)).toEqual(['query.city']);
    });
  });

  describe('GET /api/units', () => {
    it('gives the factors to the canonical unit of area and money', async () => {
      const response = await api.get<Unit[]>('/api/units');
      expect(response.status).toBe(200);
      const factor = (symbol: string) => response.body.find((unit) => unit.symbol === symbol)?.factorToCanonical;
      expect(factor('亩')).toBe(1);
      expect(factor('平方米')).toBeCloseTo(0.0015, 10);
      expect(factor('公顷')).toBe(15);
      expect(factor('元')).toBe(1);
      expect(factor('万元')).toBe(10_000);
      expect(factor('亿元')).toBe(100_000_000);
      expect(response.body.find((unit) => unit.symbol === '亩')).toMatchObject({ code: 'mu', dimension: 'area' });
    });
  });

  describe('GET /api/industries', () => {
    it.each([
      ['level=section', 20, ['A', 'B', 'C']],
      ['parent=17', 8, ['171', '172', '173', '174', '175', '176', '177', '178']],
      ['q=棉纺', 2, ['171', '1711']],
      ['level=class&parent=171', 3, ['1711', '1712', '1713']],
    ])('filters by %s', async (query, count, firstCodes) => {
      const response = await api.get<Industry[]>('/api/industries', { query });
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(count);
      expect(response.body.slice(0, firstCodes.length).map((industry) => industry.code)).toEqual(firstCodes);
    });

    it('pages with limit and offset', async () => {
      const first = await api.get<Industry[]>('/api/industries', { query: 'level=division&limit=5' });
      const second = await api.get<Industry[]>('/api/industries', { query: 'level=division&limit=5&offset=5' });
      expect(first.body.map((industry) => industry.code)).toEqual(['01', '02', '03', '04', '05']);
      expect(second.body).toHaveLength(5);
      expect(second.body.map((industry) => industry.code)).not.toContain('05');
    });

    it.each([
      ['limit=0', 'query.limit'],
      ['limit=1001', 'query.limit'],
      ['offset=-1', 'query.offset'],
      ['level=subclass', 'query.level'],
    ])('refuses %s', async (query, field) => {
      expect(detailPaths(expectError(await api.get('/api/industries', { query }), 400, 'validation_failed'))).toEqual([
        field,
      ]);
    });
  });

  describe('GET /api/industries/{code}', () => {
    it('shows 1711 棉纺纱加工 with its parents C, 17 and 171', async () => {
      const response = await api.get<IndustryDetail>('/api/industries/{code}', { params: { code: '1711' } });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        edition: 'GB/T 4754-2017',
        code: '1711',
        level: 'class',
        name: '棉纺纱加工',
        parentCode: '171',
        section: 'C',
        industrial: true,
        children: [],
      });
      expect(response.body.parents.map((parent) => [parent.code, parent.level, parent.name])).toEqual([
        ['C', 'section', '制造业'],
        ['17', 'division', '纺织业'],
        ['171', 'group', '棉纺织及印染精加工'],
      ]);
    });

    it('shows a section given in lower case with its 31 divisions, and a non-industrial division', async () => {
      const section = await api.get<IndustryDetail>('/api/industries/{code}', { params: { code: 'c' } });
      expect(section.body).toMatchObject({ code: 'C', level: 'section', parents: [], industrial: true });
      expect(section.body.children).toHaveLength(31);
      const retail = await api.get<IndustryDetail>('/api/industries/{code}', { params: { code: '52' } });
      expect(retail.body).toMatchObject({ code: '52', section: 'F', industrial: false });
    });

    it('refuses what is not an industry code with 400', async () => {
      expectError(await api.get('/api/industries/{code}', { params: { code: '99999' } }), 400, 'validation_failed');
      expectError(await api.get('/api/industries/{code}', { params: { code: '17a' } }), 400, 'validation_failed');
    });
  });

  describe('GET /api/uscc/check', () => {
    it('checks every code given, in order: one valid, one with a failed check character', async () => {
      const response = await api.get<UsccReport[]>('/api/uscc/check', {
        query: 'code=91350100M000100Y43&code=91350100M000100Y4Z',
      });
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(2);
      expect(response.body[0]).toMatchObject({
        code: '91350100M000100Y43',
        valid: true,
        warning: null,
        area: '350100',
      });
      expect(response.body[1]).toMatchObject({ code: '91350100M000100Y4Z', valid: true });
      expect(response.body[1]!.warning).toMatch(/'3'.*'Z'/);
    });

    it('names the Jiaxing area of a code, normalises input and explains an invalid code', async () => {
      const tongxiang = makeUscc('330483', 'MA2B3C4D');
      const query = [tongxiang.toLowerCase(), '91350100I000100Y43', '']
        .map((code) => `code=${encodeURIComponent(code)}`)
        .join('&');
      const [normalised, invalid, empty] = (await api.get<UsccReport[]>('/api/uscc/check', { query })).body;
      expect(normalised).toMatchObject({
        code: tongxiang,
        valid: true,
        warning: null,
        area: '330483',
        areaName: '桐乡市',
      });
      expect(invalid).toMatchObject({ valid: false, area: null, areaName: null });
      expect(invalid!.reason).toMatch(/position 9/);
      expect(empty).toMatchObject({ valid: false, code: '' });
    });

    it('needs at least one code', async () => {
      expect(detailPaths(expectError(await api.get('/api/uscc/check'), 400, 'validation_failed'))).toEqual([
        'query.code',
      ]);
    });
  });

  it('answered every route this file covers with a success', () => {
    expect(api.missingSuccesses('reference-api.db.test.ts')).toEqual([]);
  });
});
