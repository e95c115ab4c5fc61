/**
 * The land file's rows kept as parcels of their batch (certificate, tenure, area in 亩, the file's year, sheet
 * row) on both engines: the evaluation input of the year lists each firm's certificates, so two firms on one
 * parcel merge; a corrected file replaces the parcels of the year (history kept), a rollback restores them;
 * manual parcels stay current throughout.
 */
import {
  organizationCodeCheckCharacter,
  requireEvaluationScheme,
  runEvaluation,
  usccCheckCharacter,
} from '@observatory/core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEnterprisesByUscc, listLandParcels } from '../../src/repositories/enterprise.repository.ts';
import { listParcelsOfBatch } from '../../src/repositories/land-parcel-import.repository.ts';
import { addLandParcel } from '../../src/services/enterprise/add-land-parcel.ts';
import { buildEvaluationInput } from '../../src/services/evaluation/build-evaluation-input.ts';
import { rollbackImport } from '../../src/services/intake/rollback-import.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { schemeYaml } from '../evaluation/evaluation-scenario.ts';
import { importFixture, setupTimeoutMs, testActor, testTimeoutMs } from './intake-test-kit.ts';

const uscc = (org8: string) => {
  const first17 = `91330483${org8}${organizationCodeCheckCharacter(org8)}`;
  return first17 + usccCheckCharacter(first17);
};
const owner = uscc('MA2P0001');
const tenant = uscc('MA2P0002');
const alone = uscc('MA2P0003');
const shared = '浙(2020)桐乡市不动产权第0000002号';

const landCsv = (rows: string[]) =>
  new TextEncoder().encode(
    [
      '嘉兴市2023年工业企业用地情况',
      '单位：亩',
      '不动产权证号,统一社会信用代码,企业名称,县（市、区）,用地类型,面积（亩）',
      ...rows,
    ].join('\n'),
  );
const firstFile = landCsv([
  `浙(2019)桐乡市不动产权第0000001号,${owner},桐乡甲纺织有限公司,桐乡市,自有,40.1`,
  `${shared},${owner},桐乡甲纺织有限公司,桐乡市,自有,20.2`,
  `${shared},${owner},桐乡甲纺织有限公司,桐乡市,租出,5.05`,
  `${shared},${tenant},桐乡乙服饰有限公司,桐乡市,租入,5.05`,
  `浙(2021)桐乡市不动产权第0000004号,${alone},桐乡丙机械有限公司,桐乡市,自有,12`,
]);
// The corrected file: the tenant moved to its own parcel.
const correctedFile = landCsv([
  `浙(2019)桐乡市不动产权第0000001号,${owner},桐乡甲纺织有限公司,桐乡市,自有,40.1`,
  `${shared},${owner},桐乡甲纺织有限公司,桐乡市,自有,20.2`,
  `浙(2022)桐乡市不动产权第0000005号,${tenant},桐乡乙服饰有限公司,桐乡市,自有,5.05`,
  `浙(2021)桐乡市不动产权第0000004号,${alone},桐乡丙机械有限公司,桐乡市,自有,12`,
]);

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
}, setupTimeoutMs);
afterAll(() => database.destroy(), setupTimeoutMs);

/** Who is evaluated together in 2023 under a scheme that merges firms sharing a parcel: USCCs per unit. */
async function mergedUnits(): Promise<string[][]> {
  const input = await buildEvaluationInput(database.db, 2023);
  const run = runEvaluation(requireEvaluationScheme(parseYaml(schemeYaml(2023))), input);
  const usccOf = new Map(run.results.map((result) => [result.enterpriseId, result.uscc]));
  const units = new Set(
    run.results.map((result) =>
      JSON.stringify([result.enterpriseId, ...result.mergedWith].map((id) => usccOf.get(id)!).sort()),
    ),
  );
  return [...units].map((unit) => JSON.parse(unit) as string[]).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe(`land parcels of the land file on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  let firstBatch: number;

  it('stores each row as a parcel with its certificate, tenure, area, year and sheet row', async () => {
    const result = await importFixture(database, 'land-2023.csv', { bytes: firstFile, createEnterprises: true });
    expect(result).toMatchObject({ status: 'committed', rows: { total: 5, accepted: 5, rejected: 0 } });
    firstBatch = result.batchId!;
    const parcels = await listParcelsOfBatch(database.db, firstBatch);
    expect(parcels.map((p) => [p.sheet_row, p.uscc, p.certificate_no, p.tenure, Number(p.area_mu)])).toEqual([
      [4, owner, '浙(2019)桐乡市不动产权第0000001号', 'own', 40.1],
      [5, owner, shared, 'own', 20.2],
      [6, owner, shared, 'rented_out', 5.05],
      [7, tenant, shared, 'rented_in', 5.05],
      [8, alone, '浙(2021)桐乡市不动产权第0000004号', 'own', 12],
    ]);
    expect(new Set(parcels.map((p) => `${p.valid_from}/${p.valid_to}`))).toEqual(new Set(['2023-01-01/2023-12-31']));
  });

  it('gives the evaluation input each firm’s certificates, so the two firms on one parcel merge', async () => {
    const input = await buildEvaluationInput(database.db, 2023);
    const tenantInput = input.enterprises.find((enterprise) => enterprise.uscc === tenant)!;
    expect(tenantInput.parcels).toEqual([shared]);
    expect(tenantInput.measures).toMatchObject({ land_rented_in: 5.05 });
    expect(await mergedUnits()).toEqual([[owner, tenant].sort(), [alone]].sort((a, b) => a[0]!.localeCompare(b[0]!)));
    // Parcels are valid in their file's year only.
    expect((await buildEvaluationInput(database.db, 2024)).enterprises).toEqual([]);
  });

  it('replaces the year’s parcels with a corrected file (history kept) and restores them on rollback', async () => {
    const [manualFirm] = await findEnterprisesByUscc(database.db, [alone]);
    await addLandParcel(database.db, {
      uscc: alone,
      certificateNo: '浙(2015)桐乡市不动产权第0000099号',
      tenure: 'own',
      area: '3',
      areaUnit: '亩',
    });
    const corrected = await importFixture(database, 'land-2023-corrected.csv', { bytes: correctedFile });
    expect(corrected).toMatchObject({ status: 'committed', supersedes: firstBatch });
    expect(await mergedUnits()).toEqual([[owner], [tenant], [alone]].sort((a, b) => a[0]!.localeCompare(b[0]!)));
    expect((await listParcelsOfBatch(database.db, firstBatch)).length).toBe(5);
    const certificates = async () =>
      (await listLandParcels(database.db, manualFirm!.id)).map((parcel) => parcel.certificate_no).sort();
    expect(await certificates()).toEqual(['浙(2015)桐乡市不动产权第0000099号', '浙(2021)桐乡市不动产权第0000004号']);

    await rollbackImport(database.db, { batchId: corrected.batchId!, actor: testActor, reason: '更正有误' });
    expect(await mergedUnits()).toEqual([[owner, tenant].sort(), [alone]].sort((a, b) => a[0]!.localeCompare(b[0]!)));
    expect(await certificates()).toEqual(['浙(2015)桐乡市不动产权第0000099号', '浙(2021)桐乡市不动产权第0000004号']);
  });
});
