/**
 * What a run reads from the store and what earlier published years add: annual values, December for cumulative
 * measures, the exact sum of twelve month values for 用电量 (and missing with one month absent, never a partial
 * sum), land from the land import before registered parcels; then two years of the scenario, where the 2023
 * ledger counts consecutive years in class D from the published 2022 run and the candidates need two years
 * under the tax-per-亩 floor.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { importFile } from '../../src/services/intake/import-file.ts';
import { buildEvaluationInput } from '../../src/services/evaluation/build-evaluation-input.ts';
import { buildEvaluationLedger } from '../../src/services/evaluation/build-evaluation-ledger.ts';
import { findEvaluationCandidates } from '../../src/services/evaluation/find-evaluation-candidates.ts';
import { loadEvaluationSchemes } from '../../src/services/evaluation/load-evaluation-schemes.ts';
import { publishEvaluationRun } from '../../src/services/evaluation/publish-evaluation-run.ts';
import { startEvaluationRun } from '../../src/services/evaluation/start-evaluation-run.ts';
import { submitEvaluationRun } from '../../src/services/evaluation/submit-evaluation-run.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { report } from '../statistics/statistics-scenario.ts';
import { firms, loadEvaluationScenario, writeSchemeDir } from './evaluation-scenario.ts';

let database: TestDatabase;
let schemeDir: string;

const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
async function load(db: Database, fileName: string, bytes: Uint8Array) {
  const result = await importFile(db, { bytes, fileName, actor: 'test:evaluation', createEnterprises: true });
  expect(result.status, JSON.stringify(result.issues.slice(0, 3))).toBe('committed');
}

beforeAll(async () => {
  database = await createTestDatabase();
  await loadEvaluationScenario(database, { year: 2022 });
  await loadEvaluationScenario(database, { year: 2023, parcels: false });
  // 用电量 of P in all twelve months of 2023 (0.1 kWh each: an exact 1.2), of Q in all but July.
  for (let month = 1; month <= 12; month++)
    await load(
      database,
      `power-2023-${month}.csv`,
      csv([
        `嘉兴市2023年${month}月工业企业用电量`,
        '户号,户名,统一社会信用代码,供电区域,当月用电量（千瓦时）',
        `330001,测试企业P,${firms.P.uscc},南湖区,0.1`,
        ...(month === 7 ? [] : [`330002,测试企业Q,${firms.Q.uscc},南湖区,1000`]),
      ]),
    );
  await load(database, '2023-12.csv', report(2023, 12, { A: [1200, 1100] }));
  await load(
    database,
    'land-2023.csv',
    csv([
      '嘉兴市2023年工业企业用地情况',
      '单位：亩',
      '不动产权证号,统一社会信用代码,企业名称,县（市、区）,用地类型,面积（亩）',
      `X-1,${firms.X.uscc},测试企业X,南湖区,自有,8`,
    ]),
  );
  schemeDir = writeSchemeDir([{ year: 2022 }, { year: 2023, rectificationYears: 2 }]);
  await loadEvaluationSchemes(database.db, { directory: schemeDir, loadedBy: 'test:loader' });
}, 180_000);
afterAll(async () => {
  rmSync(schemeDir, { recursive: true, force: true });
  await database.destroy();
});

describe(`evaluation input and history on ${testEngine}`, () => {
  it('reads annual values, December of cumulative measures and twelve exact months of 用电量', async () => {
    const input = await buildEvaluationInput(database.db, 2023);
    const measures = (uscc: string) => input.enterprises.find((e) => e.uscc === uscc)?.measures;
    expect(measures(firms.P.uscc)).toMatchObject({ tax_paid: 3_000_000, electricity: 1.2, land_own: 10 });
    expect(measures(firms.Q.uscc)!.electricity).toBeNull();
    const textileFirm = input.enterprises.find((e) => e.name === '测试企业A')!;
    expect(textileFirm.measures.industrial_output).toBe(12_000_000);
    expect(textileFirm.aboveScale).toBe(true);
    // X has no parcel but the land import's 8 亩; U keeps its parcels and the shared certificate.
    expect(measures(firms.X.uscc)).toMatchObject({ land_own: 8 });
    expect(input.enterprises.find((e) => e.uscc === firms.U.uscc)!.parcels).toEqual(['UV-1', 'UV-1']);
    expect(measures(firms.U.uscc)).toMatchObject({ land_own: 10, land_rented_out: 4 });
  });

  it('counts consecutive years in a class from the published run of the year before', async () => {
    const first = await startEvaluationRun(database.db, { schemeId: 'test-city-2022', createdBy: 'alice' });
    const second = await startEvaluationRun(database.db, { schemeId: 'test-city-2023', createdBy: 'alice' });
    const before = await buildEvaluationLedger(database.db, second.runId);
    expect(before.historyRuns).toEqual([]);
    await submitEvaluationRun(database.db, { runId: first.runId, submittedBy: 'alice' });
    await publishEvaluationRun(database.db, { runId: first.runId, approvedBy: 'bob' });

    const ledger = await buildEvaluationLedger(database.db, second.runId);
    expect(ledger.historyRuns).toEqual([{ runId: first.runId, year: 2022 }]);
    const surcharge = ledger.entries.find((e) => e.uscc === firms.T.uscc && e.leverId === 'surcharge')!;
    expect(surcharge).toMatchObject({ consecutiveYears: 2, rate: 200, amount: 2000 });
    const relief = ledger.entries.find((e) => e.uscc === firms.P.uscc && e.leverId === 'land-tax-relief')!;
    expect(relief).toMatchObject({ consecutiveYears: 2, rate: 4, amount: 40 });

    const { years, candidates } = await findEvaluationCandidates(database.db, second.runId);
    expect(years).toEqual([2023, 2022]);
    const floor = candidates.filter((c) => c.reasons.some((r) => r.code === 'tax_per_mu_below_floor'));
    expect(floor.map((c) => c.uscc).sort()).toEqual([firms.S.uscc, firms.T.uscc, firms.U.uscc, firms.V.uscc].sort());
    const latest = await findEvaluationCandidates(database.db);
    expect(latest.runId).toBe(first.runId);
  });
});
