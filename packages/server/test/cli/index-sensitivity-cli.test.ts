/**
 * The real `observatory index sensitivity` command (spawned with node, no database) on COINr's ASEM iMeta and
 * iData with examples/index/asem-reference.yaml and examples/index/asem-uncertainty.yaml: the CSV has one row
 * per unit with the nominal rank COINr gives (get_results Rank), rank intervals that hold the median, the same
 * numbers for the same seed, the sensitivity table with `--type sa --format json`, and bad input fails with
 * exit code 1 and a bilingual message saying where.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/readers/index.ts';
import { asemDefinitionPath, coinrDir, referenceGrid, repoRoot } from '../composite/reference-files.ts';
import { runObservatory } from '../intake/cli-runner.ts';

const work = mkdtempSync(join(tmpdir(), 'observatory-sensitivity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const meta = `${coinrDir}ASEM_iMeta.csv`;
const data = `${coinrDir}ASEM_iData.csv`;
const uncertainty = `${repoRoot}examples/index/asem-uncertainty.yaml`;
const spawnTestTimeoutMs = 180_000;
const sensitivity = (out: string, ...args: string[]) =>
  runObservatory({ ...process.env }, [
    'index',
    'sensitivity',
    '--meta',
    meta,
    '--data',
    data,
    '--definition',
    asemDefinitionPath,
    '--uncertainty',
    uncertainty,
    '--out',
    join(work, out),
    ...args,
  ]);

const csvRows = (name: string) => parseCsvText(readFileSync(join(work, name), 'utf8'), ',');

describe('observatory index sensitivity', () => {
  it(
    'writes per-unit rank statistics on ASEM: COINr’s nominal ranks, 5 % ≤ median ≤ 95 %, the same for the same seed',
    async () => {
      const [first, again] = await Promise.all([
        sensitivity('ua.csv', '--replicates', '40', '--seed', '7'),
        sensitivity('ua-again.csv', '--replicates', '40', '--seed', '7'),
      ]);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('ua，N = 40，40 次运行 runs');
      expect(first.stdout).toContain('平均绝对位次变动 mean absolute rank shift');
      const [header = [], ...rows] = csvRows('ua.csv');
      expect(header.slice(0, 10)).toEqual([
        'uCode',
        'NominalScore',
        'NominalRank',
        'MeanRank',
        'MedianRank',
        'Q5',
        'Q95',
        'IntervalWidth',
        'MeanAbsRankShift',
        'Runs',
      ]);
      const [, ...coinr] = referenceGrid(`${coinrDir}example_coin_results_full.csv`);
      expect(rows.map((row) => [row[0], Number(row[2])])).toEqual(coinr.map((row) => [row[0], Number(row[1])]));
      for (const row of rows) {
        const [median, q5, q95, width] = [4, 5, 6, 7].map((column) => Number(row[column]));
        expect(q5).toBeLessThanOrEqual(median!);
        expect(median).toBeLessThanOrEqual(q95!);
        expect(width).toBeCloseTo(q95! - q5!, 9);
      }
      expect(rows.some((row) => Number(row[7]) > 0)).toBe(true);
      expect(readFileSync(join(work, 'ua-again.csv'), 'utf8')).toBe(readFileSync(join(work, 'ua.csv'), 'utf8'));
      expect(again.stdout).toBe(first.stdout.replace('ua.csv', 'ua-again.csv'));
    },
    spawnTestTimeoutMs,
  );

  it(
    'with --type sa --format json: N·(d + 2) runs and Si, STi for every choice and unit',
    async () => {
      const result = await sensitivity('sa.csv', '--type', 'sa', '--replicates', '6', '--format', 'json');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const summary = JSON.parse(result.stdout) as {
        type: string;
        runs: number;
        choices: { name: string; firstOrder: number | null; total: number | null }[];
        units: unknown[];
        replicateRanks?: unknown;
      };
      expect([summary.type, summary.runs, summary.units.length]).toEqual(['sa', 6 * 8, 51]);
      expect(summary.replicateRanks).toBeUndefined();
      expect(summary.choices.map((choice) => choice.name)).toEqual([
        'weights',
        'normalisation',
        'aggregation',
        'imputation',
        'treatment',
        'indicator removal',
      ]);
      for (const choice of summary.choices) expect(typeof choice.total).toBe('number');
      const [header = []] = csvRows('sa.csv');
      expect(header).toContain('STi indicator removal');
    },
    spawnTestTimeoutMs,
  );

  it(
    'fails with exit code 1 and says where: a bad choice, a step the definition lacks, a bad --replicates',
    async () => {
      const badChoice = join(work, 'bad-choice.yaml');
      writeFileSync(badChoice, 'choices:\n  - vary: weight-noise\n    levels: { 2: 1.5 }\n');
      const noStep = join(work, 'no-step.yaml');
      writeFileSync(noStep, 'choices:\n  - vary: step-switch\n    step: Smoothed\n');
      const run = (file: string, ...args: string[]) =>
        runObservatory({ ...process.env }, [
          'index',
          'sensitivity',
          '--meta',
          meta,
          '--data',
          data,
          '--definition',
          asemDefinitionPath,
          '--uncertainty',
          file,
          '--out',
          join(work, 'unused.csv'),
          ...args,
        ]);
      const [choiceRun, stepRun, replicatesRun] = await Promise.all([
        run(badChoice),
        run(noStep),
        run(uncertainty, '--replicates', 'many'),
      ]);
      expect(choiceRun.code).toBe(1);
      expect(choiceRun.stderr).toContain('不确定性设定无效 (the uncertainty specification is invalid)');
      expect(choiceRun.stderr).toContain('choices.0.levels.2');
      expect(stepRun.code).toBe(1);
      expect(stepRun.stderr).toContain(
        'step-switch:Smoothed：定义中没有 denominate/impute/screen/treat "Smoothed" 步骤',
      );
      expect(replicatesRun.code).toBe(1);
      expect(replicatesRun.stderr).toContain('--replicates 应为 1 到 1000000 的整数');
    },
    spawnTestTimeoutMs,
  );
});
