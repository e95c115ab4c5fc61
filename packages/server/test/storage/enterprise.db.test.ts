import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedRegistryDir } from '../../src/data-files.ts';
import { addLandParcel } from '../../src/services/enterprise/add-land-parcel.ts';
import { getEnterprise } from '../../src/services/enterprise/get-enterprise.ts';
import { listEnterprises } from '../../src/services/enterprise/list-enterprises.ts';
import { overrideClusterAssignment } from '../../src/services/enterprise/override-cluster-assignment.ts';
import { recordEnterpriseYear } from '../../src/services/enterprise/record-enterprise-year.ts';
import { registerEnterprise } from '../../src/services/enterprise/register-enterprise.ts';
import { renameEnterprise } from '../../src/services/enterprise/rename-enterprise.ts';
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadRegistryFiles(database.db, shippedRegistryDir);
});
afterAll(() => database.destroy());

const TEXTILE_FIRM = '91350100M000100Y43';
const SECOND_FIRM = '91110000600037341L';
const WARNED_FIRM = '91350100M000100Y4Z';

const everything = { kind: 'all' } as const;
const page = { limit: 100, offset: 0, scope: everything };
const wudaOf = async (uscc: string, year: number) =>
  (await getEnterprise(database.db, uscc, everything, year)).clusters.find(
    (assignment) => assignment.systemId === 'wuda',
  )!;

describe(`enterprises on ${testEngine}`, () => {
  it('registers an enterprise by USCC, normalising how it was typed', async () => {
    const registered = await registerEnterprise(database.db, {
      uscc: ' 91350100m000100y43 ',
      name: '嘉兴某纺织有限公司',
      reportingUnitId: '330483',
      nameValidFrom: '2019-03-01',
    });
    expect(registered).toMatchObject({ uscc: TEXTILE_FIRM, warning: null });
    const enterprise = await getEnterprise(database.db, TEXTILE_FIRM, everything);
    expect(enterprise).toMatchObject({ name: '嘉兴某纺织有限公司', reportingUnit: '330483', usccWarning: null });
  });

  it.each([
    ['a malformed code', { uscc: '9135010', name: 'x', reportingUnitId: '330483' }, 'validation_failed'],
    ['a code already registered', { uscc: TEXTILE_FIRM, name: 'x', reportingUnitId: '330483' }, 'conflict'],
    ['an unknown reporting unit', { uscc: SECOND_FIRM, name: 'x', reportingUnitId: '330999' }, 'not_found'],
    ['an empty name', { uscc: SECOND_FIRM, name: '  ', reportingUnitId: '330402' }, 'validation_failed'],
    [
      'a failed check character without confirmation',
      { uscc: WARNED_FIRM, name: 'x', reportingUnitId: '330402' },
      'validation_failed',
    ],
  ])('refuses %s', async (_name, input, code) => {
    await expect(registerEnterprise(database.db, input)).rejects.toMatchObject({ code });
  });

  it('accepts a failed check character when a person confirms it, and keeps the warning and who confirmed', async () => {
    await registerEnterprise(database.db, {
      uscc: WARNED_FIRM,
      name: '早期代码企业',
      reportingUnitId: 'jiaxing-port',
      confirmWarningBy: '市经信局 张三',
    });
    const enterprise = await getEnterprise(database.db, WARNED_FIRM, everything);
    expect(enterprise.usccWarning).toContain('3');
    expect(enterprise.usccConfirmedBy).toBe('市经信局 张三');
    expect(enterprise.reportingUnit).toBe('jiaxing-port');
  });

  it('derives the cluster from the industry class through the catalogue, per year', async () => {
    await recordEnterpriseYear(database.db, {
      uscc: TEXTILE_FIRM,
      year: 2023,
      industryCode: '1711',
      aboveScale: true,
      inProduction: true,
    });
    await recordEnterpriseYear(database.db, {
      uscc: TEXTILE_FIRM,
      year: 2024,
      industryCode: '3311',
      aboveScale: true,
      inProduction: true,
    });
    expect(await wudaOf(TEXTILE_FIRM, 2023)).toMatchObject({
      basis: 'catalogue',
      clusterId: 'wuda-textile-high-end',
      matchedPrefix: '17',
      industryCode: '1711',
    });
    expect(await wudaOf(TEXTILE_FIRM, 2024)).toMatchObject({ basis: 'unassigned', clusterId: null });
  });

  it('takes the most specific sub-direction and leaves partial codes for review', async () => {
    await registerEnterprise(database.db, { uscc: SECOND_FIRM, name: '嘉兴某电池有限公司', reportingUnitId: '330411' });
    await recordEnterpriseYear(database.db, {
      uscc: SECOND_FIRM,
      year: 2023,
      industryCode: '3825',
      aboveScale: true,
      inProduction: true,
    });
    expect(await wudaOf(SECOND_FIRM, 2023)).toMatchObject({ basis: 'catalogue', clusterId: 'wuda-new-energy-pv' });
    await recordEnterpriseYear(database.db, {
      uscc: SECOND_FIRM,
      year: 2022,
      industryCode: '3841',
      aboveScale: false,
      inProduction: true,
    });
    const battery = await wudaOf(SECOND_FIRM, 2022);
    expect(battery.basis).toBe('needs_review');
    expect(battery.candidates.map((candidate) => candidate.clusterId).length).toBeGreaterThan(1);
  });

  it('lets a person override the assignment for one system and year, keeping who and why; the latest counts', async () => {
    await overrideClusterAssignment(database.db, {
      uscc: SECOND_FIRM,
      systemId: 'wuda',
      year: 2022,
      clusterId: 'wuda-automotive',
      reason: '产品为动力电池',
      assignedBy: '分析员A',
    });
    await overrideClusterAssignment(database.db, {
      uscc: SECOND_FIRM,
      systemId: 'wuda',
      year: 2022,
      clusterId: 'wuda-new-energy',
      reason: '复核：储能电池为主',
      assignedBy: '分析员B',
    });
    expect(await wudaOf(SECOND_FIRM, 2022)).toMatchObject({
      basis: 'manual',
      clusterId: 'wuda-new-energy',
      override: { by: '分析员B', reason: '复核：储能电池为主' },
    });
    expect(await wudaOf(SECOND_FIRM, 2023)).toMatchObject({ basis: 'catalogue', clusterId: 'wuda-new-energy-pv' });
  });

  it.each([
    ['no reason', { clusterId: 'wuda-textile', reason: ' ' }, 'validation_failed'],
    ['a cluster of another system', { clusterId: 'sanda-textile-apparel', reason: 'x' }, 'validation_failed'],
    ['an unknown system', { systemId: 'nope', clusterId: null, reason: 'x' }, 'not_found'],
  ])('refuses an override with %s', async (_name, patch, code) => {
    await expect(
      overrideClusterAssignment(database.db, {
        ...{ uscc: SECOND_FIRM, systemId: 'wuda', year: 2023, assignedBy: 'a' },
        ...patch,
      }),
    ).rejects.toMatchObject({ code });
  });

  it('refuses an industry code that is not a GB/T 4754-2017 class', async () => {
    for (const industryCode of ['17', '9999', 'C', '17110']) {
      await expect(
        recordEnterpriseYear(database.db, {
          uscc: TEXTILE_FIRM,
          year: 2023,
          industryCode,
          aboveScale: true,
          inProduction: true,
        }),
      ).rejects.toMatchObject({
        code: 'validation_failed',
      });
    }
  });

  it('stores land in 亩 from any area unit and nets own + rented in − rented out', async () => {
    await addLandParcel(database.db, {
      uscc: TEXTILE_FIRM,
      certificateNo: '浙(2019)桐乡市不动产权第0001号',
      tenure: 'own',
      area: 40,
      areaUnit: '亩',
    });
    await addLandParcel(database.db, {
      uscc: TEXTILE_FIRM,
      certificateNo: '租赁-01',
      tenure: 'rented_in',
      area: '6666.67',
      areaUnit: '平方米',
    });
    await addLandParcel(database.db, {
      uscc: TEXTILE_FIRM,
      certificateNo: '出租-01',
      tenure: 'rented_out',
      area: 0.5,
      areaUnit: '公顷',
      validFrom: '2022-01-01',
    });
    const { land } = await getEnterprise(database.db, TEXTILE_FIRM, everything, 2023);
    expect(land).toMatchObject({ ownMu: 40, rentedInMu: 10, rentedOutMu: 7.5, netMu: 42.5 });
    await expect(
      addLandParcel(database.db, { uscc: TEXTILE_FIRM, certificateNo: 'x', tenure: 'own', area: '—', areaUnit: '亩' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      addLandParcel(database.db, { uscc: TEXTILE_FIRM, certificateNo: 'x', tenure: 'own', area: 1, areaUnit: '吨' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect((await getEnterprise(database.db, TEXTILE_FIRM, everything, 2023)).land.parcels).toHaveLength(3);
  });

  it('lists enterprises with filters', async () => {
    const all = await listEnterprises(database.db, page);
    expect(all.map((row) => row.uscc)).toEqual([TEXTILE_FIRM, WARNED_FIRM, SECOND_FIRM]);
    expect((await listEnterprises(database.db, { ...page, reportingUnitId: '330411' })).map((row) => row.uscc)).toEqual(
      [SECOND_FIRM],
    );
    const in2023 = await listEnterprises(database.db, { ...page, year: 2023, aboveScale: true });
    expect(in2023.map((row) => [row.uscc, row.industryCode])).toEqual([
      [TEXTILE_FIRM, '1711'],
      [SECOND_FIRM, '3825'],
    ]);
    expect(
      (await listEnterprises(database.db, { ...page, year: 2023, industryPrefix: '38' })).map((row) => row.uscc),
    ).toEqual([SECOND_FIRM]);
    expect((await listEnterprises(database.db, { ...page, search: '纺织' })).map((row) => row.uscc)).toEqual([
      TEXTILE_FIRM,
    ]);
    expect((await listEnterprises(database.db, { ...page, search: '%' })).length).toBe(0);
    const latest = await listEnterprises(database.db, { ...page, reportingUnitId: '330483' });
    expect(latest[0]).toMatchObject({ year: 2024, industryCode: '3311' });
  });

  it('narrows lists to the data scope and refuses one enterprise outside it', async () => {
    const ofUnit = await listEnterprises(database.db, { ...page, scope: { kind: 'unit', reportingUnitId: '330411' } });
    expect(ofUnit.map((row) => row.uscc)).toEqual([SECOND_FIRM]);
    const crossed = { ...page, scope: { kind: 'unit', reportingUnitId: '330411' }, reportingUnitId: '330402' } as const;
    expect(await listEnterprises(database.db, crossed)).toEqual([]);
    const own = await listEnterprises(database.db, { ...page, scope: { kind: 'enterprise', uscc: TEXTILE_FIRM } });
    expect(own.map((row) => row.uscc)).toEqual([TEXTILE_FIRM]);
    expect(await listEnterprises(database.db, { ...page, scope: { kind: 'none' } })).toEqual([]);
    await expect(
      getEnterprise(database.db, TEXTILE_FIRM, { kind: 'unit', reportingUnitId: '330411' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      getEnterprise(database.db, SECOND_FIRM, { kind: 'enterprise', uscc: TEXTILE_FIRM }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getEnterprise(database.db, SECOND_FIRM, { kind: 'unit', reportingUnitId: '330411' })).uscc).toBe(
      SECOND_FIRM,
    );
  });
});

describe(`enterprise names on ${testEngine}`, () => {
  it('keeps the name history and shows the latest name', async () => {
    await renameEnterprise(database.db, {
      uscc: TEXTILE_FIRM,
      name: '浙江某新材料股份有限公司',
      validFrom: '2022-07-01',
    });
    const enterprise = await getEnterprise(database.db, TEXTILE_FIRM, everything);
    expect(enterprise.name).toBe('浙江某新材料股份有限公司');
    expect(enterprise.nameHistory.map((entry) => [entry.name, entry.validFrom])).toEqual([
      ['嘉兴某纺织有限公司', '2019-03-01'],
      ['浙江某新材料股份有限公司', '2022-07-01'],
    ]);
    await expect(
      renameEnterprise(database.db, { uscc: TEXTILE_FIRM, name: '', validFrom: '2023-01-01' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      renameEnterprise(database.db, { uscc: TEXTILE_FIRM, name: 'x', validFrom: '2023-13-45' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      renameEnterprise(database.db, { uscc: SECOND_FIRM.replace('L', 'M'), name: 'x', validFrom: '2023-01-01' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
