/**
 * The rectification scenario on the evaluation's hand-checked firms (test/evaluation/evaluation-scenario.ts), all in
 * 南湖区: their tax of 2021–2023 (the same each year) and parcels, the 2023 run published (class D: S and T; tax per
 * 亩 under the floor: S, T, U, V), so the data rules find S, T, U, V, W (10万/亩 three years) and Y (规下 under
 * 3万/亩); P, Q, R, X meet none. One more firm, G, is registered in 桐乡 for a local report.
 */
import { rmSync } from 'node:fs';
import type { Database } from '../../src/db/database.ts';
import { loadEvaluationSchemes } from '../../src/services/evaluation/load-evaluation-schemes.ts';
import { publishEvaluationRun } from '../../src/services/evaluation/publish-evaluation-run.ts';
import { startEvaluationRun } from '../../src/services/evaluation/start-evaluation-run.ts';
import { submitEvaluationRun } from '../../src/services/evaluation/submit-evaluation-run.ts';
import { registerEnterprise } from '../../src/services/enterprise/register-enterprise.ts';
import { firms, loadEvaluationScenario, writeSchemeDir } from '../evaluation/evaluation-scenario.ts';
import { makeUscc } from '../fixtures/intake/intake-fixture-data.ts';

export { firms };
export const tongxiangFirm = makeUscc('330483', 'MA3E0RG0');
export const year = 2023;

/** Loads the three years, publishes the 2023 run; returns its id. */
export async function loadRectificationScenario(database: Database): Promise<number> {
  await loadEvaluationScenario(database, { year: 2021 });
  await loadEvaluationScenario(database, { year: 2022, parcels: false });
  await loadEvaluationScenario(database, { year: 2023, parcels: false });
  const dir = writeSchemeDir([{ year: 2023 }]);
  try {
    await loadEvaluationSchemes(database.db, { directory: dir, loadedBy: 'test:loader' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const { runId } = await startEvaluationRun(database.db, { schemeId: 'test-city-2023', createdBy: 'alice' });
  await submitEvaluationRun(database.db, { runId, submittedBy: 'alice' });
  await publishEvaluationRun(database.db, { runId, approvedBy: 'bob' });
  await registerEnterprise(database.db, { uscc: tongxiangFirm, name: '桐乡测试企业G', reportingUnitId: '330483' });
  return runId;
}
