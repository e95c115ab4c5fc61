/**
 * Enterprises through the API: registration by USCC, yearly attributes and the cluster each system derives
 * from them, manual overrides, land parcels in any area unit, and the filtered list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { getEnterprise } from '../../src/services/enterprise/get-enterprise.ts';
import type { listEnterprises } from '../../src/services/enterprise/list-enterprises.ts';
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

type Enterprise = Awaited<ReturnType<typeof getEnterprise>>;
type EnterpriseSummary = Awaited<ReturnType<typeof listEnterprises>>[number];
interface YearBody {
  industryCode: string | null;
  aboveScale: boolean | null;
  inProduction: boolean | null;
  reportingUnit?: string;
}

let fixture: ApiFixture;
let api: ApiClient;
beforeAll(async () => {
  fixture = await openApiFixture();
  api = fixture.api;
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

const register = async (uscc: string, name: string, reportingUnit: string, extra: Record<string, string> = {}) => {
  const response = await api.post<{ id: number; uscc: string; warning: string | null }>('/api/enterprises', {
    body: { uscc, name, reportingUnit, ...extra },
  });
  expect(response.status, response.text).toBe(201);
  return response.body;
};

const putYear = async (uscc: string, year: number, body: YearBody) => {
  const response = await api.put('/api/enterprises/{uscc}/years/{year}', { params: { uscc, year }, body });
  expect(response.status, response.text).toBe(200);
  expect(response.body).toEqual({ ok: true });
};

const show = async (uscc: string, year?: number) => {
  const response = await api.get<Enterprise>('/api/enterprises/{uscc}', {
    params: { uscc },
    ...(year === undefined ? {} : { query: `year=${year}` }),
  });
  expect(response.status, response.text).toBe(200);
  return response.body;
};

const clusterIn = (enterprise: Enterprise, systemId: string) =>
  enterprise.clusters.find((assignment) => assignment.systemId === systemId);

const addParcel = (uscc: string, body: Record<string, unknown>) =>
  api.post<{ id: number }>('/api/enterprises/{uscc}/land-parcels', { params: { uscc }, body });

const list = async (query: string) => {
  const response = await api.get<EnterpriseSummary[]>('/api/enterprises', { query });
  expect(response.status, response.text).toBe(200);
  return response.body;
};

describe(`enterprise API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  describe('POST /api/enterprises', () => {
    it('registers an enterprise, shows it, and refuses to register it twice', async () => {
      const created = await register('91350100M000100Y43', '桐乡示例纺织有限公司', '330483');
      expect(created).toMatchObject({ uscc: '91350100M000100Y43', warning: null });
      expect(created.id).toBeGreaterThan(0);
      const enterprise = await show('91350100M000100Y43');
      expect(enterprise).toMatchObject({
        uscc: '91350100M000100Y43',
        name: '桐乡示例纺织有限公司',
        reportingUnit: '330483',
        usccWarning: null,
        usccConfirmedBy: null,
        years: [],
      });
      expect(enterprise.nameHistory).toEqual([
        { name: '桐乡示例纺织有限公司', validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
      ]);
      for (const uscc of ['91350100M000100Y43', ' 91350100m000100y43 ']) {
        const again = await api.post('/api/enterprises', { body: { uscc, name: '另一名称', reportingUnit: '330402' } });
        expect(expectError(again, 409, 'conflict').message).toContain('91350100M000100Y43');
      }
      expect((await show('91350100M000100Y43')).name).toBe('桐乡示例纺织有限公司');
    });

    it('stores the date from which the name holds, and finds the enterprise by a lower-case code', async () => {
      const uscc = makeUscc('330402', 'MA2NH001');
      await register(uscc, '  南湖示例电子有限公司 ', '330402', { nameValidFrom: '2019-03-01' });
      expect((await show(uscc.toLowerCase())).nameHistory).toEqual([
        { name: '南湖示例电子有限公司', validFrom: '2019-03-01' },
      ]);
    });

    it('records a new name from a date on, keeping the name history', async () => {
      const uscc = makeUscc('330402', 'MA2NH002');
      await register(uscc, '嘉兴示例纺织有限公司', '330402', { nameValidFrom: '2018-05-01' });
      const rename = (name: string, validFrom: string) =>
        api.post('/api/enterprises/{uscc}/names', { params: { uscc }, body: { name, validFrom } });
      const renamed = await rename('嘉兴示例新材料股份有限公司', '2024-01-01');
      expect(renamed.status, renamed.text).toBe(201);
      expect(renamed.body).toEqual({ ok: true });
      const enterprise = await show(uscc);
      expect(enterprise.name).toBe('嘉兴示例新材料股份有限公司');
      expect(enterprise.nameHistory).toEqual([
        { name: '嘉兴示例纺织有限公司', validFrom: '2018-05-01' },
        { name: '嘉兴示例新材料股份有限公司', validFrom: '2024-01-01' },
      ]);
      expect((await list(`q=${uscc}`)).map((row) => row.name)).toEqual(['嘉兴示例新材料股份有限公司']);
      expect(detailPaths(expectError(await rename('某公司', '2024-02-30'), 400, 'validation_failed'))).toEqual([
        'body.validFrom',
      ]);
      expect(detailPaths(expectError(await rename('  ', '2024-03-01'), 400, 'validation_failed'))).toEqual(['name']);
      const unknown = makeUscc('330402', 'MA2NH404');
      const missing = await api.post('/api/enterprises/{uscc}/names', {
        params: { uscc: unknown },
        body: { name: '某公司', validFrom: '2024-03-01' },
      });
      expectError(missing, 404, 'not_found');
    });

    it('refuses a code whose check character fails unless someone confirms it', async () => {
      const response = await api.post('/api/enterprises', {
        body: { uscc: '91350100M000100Y4Z', name: '待确认企业', reportingUnit: '330402' },
      });
      const error = expectError(response, 400, 'validation_failed');
      expect(detailPaths(error)).toEqual(['confirmWarningBy']);
      expect(error.message).toMatch(/'3'.*'Z'/);
      expectError(
        await api.get('/api/enterprises/{uscc}', { params: { uscc: '91350100M000100Y4Z' } }),
        404,
        'not_found',
      );
    });

    it('registers such a code once someone confirms it, keeping the warning', async () => {
      const created = await register('91350100M000100Y4Z', '待确认企业', '330402', {
        confirmWarningBy: '市经信局 张三',
      });
      expect(created.warning).toMatch(/'3'.*'Z'/);
      const enterprise = await show('91350100M000100Y4Z');
      expect(enterprise.usccWarning).toMatch(/'3'.*'Z'/);
      expect(enterprise.usccConfirmedBy).toBe('市经信局 张三');
    });

    it.each([
      ['a code of the wrong length', { uscc: '9135010000' }, 400, 'validation_failed', ['uscc']],
      ['a code with the letter I inside', { uscc: '91350100I000100Y43' }, 400, 'validation_failed', ['uscc']],
      ['a blank name', { name: '   ' }, 400, 'validation_failed', ['name']],
      ['a malformed name date', { nameValidFrom: '2023/01/01' }, 400, 'validation_failed', ['body.nameValidFrom']],
      [
        'a name date that does not exist',
        { nameValidFrom: '2023-02-29' },
        400,
        'validation_failed',
        ['body.nameValidFrom'],
      ],
      ['an unknown reporting unit', { reportingUnit: '330100' }, 404, 'not_found', []],
    ])('refuses %s', async (_what, change, status, code, fields) => {
      const body = {
        uscc: makeUscc('330421', 'MA2JT999'),
        name: '嘉善示例有限公司',
        reportingUnit: '330421',
        ...change,
      };
      expect(detailPaths(expectError(await api.post('/api/enterprises', { body }), status, code))).toEqual(fields);
    });
  });

  describe('yearly attributes, cluster assignment and overrides', () => {
    const uscc = makeUscc('330483', 'MA2TX001');
    beforeAll(async () => {
      await register(uscc, '桐乡示例棉纺有限公司', '330483');
    });

    it('derives the cluster of each system from the industry class of the year', async () => {
      await putYear(uscc, 2023, { industryCode: '1711', aboveScale: true, inProduction: true });
      const in2023 = await show(uscc, 2023);
      expect(in2023.years).toEqual([
        { year: 2023, reportingUnit: '330483', industryCode: '1711', aboveScale: true, inProduction: true },
      ]);
      // 17 纺织业 is listed in full by 现代纺织 and by its sub-direction 高端纺织: the most specific one is taken.
      expect(clusterIn(in2023, 'wuda')).toMatchObject({
        year: 2023,
        industryCode: '1711',
        basis: 'catalogue',
        clusterId: 'wuda-textile-high-end',
        matchedPrefix: '17',
        override: null,
      });
      expect(clusterIn(in2023, 'sanda')).toMatchObject({ basis: 'catalogue', clusterId: 'sanda-textile-apparel' });
      expect(clusterIn(in2023, 'zhejiang-415x')).toMatchObject({
        basis: 'catalogue',
        clusterId: 'zj415x-textile-apparel',
      });
      // The national catalogue holds from 2024 on.
      expect(clusterIn(in2023, 'national-advanced-manufacturing')).toMatchObject({
        basis: 'unassigned',
        clusterId: null,
      });

      await putYear(uscc, 2024, { industryCode: '1711', aboveScale: true, inProduction: true });
      expect(clusterIn(await show(uscc, 2024), 'national-advanced-manufacturing')).toMatchObject({
        basis: 'catalogue',
        clusterId: 'national-hangzhou-bay-textile-apparel',
      });
      expect(clusterIn(await show(uscc, 2022), 'wuda')).toMatchObject({ industryCode: null, basis: 'unassigned' });
    });

    it('replaces the attributes of a year, and leaves ambiguous classes for review', async () => {
      const other = makeUscc('330411', 'MA2PW001');
      await register(other, '秀洲示例光伏有限公司', '330411');
      await putYear(other, 2023, { industryCode: '3825', aboveScale: false, inProduction: true });
      await putYear(other, 2023, {
        industryCode: '3825',
        aboveScale: true,
        inProduction: null,
        reportingUnit: '330402',
      });
      const enterprise = await show(other, 2023);
      expect(enterprise.years).toEqual([
        { year: 2023, reportingUnit: '330402', industryCode: '3825', aboveScale: true, inProduction: null },
      ]);
      expect(clusterIn(enterprise, 'zhejiang-415x')).toMatchObject({
        basis: 'needs_review',
        clusterId: null,
        candidates: [
          { clusterId: 'zj415x-smart-pv', matchedPrefix: '3825' },
          { clusterId: 'zj415x-nova-xiuzhou-pv-new-energy', matchedPrefix: '3825' },
        ],
      });
    });

    it.each<[string, number, Partial<YearBody>, string[]]>([
      ['a division instead of a class', 2023, { industryCode: '17' }, ['industryCode']],
      ['a class not in GB/T 4754', 2023, { industryCode: '1799' }, ['industryCode']],
      ['a year before 1990', 1989, { industryCode: '1711' }, ['params.year']],
      ['a missing flag', 2023, { industryCode: '1711', aboveScale: undefined }, ['body.aboveScale']],
    ])('refuses %s', async (_what, year, change, fields) => {
      const body = { industryCode: null, aboveScale: true, inProduction: true, ...change };
      const response = await api.put('/api/enterprises/{uscc}/years/{year}', { params: { uscc, year }, body });
      expect(detailPaths(expectError(response, 400, 'validation_failed'))).toEqual(fields);
    });

    // BUG: services/enterprise/record-enterprise-year.ts:35 writes reportingUnitId without checking it; an
    // unknown reporting unit violates the foreign key and the API answers 500. Remove `.fails` once fixed.
    it('refuses an unknown reporting unit of a year with 404', async () => {
      const body = { industryCode: '1711', aboveScale: true, inProduction: true, reportingUnit: 'nowhere' };
      const response = await api.put('/api/enterprises/{uscc}/years/{year}', { params: { uscc, year: 2025 }, body });
      expectError(response, 404, 'not_found');
    });

    // BUG: GET /api/enterprises/{uscc} normalises the code (get-enterprise.ts), the write routes do not
    // (record-enterprise-year.ts, add-land-parcel.ts, override-cluster-assignment.ts, rename-enterprise.ts): a lower-case
    // code finds the enterprise for reading and gives 404 for writing. Remove `.fails` once fixed.
    it('accepts the code in lower case when recording a year', async () => {
      await putYear(uscc.toLowerCase(), 2021, { industryCode: '1711', aboveScale: true, inProduction: true });
    });

    it('lets a person override the derived cluster, the latest override counting', async () => {
      const override = (cluster: string | null, reason: string) =>
        api.post('/api/enterprises/{uscc}/cluster-overrides', {
          params: { uscc },
          body: { system: 'wuda', year: 2023, cluster, reason, assignedBy: '市经信局 李四' },
        });
      const created = await override('wuda-new-energy', '主营产品已转为光伏组件');
      expect(created.status, created.text).toBe(201);
      expect(created.body).toEqual({ ok: true });
      const manual = await show(uscc, 2023);
      expect(clusterIn(manual, 'wuda')).toMatchObject({
        basis: 'manual',
        clusterId: 'wuda-new-energy',
        matchedPrefix: '17',
        override: { by: '市经信局 李四', reason: '主营产品已转为光伏组件', at: expect.any(String) },
      });
      expect(clusterIn(manual, 'sanda')).toMatchObject({ basis: 'catalogue', override: null });
      expect(clusterIn(await show(uscc, 2024), 'wuda')).toMatchObject({ basis: 'catalogue', override: null });

      expect((await override(null, '不属于任何集群')).status).toBe(201);
      expect(clusterIn(await show(uscc, 2023), 'wuda')).toMatchObject({ basis: 'manual', clusterId: null });
    });

    it.each([
      ['a cluster of another system', { cluster: 'sanda-smart-home' }, 400, 'validation_failed'],
      ['an unknown system', { system: 'no-such-system' }, 404, 'not_found'],
      ['a blank reason', { reason: '   ' }, 400, 'validation_failed'],
      ['a missing assignedBy', { assignedBy: undefined }, 400, 'validation_failed'],
    ])('refuses an override with %s', async (_what, change, status, code) => {
      const body = {
        system: 'wuda',
        year: 2023,
        cluster: 'wuda-new-energy',
        reason: '核查',
        assignedBy: '李四',
        ...change,
      };
      const response = await api.post('/api/enterprises/{uscc}/cluster-overrides', { params: { uscc }, body });
      expectError(response, status, code);
    });

    // BUG: services/enterprise/override-cluster-assignment.ts:27 names the field "clusterId" in the error
    // details, but the request body calls it "cluster". Remove `.fails` once fixed.
    it('names the cluster field of a refused override', async () => {
      const body = { system: 'wuda', year: 2023, cluster: 'sanda-smart-home', reason: '核查', assignedBy: '李四' };
      const response = await api.post('/api/enterprises/{uscc}/cluster-overrides', { params: { uscc }, body });
      expect(detailPaths(expectError(response, 400, 'validation_failed'))).toEqual(['cluster']);
    });

    it('answers 404 for writes about an enterprise that is not registered', async () => {
      const unknown = makeUscc('330483', 'MA2XX404');
      const body = { system: 'wuda', year: 2023, cluster: null, reason: '核查', assignedBy: '李四' };
      expectError(
        await api.post('/api/enterprises/{uscc}/cluster-overrides', { params: { uscc: unknown }, body }),
        404,
        'not_found',
      );
      const parcel = { certificateNo: 'X-1', tenure: 'own', area: 1, areaUnit: '亩' };
      expectError(await addParcel(unknown, parcel), 404, 'not_found');
    });
  });

  describe('land parcels', () => {
    const uscc = makeUscc('330481', 'MA2HN001');
    beforeAll(async () => {
      await register(uscc, '海宁示例经编有限公司', '330481');
    });

    it('stores areas in 亩 whatever unit they arrive in, and nets own + rented in − rented out per year', async () => {
      const parcels = [
        { certificateNo: '浙(2020)海宁市不动产权第0000101号', tenure: 'own', area: 10, areaUnit: '亩' },
        {
          certificateNo: '租赁备案 2022-17',
          tenure: 'rented_in',
          area: 2000,
          areaUnit: '平方米',
          counterpartUscc: '91350100M000100Y43',
        },
        { certificateNo: '租赁备案 2023-03', tenure: 'rented_out', area: '1.5', areaUnit: 'mu' },
        {
          certificateNo: '浙(2024)海宁市不动产权第0000202号',
          tenure: 'own',
          area: 1,
          areaUnit: '公顷',
          validFrom: '2024-01-01',
        },
        {
          certificateNo: '租赁备案 2019-01',
          tenure: 'rented_in',
          area: 4,
          areaUnit: '亩',
          validFrom: '2019-01-01',
          validTo: '2022-12-31',
        },
      ];
      for (const parcel of parcels) {
        const response = await addParcel(uscc, parcel);
        expect(response.status, response.text).toBe(201);
        expect(response.body.id).toBeGreaterThan(0);
      }
      const in2023 = await show(uscc, 2023);
      expect(in2023.land).toMatchObject({ year: 2023, ownMu: 10, rentedInMu: 3, rentedOutMu: 1.5, netMu: 11.5 });
      expect(in2023.land.parcels.map((parcel) => [parcel.tenure, parcel.areaMu])).toEqual([
        ['own', 10],
        ['rented_in', 3],
        ['rented_out', 1.5],
        ['own', 15],
        ['rented_in', 4],
      ]);
      expect(in2023.land.parcels[1]).toMatchObject({
        counterpartUscc: '91350100M000100Y43',
        validFrom: null,
        validTo: null,
      });
      expect((await show(uscc, 2024)).land).toMatchObject({ ownMu: 25, rentedInMu: 3, netMu: 26.5 });
      expect((await show(uscc, 2022)).land).toMatchObject({ ownMu: 10, rentedInMu: 7, rentedOutMu: 1.5, netMu: 15.5 });
    });

    it.each([
      ['an area unit that is not an area', { areaUnit: '千克' }, ['areaUnit']],
      ['a negative area', { area: -2 }, ['area']],
      ['an area that is not a number', { area: '十亩' }, ['area']],
      ['an unknown tenure', { tenure: 'mortgaged' }, ['body.tenure']],
      ['a malformed date', { validFrom: '2023-1-1' }, ['body.validFrom']],
    ])('refuses %s', async (_what, change, fields) => {
      const body = { certificateNo: 'X-1', tenure: 'own', area: 1, areaUnit: '亩', ...change };
      expect(detailPaths(expectError(await addParcel(uscc, body), 400, 'validation_failed'))).toEqual(fields);
    });
  });

  describe('GET /api/enterprises', () => {
    // Reporting units 海盐县 and 嘉兴港区 are used by no other test in this file.
    const haiyanA = makeUscc('330424', 'MA2HY001');
    const haiyanB = makeUscc('330424', 'MA2HY002');
    const port = makeUscc('330400', 'MA2GQ001');
    beforeAll(async () => {
      await register(haiyanA, '海盐示例紧固件有限公司', '330424');
      await register(haiyanB, '海盐示例核电设备有限公司', '330424');
      await register(port, '嘉兴港区示例化工有限公司', 'jiaxing-port');
      await putYear(haiyanA, 2022, { industryCode: '3482', aboveScale: false, inProduction: true });
      await putYear(haiyanA, 2023, { industryCode: '3482', aboveScale: true, inProduction: true });
      await putYear(haiyanB, 2023, { industryCode: '3441', aboveScale: false, inProduction: true });
      await putYear(port, 2023, { industryCode: '2614', aboveScale: true, inProduction: true });
    });

    const usccs = (rows: EnterpriseSummary[]) => rows.map((row) => row.uscc);

    it('filters by reporting unit and shows the latest year without a year filter', async () => {
      const rows = await list('unit=330424');
      expect(rows).toEqual([
        {
          uscc: haiyanA,
          name: '海盐示例紧固件有限公司',
          reportingUnit: '330424',
          usccWarning: null,
          year: 2023,
          industryCode: '3482',
          aboveScale: true,
          inProduction: true,
        },
        expect.objectContaining({ uscc: haiyanB, year: 2023, industryCode: '3441', aboveScale: false }),
      ]);
      expect(usccs(await list('unit=jiaxing-port'))).toEqual([port]);
    });

    it.each([
      ['unit=330424&year=2022', () => [haiyanA]],
      ['unit=330424&aboveScale=true', () => [haiyanA]],
      ['unit=330424&aboveScale=否', () => [haiyanB]],
      ['unit=330424&year=2022&aboveScale=false', () => [haiyanA]],
      ['unit=330424&industry=34', () => [haiyanA, haiyanB]],
      ['unit=330424&industry=344', () => [haiyanB]],
      ['unit=330424&limit=1&offset=1', () => [haiyanB]],
      ['q=核电设备', () => [haiyanB]],
      ['q=示例化工', () => [port]],
      [`q=${port.slice(0, 12).toLowerCase()}`, () => [port]],
      ['q=100%25', () => []],
    ])('filters by %s', async (query, expected) => {
      expect(usccs(await list(query))).toEqual(expected());
    });

    it('restricts to enterprises with attributes in the given year', async () => {
      const in2023 = usccs(await list('year=2023&aboveScale=true&limit=1000'));
      expect(in2023).toEqual(expect.arrayContaining([haiyanA, port]));
      expect(in2023).not.toContain(haiyanB);
      const in2022 = usccs(await list('year=2022&limit=1000'));
      expect(in2022).toContain(haiyanA);
      expect(in2022).not.toContain(port);
      expect(usccs(await list('industry=2614&limit=1000'))).toEqual([port]);
    });

    it.each([
      ['industry=1', 'query.industry'],
      ['aboveScale=maybe', 'query.aboveScale'],
      ['year=1900', 'query.year'],
      ['limit=5000', 'query.limit'],
    ])('refuses %s', async (query, field) => {
      expect(detailPaths(expectError(await api.get('/api/enterprises', { query }), 400, 'validation_failed'))).toEqual([
        field,
      ]);
    });
  });

  it('answered every route this file covers with a success', () => {
    expect(api.missingSuccesses('enterprise-api.db.test.ts')).toEqual([]);
  });
});
