/**
 * The 自然资源 land file: one row per parcel, its 用地类型 deciding whether the area counts as own land,
 * land rented in or land rented out; rows of one enterprise add up per type, exactly.
 */
import { usccCheckCharacter, organizationCodeCheckCharacter } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCurrentObservations } from '../../src/repositories/observation.repository.ts';
import { findEnterprisesByUscc } from '../../src/repositories/enterprise.repository.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { importFixture, setupTimeoutMs, testTimeoutMs } from './intake-test-kit.ts';

const uscc = (org8: string) => {
  const first17 = `91330483${org8}${organizationCodeCheckCharacter(org8)}`;
  return first17 + usccCheckCharacter(first17);
};
const firmA = uscc('MA2L0001');
const firmB = uscc('MA2L0002');

const landCsv = (rows: string[]) =>
  new TextEncoder().encode(
    [
      '嘉兴市2023年工业企业用地情况',
      '单位：亩',
      '不动产权证号,统一社会信用代码,企业名称,县（市、区）,用地类型,面积（亩）',
      ...rows,
    ].join('\n'),
  );

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
}, setupTimeoutMs);
afterAll(() => database.destroy(), setupTimeoutMs);

async function landOf(code: string) {
  const [enterprise] = await findEnterprisesByUscc(database.db, [code]);
  const rows = await listCurrentObservations(database.db, {
    enterpriseId: enterprise!.id,
    periodYear: 2023,
    limit: 100,
    offset: 0,
  });
  return Object.fromEntries(rows.map((row) => [row.measure, Number(row.value)]));
}

describe(`land parcels on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('adds parcels up per 用地类型, in 亩, exactly', async () => {
    const result = await importFixture(database, 'land-2023.csv', {
      bytes: landCsv([
        `浙(2019)桐乡市不动产权第0000001号,${firmA},桐乡甲纺织有限公司,桐乡市,自有,40.1`,
        `浙(2020)桐乡市不动产权第0000002号,${firmA},桐乡甲纺织有限公司,桐乡市,自有,20.2`,
        `浙(2020)桐乡市不动产权第0000002号,${firmA},桐乡甲纺织有限公司,桐乡市,租出,5.05`,
        `浙(2018)桐乡市不动产权第0000003号,${firmB},桐乡乙服饰有限公司,桐乡市,租入,5.05`,
      ]),
      createEnterprises: true,
    });
    expect(result).toMatchObject({ status: 'committed', source: 'land-parcels', period: { year: 2023, month: 0 } });
    expect(result.rows).toEqual({ total: 4, accepted: 4, rejected: 0 });
    expect(await landOf(firmA)).toEqual({ land_own: 60.3, land_rented_out: 5.05 });
    expect(await landOf(firmB)).toEqual({ land_rented_in: 5.05 });
  });

  it('refuses a 用地类型 it does not know, naming the row and the text', async () => {
    const result = await importFixture(database, 'land-2023-bad.csv', {
      bytes: landCsv([`浙(2019)桐乡市不动产权第0000009号,${firmA},桐乡甲纺织有限公司,桐乡市,借用,3`]),
      createEnterprises: true,
    });
    expect(result.status).toBe('rejected');
    expect(result.issues.map((issue) => [issue.row, issue.code])).toEqual([[4, 'value_invalid']]);
    expect(result.issues[0]!.message).toContain('借用');
  });
});
