/**
 * `observatory import` as a person or a script runs it: the real command spawned against an empty database
 * of the test engine (it migrates itself). JSON output with the batch, status, rows and issues; exit 0 for
 * committed, duplicate and dry run, 1 for rejected; `import history`, `show`, `report` and `rollback`.
 * Spawns are slow (2–5 s each), so each test groups several commands; the tests run in order.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, type EmptyDatabase } from '../harness/cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { runObservatory, type CliResult } from './cli-runner.ts';
import { fixturesDir, openXlsx, setupTimeoutMs } from './intake-test-kit.ts';

const spawnTimeoutMs = 120_000;

let database: EmptyDatabase;
let outDir: string;
beforeAll(async () => {
  database = await createEmptyDatabase();
  outDir = mkdtempSync(join(tmpdir(), 'observatory-import-cli-'));
}, setupTimeoutMs);
afterAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  await database.destroy();
}, setupTimeoutMs);

const fixturePath = (name: string) => new URL(name, fixturesDir).pathname;
/** The command's environment without a progress setting from the developer's shell. */
const quietEnv = () => {
  const env = { ...database.env };
  delete env.OBSERVATORY_PROGRESS;
  return env;
};
const observatory = (...args: string[]) => runObservatory(quietEnv(), args, spawnTimeoutMs);

interface ImportJson {
  batchId: number | null;
  status: string;
  source: string | null;
  period: { year: number; month: number } | null;
  revision: number | null;
  supersedes: number | null;
  rows: { accepted: number; rejected: number; total: number };
  issues: { row: number | null; column: string | null; code: string; severity: string; message: string }[];
}

/** The one JSON line an `import --format json` prints. */
function importJson(result: CliResult): ImportJson {
  const lines = result.stdout.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  return JSON.parse(lines[0]!) as ImportJson;
}

describe(`observatory import on ${testEngine}`, { timeout: 4 * spawnTimeoutMs }, () => {
  let first: ImportJson;

  it('imports a file and prints the result as JSON, exit 0; the same file again is a duplicate, exit 0', async () => {
    const result = await observatory(
      'import',
      fixturePath('stats-2024-10-merged-header.xlsx'),
      '--format',
      'json',
      '--create-enterprises',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    first = importJson(result);
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(['batchId', 'status', 'source', 'period', 'revision', 'supersedes', 'rows', 'issues']),
    );
    expect(first).toMatchObject({
      status: 'committed',
      source: 'stats-monthly',
      period: { year: 2024, month: 10 },
      revision: 1,
      supersedes: null,
      rows: { accepted: 8, rejected: 0, total: 8 },
    });
    expect(first.batchId).toEqual(expect.any(Number));
    expect(first.issues).toEqual([
      {
        row: 10,
        column: '利润总额|上年同期',
        code: 'base_missing',
        severity: 'warning',
        message: expect.stringMatching(
          /^第 10 行 .*缺少上年同期数 \(row 10, .*no figure for the same period last year\)$/,
        ),
      },
    ]);

    const again = await observatory('import', fixturePath('stats-2024-10-merged-header.xlsx'), '--format', 'json');
    expect(again.code, again.stderr).toBe(0);
    expect(importJson(again)).toMatchObject({ status: 'duplicate', batchId: first.batchId, issues: [] });
  });

  it('rejects the broken file with its issues on stdout and exit 1', async () => {
    const result = await observatory(
      'import',
      fixturePath('stats-2024-10-broken.xlsx'),
      '--format',
      'json',
      '--create-enterprises',
    );
    expect(result.code).toBe(1);
    const rejected = importJson(result);
    expect(rejected).toMatchObject({ status: 'rejected', rows: { accepted: 0, rejected: 9, total: 9 } });
    expect(rejected.batchId).toEqual(expect.any(Number));
    expect(rejected.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code)).toEqual([
      'uscc_invalid',
      'value_invalid',
      'value_negative',
      'duplicate_row',
      'reporting_unit_unknown',
      'industry_code_unknown',
    ]);

    const text = await observatory('import', fixturePath('stats-2024-10-broken.xlsx'), '--create-enterprises');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^已拒绝 rejected: 批次 \d+，来源 stats-monthly，报告期 2024-10$/m);
    expect(text.stdout).toContain('[错误] 第 11 行 营业收入|本年累计 不是数字：“abc”');
  });

  it('checks without storing on --dry-run; import history and show list what was stored', async () => {
    const dry = await observatory(
      'import',
      fixturePath('stats-2024-10-corrected.xlsx'),
      '--dry-run',
      '--format',
      'json',
    );
    expect(dry.code, dry.stderr).toBe(0);
    expect(importJson(dry)).toMatchObject({ status: 'dry_run', batchId: null, rows: { accepted: 8, total: 8 } });

    const history = await observatory('import', 'history', '--source', 'stats-monthly');
    expect(history.code, history.stderr).toBe(0);
    const batches = JSON.parse(history.stdout) as { id: number; status: string; fileName: string }[];
    expect(batches.map((batch) => [batch.fileName, batch.status])).toEqual([
      ['stats-2024-10-broken.xlsx', 'rejected'],
      ['stats-2024-10-broken.xlsx', 'rejected'],
      ['stats-2024-10-merged-header.xlsx', 'committed'],
    ]);

    const show = await observatory('import', 'show', String(first.batchId));
    expect(show.code, show.stderr).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({
      id: first.batchId,
      status: 'committed',
      issues: [{ row: 10, code: 'base_missing' }],
      revisions: [{ revision: 1, action: 'commit', batchId: first.batchId }],
    });
  });

  it('imports the corrected file as revision 2 (text output), then import rollback makes the first current again', async () => {
    const corrected = await observatory('import', fixturePath('stats-2024-10-corrected.xlsx'));
    expect(corrected.code, corrected.stderr).toBe(0);
    const batch = Number(
      /已导入 committed: 批次 (\d+)，来源 stats-monthly，报告期 2024-10/.exec(corrected.stdout)?.[1],
    );
    expect(batch).toBeGreaterThan(first.batchId!);
    expect(corrected.stdout).toContain(`替代批次 supersedes batch ${first.batchId}（版本 revision 2）`);

    const notCurrent = await observatory('import', 'rollback', String(first.batchId), '--reason', '数据有误');
    expect(notCurrent.code).toBe(1);
    expect(notCurrent.stderr).toMatch(/不是当前版本/);

    const rollback = await observatory('import', 'rollback', String(batch), '--reason', '更正有误');
    expect(rollback.code, rollback.stderr).toBe(0);
    expect(JSON.parse(rollback.stdout)).toEqual({
      batchId: batch,
      status: 'rolled_back',
      currentBatchId: first.batchId,
      revision: 3,
    });
    const twice = await observatory('import', 'rollback', String(batch), '--reason', '再次');
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/rolled_back/);
    expect(twice.stderr).not.toMatch(/\bat \S+ \(/);
  });

  it('writes the issue report with import report, and refuses a malformed --period', async () => {
    const history = JSON.parse((await observatory('import', 'history')).stdout) as { id: number; status: string }[];
    const rejected = history.find((batch) => batch.status === 'rejected')!;
    const out = join(outDir, 'report.xlsx');
    const report = await observatory('import', 'report', String(rejected.id), '--out', out);
    expect(report.code, report.stderr).toBe(0);
    const workbook = await openXlsx(new Uint8Array(readFileSync(out)));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['问题清单 Issues', '原表 规上工业']);

    const period = await observatory('import', fixturePath('tax-2023.csv'), '--period', '2023-13');
    expect(period.code).toBe(1);
    expect(period.stderr).toContain('--period');
    expect(period.stdout).toBe('');
  });

  it('prints "progress storing N/M" lines on stderr with OBSERVATORY_PROGRESS=lines', async () => {
    const result = await runObservatory(
      { ...quietEnv(), OBSERVATORY_PROGRESS: 'lines' },
      ['import', fixturePath('env-2023.csv'), '--format', 'json', '--create-enterprises'],
      spawnTimeoutMs,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(importJson(result).status).toBe('committed');
    expect(result.stderr).toMatch(/^progress storing \d+\/\d+$/m);
  });
});
