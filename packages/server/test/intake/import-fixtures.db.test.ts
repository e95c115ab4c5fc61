/**
 * Every intake fixture imports into exactly the values it states, in canonical units (元, kWh, 当量吨),
 * with its 上年同期 bases, its reporting units resolved, enterprises created only when a person allowed
 * it, the year's industry class and 规上 flag set by the statistics source, the file's own 合计 checked,
 * and no observation at all where a cell was missing. The tests run in order on one database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/services/intake/import-result.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import {
  envFigures,
  powerFigures,
  powerFiguresWan,
  shiftDecimal,
  statsFirms,
  statsRowOf,
  taxFigures,
} from '../fixtures/intake/intake-fixture-data.ts';
import {
  currentValues,
  danglingObservations,
  expectedYuan,
  importFixture,
  observationsOfRejectedBatches,
  issueKeys,
  setupTimeoutMs,
  statsColumns,
  statsUscc,
  storeCounts,
  testTimeoutMs,
  valuesOnly,
  type Db,
} from './intake-test-kit.ts';

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
}, setupTimeoutMs);
afterAll(() => database.destroy(), setupTimeoutMs);

const october = { year: 2024, month: 10 };
const year2023 = { year: 2023, month: 0 };

describe(`importing the intake fixtures on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  let statsBatch: number;

  it('rejects the statistics report naming unknown enterprises, one enterprise_unknown per row, when creating them is not allowed', async () => {
    const before = await storeCounts(db);
    const result = await importFixture(database, 'stats-2024-10-merged-header.xlsx');
    expect(result).toMatchObject({ status: 'rejected', source: 'stats-monthly', period: october, sheet: '规上工业' });
    const unknown = result.issues.filter((issue) => issue.code === 'enterprise_unknown');
    expect(unknown.map((issue) => issue.row)).toEqual(statsFirms.map((_firm, index) => statsRowOf(index)));
    expect(unknown.every((issue) => issue.severity === 'error')).toBe(true);
    expect(unknown[0]!.message).toContain(statsFirms[0]!.name);
    expect(result.rows).toEqual({ total: 8, accepted: 0, rejected: 8 });
    const after = await storeCounts(db);
    expect(after).toMatchObject({
      enterprises: before.enterprises,
      observations: before.observations,
      enterpriseYears: before.enterpriseYears,
      sourcePeriodStates: before.sourcePeriodStates,
      batches: before.batches + 1,
      committedBatches: before.committedBatches,
    });
  });

  it('imports the merged-header report with createEnterprises: 本年累计 and 上年同期 in 元, units resolved, one warning', async () => {
    const result = await importFixture(database, 'stats-2024-10-merged-header.xlsx', { createEnterprises: true });
    expect(result).toMatchObject({
      status: 'committed',
      source: 'stats-monthly',
      period: october,
      supersedes: null,
      revision: 1,
      enterprisesCreated: 8,
      rows: { total: 8, accepted: 8, rejected: 0 },
    });
    expect(issueKeys(result.issues)).toEqual([{ row: 10, column: statsColumns.profitBase, code: 'base_missing' }]);
    statsBatch = result.batchId!;

    const output = await currentValues(db, 'industrial_output', october);
    expect(valuesOnly(output)).toEqual(expectedYuan(statsFirms, (firm) => firm.output));
    // 1,234.5 万元 written as text → 12345000 元; the full-width ８，８８８．８ → 88888000 元.
    expect(output.get(statsUscc(3))).toMatchObject({ value: '12345000', base: '13000000' });
    expect(output.get(statsUscc(1))).toMatchObject({ value: '88888000', base: '80000000' });
    expect(valuesOnly(await currentValues(db, 'operating_revenue', october))).toEqual(
      expectedYuan(statsFirms, (firm) => firm.revenue),
    );
    const profit = await currentValues(db, 'total_profit', october);
    expect(valuesOnly(profit)).toEqual(expectedYuan(statsFirms, (firm) => firm.profit));
    expect(profit.get(statsUscc(3))).toMatchObject({ value: '-352000', base: '201000' });
    const employees = await currentValues(db, 'employees', october);
    expect(new Map([...employees].map(([uscc, { value, base }]) => [uscc, [value, base]]))).toEqual(
      new Map(statsFirms.map((firm) => [firm.uscc, [firm.employees, null]])),
    );
    for (const [index, firm] of statsFirms.entries()) {
      expect(output.get(firm.uscc)).toMatchObject({
        batchId: statsBatch,
        reportingUnitId: firm.unitId,
        sheetRow: statsRowOf(index),
      });
    }
  });

  it('stores no observation for a missing figure (— or blank), never a 0', async () => {
    const missing = await db
      .selectFrom('observation as o')
      .innerJoin('enterprise as e', 'e.id', 'o.enterprise_id')
      .select(['e.uscc', 'o.measure'])
      .where((eb) =>
        eb.or([
          eb.and([eb('e.uscc', '=', statsUscc(2)), eb('o.measure', '=', 'total_profit')]),
          eb.and([eb('e.uscc', '=', statsUscc(4)), eb('o.measure', '=', 'operating_revenue')]),
        ]),
      )
      .execute();
    expect(missing).toEqual([]);
    const perBatch = await db
      .selectFrom('observation')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('batch_id', '=', statsBatch)
      .executeTakeFirstOrThrow();
    expect(Number(perBatch.n)).toBe(8 + 7 + 7 + 8);
    const zeros = await db
      .selectFrom('observation')
      .select('id')
      .where('batch_id', '=', statsBatch)
      .where('value', '=', '0')
      .execute();
    expect(zeros).toEqual([]);
  });

  it('created the enterprises with their names and reporting units, and set the year: class and 规上', async () => {
    const enterprises = await db
      .selectFrom('enterprise as e')
      .innerJoin('enterprise_name as n', 'n.enterprise_id', 'e.id')
      .innerJoin('enterprise_year as y', 'y.enterprise_id', 'e.id')
      .select([
        'e.uscc',
        'e.reporting_unit_id',
        'e.uscc_warning',
        'n.name',
        'y.year',
        'y.industry_code',
        'y.above_scale',
      ])
      .select('y.reporting_unit_id as year_unit')
      .orderBy('e.uscc')
      .execute();
    expect(enterprises).toEqual(
      [...statsFirms]
        .sort((a, b) => a.uscc.localeCompare(b.uscc))
        .map((firm) => ({
          uscc: firm.uscc,
          reporting_unit_id: firm.unitId,
          uscc_warning: null,
          name: firm.name,
          year: 2024,
          industry_code: firm.industry,
          above_scale: true,
          year_unit: firm.unitId,
        })),
    );
    expect(enterprises.filter((row) => row.uscc === statsUscc(4))[0]!.reporting_unit_id).toBe('jiaxing-etdz');
  });

  it('imports the 千元 report with one-row headers (工业总产值本年累计(千元)) as the next revision, ×1000 into 元', async () => {
    const result = await importFixture(database, 'stats-2024-10-thousand-yuan.xlsx');
    expect(result).toMatchObject({
      status: 'committed',
      source: 'stats-monthly',
      period: october,
      supersedes: statsBatch,
      revision: 2,
      enterprisesCreated: 0,
      rows: { total: 8, accepted: 8, rejected: 0 },
    });
    expect(result.issues).toEqual([]);
    // 123,456 千元 is the same 12,345.6 万元: 123456000 元.
    const output = await currentValues(db, 'industrial_output', october);
    expect(valuesOnly(output)).toEqual(expectedYuan(statsFirms, (firm) => firm.output));
    expect(output.get(statsUscc(0))).toMatchObject({ value: '123456000', base: '110000000', batchId: result.batchId });
    expect(valuesOnly(await currentValues(db, 'operating_revenue', october))).toEqual(
      expectedYuan(statsFirms, (firm) => firm.revenue),
    );
    // The new revision replaces the period as a whole: its file has no 利润总额.
    expect((await currentValues(db, 'total_profit', october)).size).toBe(0);
  });

  it('warns total_mismatch when the 合计 under the rows is off, and still commits', async () => {
    const result = await importFixture(database, 'stats-2024-10-total-off-bottom.xlsx');
    expect(result.status).toBe('committed');
    const mismatch = result.issues.filter((issue) => issue.code === 'total_mismatch');
    expect(mismatch).toEqual([
      {
        row: 16,
        column: statsColumns.output,
        code: 'total_mismatch',
        severity: 'warning',
        message: expect.stringMatching(/合计 127921\.8 与明细之和 127821\.8 不一致（相差 100\.0）/),
      },
    ]);
    expect(valuesOnly(await currentValues(db, 'industrial_output', october))).toEqual(
      expectedYuan(statsFirms, (firm) => firm.output),
    );
  });

  // BUG (packages/core/src/intake/extract-records.ts, lines 132–140): a 合计 row is compared with the rows
  // read BEFORE it (rawColumns); the statistics bureau puts 合计 at the top, above every enterprise, so it
  // is compared with nothing and a wrong top total is never reported.
  it('warns total_mismatch when the 合计 at the top (the bureau’s layout) is off', async () => {
    const result = await importFixture(database, 'stats-2024-10-total-off.xlsx');
    expect(result.status).toBe('committed');
    expect(issueKeys(result.issues)).toContainEqual({ row: 7, column: statsColumns.output, code: 'total_mismatch' });
  });

  it('imports the tax bureau’s GBK CSV with semicolons: 万元 into 元, an explicit 0 kept, blanks left out', async () => {
    const result = await importFixture(database, 'tax-2023.csv');
    expect(result).toMatchObject({
      status: 'committed',
      source: 'tax-annual',
      period: year2023,
      sheet: 'tax-2023',
      revision: 1,
      enterprisesCreated: 0,
      rows: { total: 4, accepted: 4, rejected: 0 },
      issues: [],
    });
    const expect元 = (pick: (figure: (typeof taxFigures)[number]) => string | null) =>
      new Map(
        taxFigures.flatMap((figure) => {
          const value = pick(figure);
          return value === null ? [] : [[statsUscc(figure.firm), { value: shiftDecimal(value, 4), base: null }]];
        }),
      );
    expect(valuesOnly(await currentValues(db, 'tax_paid', year2023))).toEqual(expect元((figure) => figure.tax));
    expect((await currentValues(db, 'tax_paid', year2023)).get(statsUscc(0))?.value).toBe('12345600');
    expect(valuesOnly(await currentValues(db, 'tax_export_credit', year2023))).toEqual(
      expect元((figure) => figure.credit),
    );
    const refunds = await currentValues(db, 'tax_refund', year2023);
    expect(valuesOnly(refunds)).toEqual(expect元((figure) => figure.refund));
    expect(refunds.get(statsUscc(0))?.value).toBe('0');
    // The tax source says nothing about 规上 or the class: the 2023 year rows carry neither.
    const years = await db.selectFrom('enterprise_year').selectAll().where('year', '=', 2023).execute();
    expect(years).toHaveLength(4);
    expect(years.every((year) => year.above_scale === null && year.industry_code === null)).toBe(true);
  });

  // BUG (packages/server/data/profiles/tax-annual.yaml, line 10, with core/src/region/resolve-reporting-unit.ts):
  // the tax profile reads 主管税务机关 as the reporting unit, but that column holds tax offices
  // (国家税务总局桐乡市税务局), which the reporting-unit lookup never resolves: every row is rejected.
  it('resolves the reporting unit of a tax file from its 主管税务机关 column', async () => {
    const csv = [
      '嘉兴市2022年度重点工业企业税收情况表',
      '纳税人识别号,纳税人名称,主管税务机关,实缴税金',
      `${statsUscc(0)},${statsFirms[0]!.name},国家税务总局桐乡市税务局,100.5`,
      `${statsUscc(2)},${statsFirms[2]!.name},国家税务总局嘉兴市秀洲区税务局,200`,
    ].join('\n');
    const result = await importFixture(database, 'tax-2022.csv', { bytes: new TextEncoder().encode(csv) });
    expect(result.issues.map((issue) => issue.code)).not.toContain('reporting_unit_unknown');
    expect(result.status).toBe('committed');
  });

  it('imports the power company’s legacy .xls in 千瓦时 (kWh), resolving 桐乡 as 桐乡市', async () => {
    const result = await importFixture(database, 'power-2024-10.xls');
    expect(result).toMatchObject({
      status: 'committed',
      source: 'power-monthly',
      period: october,
      sheet: '用电量',
      rows: { total: 4, accepted: 4, rejected: 0 },
      issues: [],
    });
    const electricity = await currentValues(db, 'electricity', october);
    expect(valuesOnly(electricity)).toEqual(
      new Map(powerFigures.map(({ firm, kwh }) => [statsUscc(firm), { value: kwh, base: null }])),
    );
    expect(electricity.get(statsUscc(0))?.reportingUnitId).toBe('330483');
    expect(electricity.get(statsUscc(6))?.reportingUnitId).toBe('jiaxing-port');
  });

  it('imports the 万千瓦时 variant of the power file ×10000 into kWh', async () => {
    const november = { year: 2024, month: 11 };
    const result = await importFixture(database, 'power-2024-11-wan-kwh.xls');
    expect(result).toMatchObject({ status: 'committed', source: 'power-monthly', period: november, issues: [] });
    expect(valuesOnly(await currentValues(db, 'electricity', november))).toEqual(
      new Map(powerFiguresWan.map(({ firm, wan }) => [statsUscc(firm), { value: shiftDecimal(wan, 4), base: null }])),
    );
    expect((await currentValues(db, 'electricity', november)).get(statsUscc(0))?.value).toBe('1234567');
  });

  /** A December power file (kWh) in which the first enterprise has two accounts (户号). */
  const twoAccounts = (first: string, second: string) =>
    new TextEncoder().encode(
      [
        '嘉兴市2024年12月工业企业用电量',
        '户号,户名,统一社会信用代码,供电区域,当月用电量（千瓦时）',
        `3300012345,${statsFirms[0]!.name},${statsUscc(0)},桐乡市,${first}`,
        `3300012399,${statsFirms[0]!.name},${statsUscc(0)},桐乡市,${second}`,
        `3300045678,${statsFirms[6]!.name},${statsUscc(6)},港区,5000`,
      ].join('\n'),
    );

  let accountsResult: ImportResult;

  it('adds up the accounts (户号) of one enterprise in a power file into one value', async () => {
    const december = { year: 2024, month: 12 };
    accountsResult = await importFixture(database, 'power-2024-12.csv', { bytes: twoAccounts('1000', '2345') });
    expect(accountsResult).toMatchObject({ status: 'committed', issues: [] });
    expect(valuesOnly(await currentValues(db, 'electricity', december))).toEqual(
      new Map([
        [statsUscc(0), { value: '3345', base: null }],
        [statsUscc(6), { value: '5000', base: null }],
      ]),
    );
  });

  // BUG (packages/server/src/services/intake/import-file.ts, line 102): rows.accepted counts the records
  // left after the accounts of one enterprise were merged (extract-records.ts, mergeAccounts), not rows:
  // a file of 3 valid rows answers { total: 3, accepted: 2, rejected: 0 }, and the batch stores the same.
  it('counts each account row of a power file as an accepted row', () => {
    expect(accountsResult.rows).toEqual({ total: 3, accepted: 3, rejected: 0 });
  });

  // BUG (packages/core/src/intake/extract-records.ts, line 227, mergeAccounts): the accounts of one
  // enterprise are added as binary floats, so 10.1 + 20.2 kWh is stored as 30.299999999999997, where every
  // other figure is exact in decimal terms (convertQuantity).
  it('adds up accounts exactly in decimal: 10.1 + 20.2 kWh = 30.3', async () => {
    const result = await importFixture(database, 'power-2024-12-revised.csv', { bytes: twoAccounts('10.1', '20.2') });
    expect(result.status).toBe('committed');
    const electricity = await currentValues(db, 'electricity', { year: 2024, month: 12 });
    expect(electricity.get(statsUscc(0))?.value).toBe('30.3');
  });

  it('imports the environment bureau’s UTF-8 CSV with a BOM in 当量吨; a blank pollutant gives no value, a 0 gives 0', async () => {
    const result = await importFixture(database, 'env-2023.csv');
    expect(result).toMatchObject({
      status: 'committed',
      source: 'environment-annual',
      period: year2023,
      rows: { total: 3, accepted: 3, rejected: 0 },
      issues: [],
    });
    for (const [measure, key] of [
      ['cod', 'cod'],
      ['so2', 'so2'],
      ['ammonia_nitrogen', 'ammonia'],
      ['nox', 'nox'],
    ] as const) {
      const expected = new Map(
        envFigures.flatMap((figure) =>
          figure[key] === null ? [] : [[statsUscc(figure.firm), { value: figure[key]!, base: null }]],
        ),
      );
      expect(valuesOnly(await currentValues(db, measure, year2023)), measure).toEqual(expected);
    }
    expect((await currentValues(db, 'ammonia_nitrogen', year2023)).has(statsUscc(6))).toBe(false);
    expect((await currentValues(db, 'so2', year2023)).get(statsUscc(7))?.value).toBe('0');
  });

  it('leaves every observation pointing at an existing batch, enterprise, reporting unit and measure', async () => {
    expect(await danglingObservations(db)).toEqual([]);
    expect(await observationsOfRejectedBatches(db)).toBe(0);
  });
});
