/**
 * `observatory evaluation facts import|list` and `evaluation export` as a person runs them, against a database
 * of the test engine prepared in this process (migrations, reference data; then the scenario): a facts file recorded (and a bad one refused with its row and column, exit 1),
 * the full list written to a file and read back, the public list of a draft refused, `--version` reaching the
 * command (not the program's version flag).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { prepareDatabase } from '../../src/services/prepare-database.ts';
import { loadEvaluationSchemes } from '../../src/services/evaluation/load-evaluation-schemes.ts';
import { startEvaluationRun } from '../../src/services/evaluation/start-evaluation-run.ts';
import { createEmptyDatabase, waitForDisconnect, type EmptyDatabase } from '../harness/cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { runObservatory, type CliResult } from '../intake/cli-runner.ts';
import { writeFactSchemeDir } from './evaluation-facts-scheme.ts';
import { firms, loadEvaluationScenario, schemeId } from './evaluation-scenario.ts';

let database: EmptyDatabase;
let schemeDir: string;
let workDir: string;
beforeAll(async () => {
  database = await createEmptyDatabase();
  schemeDir = writeFactSchemeDir();
  workDir = mkdtempSync(join(tmpdir(), 'observatory-lists-cli-'));
}, 120_000);
afterAll(async () => {
  for (const dir of [schemeDir, workDir]) rmSync(dir, { recursive: true, force: true });
  await database.destroy();
}, 120_000);

const observatory = (...args: string[]) => runObservatory(database.env, args, 180_000);
const succeeded = (result: CliResult) => {
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
};

async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const opened = await openDatabase(
    database.databaseUrl === null
      ? { engine: 'pglite', dataDir: database.pgliteDir }
      : { engine: 'postgresql', url: database.databaseUrl },
  );
  try {
    return await work(opened);
  } finally {
    await opened.close();
    if (database.databaseUrl !== null) await waitForDisconnect(database.databaseUrl);
  }
}

describe(`observatory evaluation facts and export on ${testEngine}`, { timeout: 900_000 }, () => {
  it('records a facts file, refuses a bad one, writes the full list and refuses the public list of a draft', async () => {
    const runId = await withDatabase(async (opened) => {
      await prepareDatabase(opened.db);
      await loadEvaluationScenario(opened);
      await loadEvaluationSchemes(opened.db, { directory: schemeDir, loadedBy: 'test' });
      return (await startEvaluationRun(opened.db, { schemeId, createdBy: 'test' })).runId;
    });

    const good = join(workDir, 'facts.csv');
    writeFileSync(
      good,
      `uscc,year,tag,ref,count,date,source,note\n${firms.T.uscc},2023,high_tech_enterprise,GR202333000001,1,2023-01-01,市科技局,\n`,
    );
    expect(succeeded(await observatory('evaluation', 'facts', 'import', good))).toMatch(/recorded 1 facts/);
    const bad = join(workDir, 'bad.csv');
    writeFileSync(bad, `uscc,year,tag\n${firms.Q.uscc},2023,listed_company\n`);
    const refused = await observatory('evaluation', 'facts', 'import', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('第 2 行 tag 列 (row 2, column tag)');
    const listed = JSON.parse(
      succeeded(await observatory('evaluation', 'facts', 'list', '--year', '2023', '--format', 'json')),
    ) as { uscc: string; tag: string }[];
    expect(listed.map((f) => [f.uscc, f.tag])).toEqual([[firms.T.uscc, 'high_tech_enterprise']]);

    const out = join(workDir, 'full.xlsx');
    succeeded(await observatory('evaluation', 'export', String(runId), '--out', out, '--version', 'full'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toContain('汇总 Summary');
    const publicList = await observatory('evaluation', 'export', String(runId), '--out', join(workDir, 'p.xlsx'));
    expect(publicList.code).toBe(1);
    expect(publicList.stderr).toMatch(/only for a published run/);
    const badVersion = await observatory('evaluation', 'export', String(runId), '--out', out, '--version', 'x');
    expect([badVersion.code, badVersion.stderr]).toEqual([
      1,
      expect.stringMatching(/--version must be public or full/),
    ]);
  });
});
