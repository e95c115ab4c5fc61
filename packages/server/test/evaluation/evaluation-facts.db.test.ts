/**
 * Evidence facts on the store, on the hand-checked scenario (evaluation-scenario.ts) with a scheme that adds a
 * bonus for high_tech_enterprise and a veto (forced D) for major_safety_accident: a recorded veto fact changes P's
 * class in a new run and the run's digests (the earlier run then reports changed data); unknown tags are refused
 * with the known ones; a bad file stores nothing and names every row and column; a retracted fact stays as history
 * and no longer counts (the next run has the first run's digest again); the table refuses deletes and edits.
 */
import { rmSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { explainEvaluationResult } from '../../src/services/evaluation/explain-evaluation-result.ts';
import { getEvaluationRun } from '../../src/services/evaluation/get-evaluation-run.ts';
import { importEvaluationFacts } from '../../src/services/evaluation/import-evaluation-facts.ts';
import { listEvaluationFacts } from '../../src/services/evaluation/list-evaluation-facts.ts';
import { loadEvaluationSchemes } from '../../src/services/evaluation/load-evaluation-schemes.ts';
import { recordEvaluationFacts } from '../../src/services/evaluation/record-evaluation-facts.ts';
import { retractEvaluationFact } from '../../src/services/evaluation/retract-evaluation-fact.ts';
import { startEvaluationRun } from '../../src/services/evaluation/start-evaluation-run.ts';
import { verifyEvaluationRun } from '../../src/services/evaluation/verify-evaluation-run.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { writeFactSchemeDir } from './evaluation-facts-scheme.ts';
import { firms, loadEvaluationScenario, scenarioYear, schemeId } from './evaluation-scenario.ts';

const VETO = {
  uscc: firms.P.uscc,
  year: scenarioYear,
  tag: 'major_safety_accident',
  ref: '嘉应急罚〔2023〕12号',
  date: '2023-06-01',
  source: '市应急管理局',
};

let database: TestDatabase;
let schemeDir: string;
let firstRun: { runId: number; digest: string; inputDigest: string };
let vetoFactId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadEvaluationScenario(database);
  schemeDir = writeFactSchemeDir();
  await loadEvaluationSchemes(database.db, { directory: schemeDir, loadedBy: 'test:loader' });
  const { runId, run } = await startEvaluationRun(database.db, { schemeId, createdBy: 'alice' });
  firstRun = { runId, digest: run.digest, inputDigest: run.inputDigest };
}, 120_000);
afterAll(async () => {
  rmSync(schemeDir, { recursive: true, force: true });
  await database.destroy();
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const classOf = async (runId: number, uscc: string) =>
  (await getEvaluationRun(database.db, runId, { kind: 'all' })).results.find((r) => r.uscc === uscc)!;
const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);

describe(`evaluation facts on ${testEngine}`, () => {
  it('a recorded veto fact forces D in a new run and changes its digests; the earlier run sees changed data', async () => {
    expect(await classOf(firstRun.runId, firms.P.uscc)).toMatchObject({ initialClass: 'A', total: 300 });
    const recorded = await recordEvaluationFacts(database.db, { facts: [VETO], recordedBy: 'clerk' });
    expect(recorded.recorded).toBe(1);
    vetoFactId = recorded.ids[0]!;
    const { runId, run } = await startEvaluationRun(database.db, { schemeId, createdBy: 'alice' });
    expect(await classOf(runId, firms.P.uscc)).toMatchObject({ initialClass: 'D', total: 300, rank: 1 });
    expect(run.inputDigest).not.toBe(firstRun.inputDigest);
    expect(run.digest).not.toBe(firstRun.digest);
    const explained = await explainEvaluationResult(database.db, runId, firms.P.uscc, { kind: 'all' });
    expect(explained.explanation.veto).toMatchObject({
      ruleId: 'accident',
      forceClass: 'D',
      evidence: [{ tag: 'major_safety_accident', id: VETO.ref, count: 1, date: VETO.date, source: VETO.source }],
    });
    expect(await verifyEvaluationRun(database.db, firstRun.runId)).toMatchObject({
      intact: true,
      reproducible: true,
      inputChangedSince: true,
    });
    expect(await verifyEvaluationRun(database.db, runId)).toMatchObject({ inputChangedSince: false });
  });

  it('refuses a tag no loaded scheme knows, listing the known ones, and the same fact twice', async () => {
    const unknown = await refusal(
      recordEvaluationFacts(database.db, { facts: [{ ...VETO, tag: 'listed_company' }], recordedBy: 'clerk' }),
    );
    expect(unknown.code).toBe('validation_failed');
    expect(unknown.details).toEqual([
      {
        path: 'facts.0.tag',
        message: expect.stringContaining('high_tech_enterprise, major_safety_accident') as string,
      },
    ]);
    const twice = await refusal(recordEvaluationFacts(database.db, { facts: [VETO], recordedBy: 'clerk' }));
    expect(twice.details[0]!.message).toContain(`fact ${vetoFactId}`);
    expect(await listEvaluationFacts(database.db, { scope: { kind: 'all' }, year: scenarioYear })).toHaveLength(1);
  });

  it('stores nothing from a bad facts file and names every bad row and column', async () => {
    const file = csv([
      'uscc,year,tag,ref,count,date,source,note',
      `${firms.T.uscc},2023,high_tech_enterprise,GR202333000001,1,2023-01-01,市科技局,`,
      `91330402MA3E00XX0X,2023,high_tech_enterprise,,,,,`,
      `${firms.Q.uscc},2023,listed_company,,,,,`,
      `${firms.Q.uscc},2023,high_tech_enterprise,,0,2023-02-30,,`,
      `${firms.R.uscc},23,high_tech_enterprise,,,,,`,
      `${firms.T.uscc},2023,high_tech_enterprise,GR202333000001,1,2023-01-01,市科技局,`,
    ]);
    const error = await refusal(
      importEvaluationFacts(database.db, { bytes: file, fileName: 'facts.csv', recordedBy: 'clerk' }),
    );
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/未登记任何事实.*no fact was recorded/);
    expect(error.details.map((d) => d.path)).toEqual([
      '第 3 行 uscc 列 (row 3, column uscc)',
      '第 4 行 tag 列 (row 4, column tag)',
      '第 5 行 count 列 (row 5, column count)',
      '第 5 行 date 列 (row 5, column date)',
      '第 6 行 year 列 (row 6, column year)',
      '第 7 行 tag 列 (row 7, column tag)',
    ]);
    const header = await refusal(
      importEvaluationFacts(database.db, {
        bytes: csv(['uscc,year,label', `${firms.T.uscc},2023,high_tech_enterprise`]),
        fileName: 'facts.csv',
        recordedBy: 'clerk',
      }),
    );
    expect(header.details.map((d) => d.message).join('\n')).toMatch(/未知的列 "label"[\s\S]*missing column "tag"/);
    expect(await listEvaluationFacts(database.db, { scope: { kind: 'all' }, year: scenarioYear })).toHaveLength(1);
  });

  it('a retracted fact stays as history and no longer counts: the next run has the first digest again', async () => {
    await refusal(retractEvaluationFact(database.db, { id: vetoFactId, retractedBy: 'clerk', reason: ' ' }));
    const retracted = await retractEvaluationFact(database.db, {
      id: vetoFactId,
      retractedBy: 'clerk',
      reason: '处罚决定已撤销',
    });
    expect(retracted).toMatchObject({ retracted: true, retractedBy: 'clerk', retractReason: '处罚决定已撤销' });
    expect(
      (await refusal(retractEvaluationFact(database.db, { id: vetoFactId, retractedBy: 'x', reason: 'y' }))).code,
    ).toBe('conflict');
    expect((await refusal(retractEvaluationFact(database.db, { id: 9999, retractedBy: 'x', reason: 'y' }))).code).toBe(
      'not_found',
    );
    const { runId, run } = await startEvaluationRun(database.db, { schemeId, createdBy: 'alice' });
    expect(await classOf(runId, firms.P.uscc)).toMatchObject({ initialClass: 'A' });
    expect([run.inputDigest, run.digest]).toEqual([firstRun.inputDigest, firstRun.digest]);
    expect(await listEvaluationFacts(database.db, { scope: { kind: 'all' }, uscc: firms.P.uscc })).toEqual([
      expect.objectContaining({ id: vetoFactId, retracted: true, ref: VETO.ref }),
    ]);
  });

  it('refuses to delete or edit a stored fact (only its one retraction)', async () => {
    await expect(sql`delete from evaluation_fact where id = ${vetoFactId}`.execute(database.db)).rejects.toThrow(
      /never deleted/,
    );
    await expect(
      sql`update evaluation_fact set retract_reason = 'x' where id = ${vetoFactId}`.execute(database.db),
    ).rejects.toThrow(/already retracted/);
    const [id] = (
      await recordEvaluationFacts(database.db, { facts: [{ ...VETO, uscc: firms.Q.uscc }], recordedBy: 'clerk' })
    ).ids;
    await expect(sql`update evaluation_fact set count = 2 where id = ${id}`.execute(database.db)).rejects.toThrow(
      /only the retraction/,
    );
    await retractEvaluationFact(database.db, { id: id!, retractedBy: 'clerk', reason: '测试' });
  });

  it('records a good file with Chinese headers and a BOM; a bonus fact adds its points in a new run', async () => {
    const file = csv([
      '\ufeff统一社会信用代码,年度,标签,文号,次数,日期,来源,备注',
      `${firms.T.uscc},2023,high_tech_enterprise,GR202333000001,1,2023-01-01,市科技局,=cmd|' /C calc'!A0`,
    ]);
    expect(
      await importEvaluationFacts(database.db, { bytes: file, fileName: '证据事实.csv', recordedBy: 'clerk' }),
    ).toMatchObject({ recorded: 1 });
    const listed = await listEvaluationFacts(database.db, {
      scope: { kind: 'all' },
      year: scenarioYear,
      uscc: firms.T.uscc,
    });
    expect(listed).toEqual([
      expect.objectContaining({ tag: 'high_tech_enterprise', count: 1, source: '市科技局', recordedBy: 'clerk' }),
    ]);
    const { runId } = await startEvaluationRun(database.db, { schemeId, createdBy: 'alice' });
    expect(await classOf(runId, firms.T.uscc)).toMatchObject({ total: 40 });
  });
});
